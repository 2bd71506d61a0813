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
import static org.openhab.binding.cgm.internal.insight.Curves.*;
import static org.openhab.binding.cgm.internal.insight.GlucoseEvent.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * Which reading is current, what goes into history, and freshness: gaps, repetitions, readings out of order or from
 * the future, and a restart with a backlog.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class CurrentReadingTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);

    @Test
    void aGapMakesTheValueStaleOnceAndFreshOnceAndTheDirectionUnknown() {
        List<GlucoseReading> before = line(T0, MINUTE, 30, 120, -1);
        feed(insight, before);
        Instant last = before.get(before.size() - 1).timestamp();
        List<GlucoseEvent> events = new ArrayList<>();
        for (int minute = 1; minute <= 40; minute++) {
            Update tick = insight.tick(last.plus(Duration.ofMinutes(minute)));
            events.addAll(tick.events());
            assertEquals(Duration.ofMinutes(minute), tick.freshness().readingAge());
            assertEquals(minute > 15, tick.freshness().stale(), "minute " + minute);
            if (minute == 16) {
                assertEquals(List.of(STALE), tick.events());
            }
        }
        assertEquals(List.of(STALE), events);

        List<Update> resumed = new ArrayList<>();
        for (GlucoseReading reading : line(last.plus(Duration.ofMinutes(41)), MINUTE, 12, 90, 1)) {
            resumed.add(insight.accept(List.of(reading), reading.timestamp().plus(LAG)));
        }
        assertEquals(List.of(FRESH), resumed.get(0).events());
        assertFalse(resumed.get(0).freshness().stale());
        assertEquals(Direction.UNKNOWN, resumed.get(0).current().direction(), "nothing 5 or 15 minutes before");
        assertNull(resumed.get(3).current().direction().delta(), "3 minutes after the gap");
        assertEquals(4, resumed.get(4).current().direction().delta(), "only the one 4 minutes before");
        assertEquals(5, resumed.get(5).current().direction().delta());
        assertNull(resumed.get(9).current().direction().rateOfChange(), "9 minutes of readings");
        assertNotNull(resumed.get(10).current().direction().rateOfChange());
        assertEquals(List.of(FRESH), resumed.stream().flatMap(u -> u.events().stream()).toList());
    }

    @Test
    void olderAndRepeatedReadingsGoIntoHistoryInOrderButNeverBecomeCurrent() {
        feed(insight, List.of(reading(0, 100), reading(1, 100), reading(3, 100)));
        // the repeated 3, a missing 2 arriving late (low!), a repeated 1
        Update late = insight.accept(List.of(reading(3, 100), reading(2, 40), reading(1, 41)),
                T0.plus(Duration.ofMinutes(3)).plus(LAG));
        assertNull(late.current());
        assertEquals(List.of(), late.events());
        assertEquals(List.of(reading(2, 40)), late.backfill());
        List<GlucoseReading> history = insight.history(Duration.ofHours(1), T0.plus(Duration.ofMinutes(4)));
        assertEquals(List.of(3L, 2L, 1L, 0L), minutesOf(history));
        assertEquals(List.of(100, 40, 100, 100), history.stream().map(GlucoseReading::mgPerDl).toList(),
                "the first of a repeated instant stays");

        Update next = insight.accept(List.of(reading(4, 100)), T0.plus(Duration.ofMinutes(4)).plus(LAG));
        assertEquals(GlucoseRange.IN_RANGE, next.current().range(), "the late low did not move the range");
    }

    private static List<Long> minutesOf(List<GlucoseReading> readings) {
        return readings.stream().map(r -> Duration.between(T0, r.timestamp()).toMinutes()).toList();
    }

    @Test
    void aReadingFromTheFutureIsNeverCurrentAndNeverBlocksTheNextOnes() {
        Instant now = T0.plus(Duration.ofMinutes(10));
        insight.accept(List.of(reading(9, 100)), now);
        Update future = insight.accept(List.of(reading(now.plus(Duration.ofMinutes(6)), 40)), now);
        assertNull(future.current());
        assertEquals(List.of(), future.events());
        assertEquals(List.of(), future.backfill());
        assertEquals(1, insight.history(Duration.ofDays(1), now).size(), "not in history");

        Update next = insight.accept(List.of(reading(10, 101)), now.plus(LAG));
        assertEquals(101, next.current().reading().mgPerDl());
        // a small clock difference is believed
        Update skewed = insight.accept(List.of(reading(14, 102)), now.plus(LAG));
        assertEquals(102, skewed.current().reading().mgPerDl());
        assertEquals(Duration.ZERO, skewed.freshness().readingAge(), "never negative");
    }

    @Test
    void theFirstBatchAfterAStartSetsEveryStateSilently() {
        // 12 hours of 5-minute readings swinging from 40 to 300 and back, ending low and stale-free
        List<GlucoseReading> backlog = curve(T0, Duration.ofMinutes(5), Duration.ofHours(12),
                m -> 170 - 130 * Math.cos(m / 90.0));
        GlucoseReading newest = backlog.get(backlog.size() - 1);
        Update first = insight.accept(backlog, newest.timestamp().plus(LAG));
        assertEquals(List.of(), first.events());
        assertEquals(newest, first.current().reading());
        assertEquals(backlog.size() - 1, first.backfill().size());

        // the same readings one by one settle in the same range
        PatientInsight oneByOne = new PatientInsight(InsightSettings.DEFAULTS);
        feed(oneByOne, backlog);
        GlucoseReading following = reading(newest.timestamp().plus(Duration.ofMinutes(5)), newest.mgPerDl() + 1);
        Update mine = insight.accept(List.of(following), following.timestamp().plus(LAG));
        Update theirs = oneByOne.accept(List.of(following), following.timestamp().plus(LAG));
        assertEquals(theirs.current().range(), mine.current().range());
        assertEquals(List.of(), mine.events(), "nothing pending from the backlog");
    }

    @Test
    void aStartDuringAnOutageIsSilentlyStaleAndFreshFiresWhenReadingsResume() {
        Update first = insight.accept(List.of(reading(0, 100)), T0.plus(Duration.ofMinutes(30)));
        assertTrue(first.freshness().stale());
        assertEquals(List.of(), first.events());
        assertEquals(List.of(), insight.tick(T0.plus(Duration.ofMinutes(31))).events());
        Update resumed = insight.accept(List.of(reading(31, 100)), T0.plus(Duration.ofMinutes(31)));
        assertEquals(List.of(FRESH), resumed.events());
    }

    @Test
    void beforeAnyReadingFreshnessIsUnknown() {
        Update tick = insight.tick(T0);
        assertEquals(Freshness.UNKNOWN, tick.freshness());
        assertEquals(List.of(), tick.events());
        assertEquals(List.of(), insight.accept(List.of(), T0).events());
        assertEquals(List.of(), feed(insight, List.of(reading(1, 50))), "the first reading is still the first");
    }

    @Test
    void theHistoryKeepsADayAndNeverExceedsItsCap() {
        // three days, one a minute, and a repetition every half minute in the last day
        Instant start = T0;
        int maximum = 0;
        for (int minute = 0; minute < 3 * 24 * 60; minute++) {
            Instant at = start.plus(Duration.ofMinutes(minute));
            List<GlucoseReading> batch = minute >= 2 * 24 * 60
                    ? List.of(reading(at, 100), reading(at.minusSeconds(30), 100))
                    : List.of(reading(at, 100));
            insight.accept(batch, at);
            maximum = Math.max(maximum, insight.history(Duration.ofDays(5), at).size());
        }
        assertEquals(ReadingHistory.MAX_READINGS, maximum, "the half-minute day reaches the cap, never more");
        Instant end = start.plus(Duration.ofMinutes(3 * 24 * 60 - 1));
        List<GlucoseReading> kept = insight.history(Duration.ofDays(5), end);
        assertEquals(end, kept.get(0).timestamp(), "the newest stays");
        assertFalse(kept.get(kept.size() - 1).timestamp().isBefore(end.minus(Duration.ofHours(24))));

        ReadingHistory history = new ReadingHistory();
        for (int minute = 0; minute < 3 * 24 * 60; minute++) {
            history.add(reading(minute, 100), start.plus(Duration.ofMinutes(minute)));
        }
        assertEquals(24 * 60 + 1, history.size(), "one a minute: exactly the last 24 hours, both ends included");
    }
}
