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
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * The last day of one patient's readings, in time order, one per instant. Bounded twice: by age, and by a count
 * that a sensor reading every minute, plus the vendor's own history points in between, stays under.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReadingHistory {

    static final Duration SPAN = Duration.ofHours(24);
    static final int MAX_READINGS = 24 * 60 + 160;

    private final NavigableMap<Instant, GlucoseReading> readings = new TreeMap<>();

    /**
     * Stores a reading in its place in time.
     *
     * @return false when it is older than the span or a reading of the same instant is already stored (the first one
     *         stays: the vendor does not correct readings, so a second one is a repetition)
     */
    boolean add(GlucoseReading reading, Instant now) {
        Instant time = reading.timestamp();
        if (time.isBefore(now.minus(SPAN)) || readings.putIfAbsent(time, reading) != null) {
            return false;
        }
        prune(now);
        return readings.containsKey(time);
    }

    void prune(Instant now) {
        readings.headMap(now.minus(SPAN), false).clear();
        while (readings.size() > MAX_READINGS) {
            readings.pollFirstEntry();
        }
    }

    /** The readings from {@code from} to {@code to}, both included, oldest first. */
    List<GlucoseReading> between(Instant from, Instant to) {
        return from.isAfter(to) ? List.of() : new ArrayList<>(readings.subMap(from, true, to, true).values());
    }

    int size() {
        return readings.size();
    }
}
