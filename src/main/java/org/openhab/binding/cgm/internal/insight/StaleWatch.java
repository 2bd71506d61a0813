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
package org.openhab.binding.cgm.internal.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * STALE and FRESH. What was announced is kept apart from what the {@code stale} channel shows: a warm-up hides
 * staleness without announcing FRESH, so that FRESH comes when readings really resume, and STALE is not announced
 * twice when the warm-up ends without readings. The first judgement after a start is silent.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class StaleWatch {

    private final Duration staleAfter;
    private boolean primed;
    private boolean announcedStale;

    StaleWatch(Duration staleAfter) {
        this.staleAfter = staleAfter;
    }

    Freshness judge(@Nullable GlucoseReading newest, Instant now, boolean warmingUp, List<GlucoseEvent> events) {
        if (newest == null) {
            return Freshness.UNKNOWN;
        }
        Duration age = Duration.between(newest.timestamp(), now);
        age = age.isNegative() ? Duration.ZERO : age;
        boolean old = age.compareTo(staleAfter) > 0;
        boolean stale = old && !warmingUp;
        if (stale && !announcedStale) {
            announcedStale = true;
            announce(GlucoseEvent.STALE, events);
        } else if (!old && announcedStale) {
            announcedStale = false;
            announce(GlucoseEvent.FRESH, events);
        }
        primed = true;
        return new Freshness(age, stale);
    }

    private void announce(GlucoseEvent event, List<GlucoseEvent> events) {
        if (primed) {
            events.add(event);
        }
    }
}
