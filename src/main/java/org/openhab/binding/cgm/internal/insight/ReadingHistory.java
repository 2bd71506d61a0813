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
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Trend;

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

    private static final List<Trend> TRENDS = List.of(Trend.values());

    // oldest first, in parallel arrays: a day of readings a minute in some 16 KiB rather than 150 KiB of objects;
    // what rate, delta, the statistics and the console need (time, value, arrow), not the vendor's colour or flags
    private long[] millis = new long[64];
    private short[] mgPerDl = new short[64];
    private byte[] trends = new byte[64];
    private int size;

    /**
     * Stores a reading in its place in time.
     *
     * @return false when it is older than the span or a reading of the same instant is already stored (the first one
     *         stays: the vendor does not correct readings, so a second one is a repetition)
     */
    boolean add(GlucoseReading reading, Instant now) {
        Instant time = reading.timestamp();
        if (time.isBefore(now.minus(SPAN))) {
            return false;
        }
        long key = time.toEpochMilli();
        int found = search(key);
        if (found >= 0) {
            return false;
        }
        insert(-found - 1, key, reading);
        prune(now);
        return search(key) >= 0;
    }

    void prune(Instant now) {
        int expired = firstAtOrAfter(now.minus(SPAN).toEpochMilli());
        removeOldest(Math.max(expired, size - MAX_READINGS));
    }

    /** The readings from {@code from} to {@code to}, both included, oldest first. */
    List<GlucoseReading> between(Instant from, Instant to) {
        if (from.isAfter(to)) {
            return List.of();
        }
        int first = firstAtOrAfter(from.toEpochMilli());
        int end = firstAtOrAfter(to.toEpochMilli() + 1);
        List<GlucoseReading> readings = new ArrayList<>(Math.max(0, end - first));
        for (int i = first; i < end; i++) {
            readings.add(new GlucoseReading(Instant.ofEpochMilli(millis[i]), mgPerDl[i], null, TRENDS.get(trends[i]),
                    null, false, false));
        }
        return readings;
    }

    int size() {
        return size;
    }

    /** The index of {@code key}, or {@code -(insertion point) - 1}, as {@link Arrays#binarySearch}. */
    private int search(long key) {
        return Arrays.binarySearch(millis, 0, size, key);
    }

    private int firstAtOrAfter(long key) {
        int found = search(key);
        return found >= 0 ? found : -found - 1;
    }

    private void insert(int index, long key, GlucoseReading reading) {
        if (size == millis.length) {
            int capacity = size * 2;
            millis = Arrays.copyOf(millis, capacity);
            mgPerDl = Arrays.copyOf(mgPerDl, capacity);
            trends = Arrays.copyOf(trends, capacity);
        }
        System.arraycopy(millis, index, millis, index + 1, size - index);
        System.arraycopy(mgPerDl, index, mgPerDl, index + 1, size - index);
        System.arraycopy(trends, index, trends, index + 1, size - index);
        millis[index] = key;
        // plausible readings lie far inside a short; anything else is clamped rather than wrapped
        mgPerDl[index] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, reading.mgPerDl()));
        trends[index] = (byte) reading.trend().ordinal();
        size++;
    }

    private void removeOldest(int count) {
        if (count <= 0) {
            return;
        }
        System.arraycopy(millis, count, millis, 0, size - count);
        System.arraycopy(mgPerDl, count, mgPerDl, 0, size - count);
        System.arraycopy(trends, count, trends, 0, size - count);
        size -= count;
    }
}
