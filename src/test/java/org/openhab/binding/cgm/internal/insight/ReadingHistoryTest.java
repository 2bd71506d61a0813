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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * The compact day of readings: in time order whatever the order of arrival, each instant once, a day and a count at
 * most, and the value and arrow of every reading kept.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadingHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private static GlucoseReading reading(Instant at, int mgPerDl, Trend trend) {
        return new GlucoseReading(at, mgPerDl, null, trend, null, false, false);
    }

    private static Instant minute(int n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    @Test
    void readingsInAnyOrderComeBackOldestFirstEachInstantOnce() {
        ReadingHistory history = new ReadingHistory();
        Instant now = minute(10);
        assertTrue(history.add(reading(minute(5), 105, Trend.FLAT), now));
        assertTrue(history.add(reading(minute(2), 102, Trend.SINGLE_DOWN), now));
        assertTrue(history.add(reading(minute(8), 108, Trend.FORTY_FIVE_UP), now));
        assertFalse(history.add(reading(minute(5), 199, Trend.DOUBLE_UP), now), "the first of an instant stays");
        List<GlucoseReading> all = history.between(minute(0), minute(10));
        assertEquals(List.of(minute(2), minute(5), minute(8)), all.stream().map(GlucoseReading::timestamp).toList());
        assertEquals(List.of(102, 105, 108), all.stream().map(GlucoseReading::mgPerDl).toList());
        assertEquals(List.of(Trend.SINGLE_DOWN, Trend.FLAT, Trend.FORTY_FIVE_UP),
                all.stream().map(GlucoseReading::trend).toList());
        assertEquals(List.of(minute(5), minute(8)),
                history.between(minute(5), minute(8)).stream().map(GlucoseReading::timestamp).toList(),
                "both ends included");
        assertEquals(List.of(), history.between(minute(9), minute(3)));
    }

    @Test
    void aDayIsKeptAndNotAMomentMore() {
        ReadingHistory history = new ReadingHistory();
        Instant now = minute(24 * 60);
        assertFalse(history.add(reading(minute(-1), 100, Trend.FLAT), now), "older than the day");
        assertTrue(history.add(reading(minute(0), 100, Trend.FLAT), now), "exactly a day old");
        assertTrue(history.add(reading(minute(1), 101, Trend.FLAT), now));
        history.prune(now.plusMillis(1));
        assertEquals(List.of(minute(1)),
                history.between(minute(-5), now).stream().map(GlucoseReading::timestamp).toList());
    }

    @Test
    void aSeededStreamMatchesASortedMapAndStaysWithinTheCap() {
        Random random = new Random(20261201);
        ReadingHistory history = new ReadingHistory();
        TreeMap<Instant, Integer> expected = new TreeMap<>();
        Instant now = T0;
        for (int i = 0; i < 6000; i++) {
            now = now.plusSeconds(20);
            // mostly the newest, sometimes one a few minutes late, sometimes a repetition
            Instant at = now.minusSeconds(random.nextInt(10) == 0 ? 60L * random.nextInt(30) : 0);
            int value = 40 + random.nextInt(360);
            if (history.add(reading(at, value, Trend.FLAT), now)) {
                expected.putIfAbsent(at, value);
            }
            expected.headMap(now.minus(ReadingHistory.SPAN), false).clear();
            while (expected.size() > ReadingHistory.MAX_READINGS) {
                expected.pollFirstEntry();
            }
            assertTrue(history.size() <= ReadingHistory.MAX_READINGS);
        }
        history.prune(now);
        List<GlucoseReading> all = history.between(now.minus(Duration.ofDays(2)), now);
        assertEquals(List.copyOf(expected.keySet()), all.stream().map(GlucoseReading::timestamp).toList());
        assertEquals(List.copyOf(expected.values()), all.stream().map(GlucoseReading::mgPerDl).toList());
    }
}
