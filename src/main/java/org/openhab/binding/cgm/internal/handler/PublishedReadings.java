/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cgm.internal.handler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * The times of the readings handed to openHAB in the last day, as state or in a time series, so that none goes twice.
 * Apart from {@link PatientHandler} because the rule of what a time series may still carry stands on its own.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class PublishedReadings {

    private final NavigableSet<Instant> published = new TreeSet<>();

    void clear() {
        published.clear();
    }

    /** A reading shown as the current one. */
    void add(Instant timestamp) {
        published.add(timestamp);
    }

    /**
     * Readings that went into the history without becoming current, oldest first: only those older than the current
     * one and never handed out before, so that none goes out twice, while a gap filled late (the LibreLinkUp graph
     * lags) still reaches persistence. They count as handed out from now on.
     */
    List<GlucoseReading> unsent(List<GlucoseReading> backfill, @Nullable CurrentReading current, Instant now) {
        Instant before = current != null ? current.reading().timestamp()
                : published.isEmpty() ? null : published.last();
        published.headSet(now.minus(Duration.ofDays(1))).clear();
        List<GlucoseReading> past = backfill.stream().filter(reading -> !published.contains(reading.timestamp()))
                .filter(reading -> before == null || reading.timestamp().isBefore(before)).toList();
        past.forEach(reading -> published.add(reading.timestamp()));
        return past;
    }
}
