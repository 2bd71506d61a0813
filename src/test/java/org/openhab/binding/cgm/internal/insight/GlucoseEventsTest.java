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
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * Range, rate and prediction events from readings: once per episode, in the order a carer needs them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class GlucoseEventsTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);

    @ParameterizedTest
    @ValueSource(ints = { 1, 5 })
    void aSteadyFallWarnsAheadThenFiresEachLowOnceAndTheRecoveryOnce(int cadenceMinutes) {
        Duration interval = Duration.ofMinutes(cadenceMinutes);
        // 160 down at -2.5 mg/dL/min to 40, flat for 20 minutes, up at +1.5 (not fast) to 130, flat
        List<GlucoseReading> fall = line(T0, interval, 48, 160, -2.5);
        List<GlucoseReading> bottom = line(after(fall, interval), interval, 20, 40, 0);
        List<GlucoseReading> rise = line(after(bottom, interval), interval, 60, 40, 1.5);
        List<GlucoseReading> top = line(after(rise, interval), interval, 60, 130, 0);

        List<GlucoseEvent> events = feed(insight, join(fall, bottom, rise, top));

        assertEquals(List.of(FALLING_FAST, PREDICTED_LOW, LOW, URGENT_LOW, IN_RANGE), events);
    }

    @Test
    void aRiseFiresRisingFastHighUrgentHighAndInRangeOnTheWayBack() {
        List<GlucoseReading> rise = line(T0, MINUTE, 60, 120, 3);
        List<GlucoseReading> top = line(after(rise, MINUTE), MINUTE, 30, 300, 0);
        List<GlucoseReading> fall = line(after(top, MINUTE), MINUTE, 150, 300, -1);

        assertEquals(List.of(RISING_FAST, HIGH, URGENT_HIGH, IN_RANGE), feed(insight, join(rise, top, fall)));
    }

    @Test
    void recoveringFromUrgentLowIsNoNewsUntilBackInRange() {
        List<GlucoseEvent> events = new ArrayList<>();
        List<GlucoseRange> ranges = new ArrayList<>();
        int[] values = { 80, 65, 50, 58, 59, 60, 74, 66, 75 };
        for (int i = 0; i < values.length; i++) {
            // 20 minutes apart, so that no rate is known and only the range speaks
            Update update = insight.accept(List.of(reading(i * 20, values[i])), T0.plus(Duration.ofMinutes(i * 20)));
            events.addAll(update.events());
            ranges.add(update.current().range());
        }
        assertEquals(List.of(GlucoseRange.IN_RANGE, GlucoseRange.LOW, GlucoseRange.URGENT_LOW, GlucoseRange.URGENT_LOW,
                GlucoseRange.URGENT_LOW, GlucoseRange.LOW, GlucoseRange.LOW, GlucoseRange.LOW, GlucoseRange.IN_RANGE),
                ranges, "58 and 59 are within 5 of 55, 60 is not; in range again at 70 + 5");
        assertEquals(List.of(LOW, URGENT_LOW, IN_RANGE), events);
    }

    @ParameterizedTest
    @CsvSource({ "70, 72, LOW", "55, 58, URGENT_LOW", "180, 178, HIGH", "250, 248, URGENT_HIGH" })
    void anHourOfNoiseAroundAThresholdFiresAtMostOnce(int threshold, int settledAt, GlucoseEvent expected) {
        for (long seed = 1; seed <= 20; seed++) {
            PatientInsight patient = new PatientInsight(InsightSettings.DEFAULTS);
            // a quarter of an hour just on the near side settles the state (and a flat rate) silently
            patient.accept(line(T0, MINUTE, 15, settledAt, 0), T0.plus(Duration.ofMinutes(15)));
            Random random = new Random(seed);
            List<GlucoseReading> noise = curve(T0.plus(Duration.ofMinutes(15)), MINUTE, Duration.ofHours(1),
                    m -> threshold - 4 + random.nextInt(9));

            List<GlucoseEvent> events = feed(patient, noise);

            assertTrue(events.size() <= 1, "seed " + seed + ": " + events);
            assertTrue(events.stream().allMatch(expected::equals), "seed " + seed + ": " + events);
        }
    }

    @Test
    void withoutHysteresisTheNoiseWouldFireSoTheNoiseTestCanFail() {
        Random random = new Random(1);
        long crossings = 0;
        int previous = 72;
        for (int i = 0; i < 60; i++) {
            int value = 66 + random.nextInt(9);
            crossings += previous >= 70 && value < 70 ? 1 : 0;
            previous = value;
        }
        assertTrue(crossings > 3, "the noise crosses the threshold many times: " + crossings);
    }

    @Test
    void highWaitsForHighForButUrgentHighDoesNot() {
        // the steps below are fast rises and falls; only the range is under test here
        PatientInsight patient = new PatientInsight(new InsightSettings(GlucoseThresholds.DEFAULTS,
                Duration.ofMinutes(15), 100, Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(24)));
        // 20 minutes high, then back: nothing at all, not even IN_RANGE
        List<GlucoseReading> shortHigh = join(line(T0, MINUTE, 10, 150, 0),
                line(T0.plus(Duration.ofMinutes(10)), MINUTE, 20, 200, 0),
                line(T0.plus(Duration.ofMinutes(30)), MINUTE, 20, 150, 0));
        assertEquals(List.of(), feed(patient, shortHigh));

        // 40 minutes high: HIGH with the reading 30 minutes into it, IN_RANGE after
        Instant start = T0.plus(Duration.ofMinutes(50));
        List<Update> updates = new ArrayList<>();
        for (GlucoseReading reading : join(line(start, MINUTE, 40, 200, 0),
                line(start.plus(Duration.ofMinutes(40)), MINUTE, 10, 150, 0))) {
            updates.add(patient.accept(List.of(reading), reading.timestamp().plus(LAG)));
        }
        assertEquals(List.of(HIGH), updates.get(30).events());
        assertEquals(List.of(HIGH, IN_RANGE), updates.stream().flatMap(u -> u.events().stream()).toList());
        assertEquals(GlucoseRange.HIGH, updates.get(0).current().range(), "the range shows HIGH at once");

        // urgent high is never delayed
        Instant urgent = start.plus(Duration.ofMinutes(50));
        assertEquals(List.of(URGENT_HIGH), feed(patient, List.of(reading(urgent, 260))));
    }

    @Test
    void predictionWarnsOncePerDipAndIsOffAtZero() {
        // 130 down at -1.5 mg/dL/min to 95 (never low), flat at 95, slowly back up to 130 and down again
        List<GlucoseReading> fall = line(T0, MINUTE, 24, 130, -1.5);
        List<GlucoseReading> flat = line(after(fall, MINUTE), MINUTE, 30, 95, 0);
        List<GlucoseReading> rise = line(after(flat, MINUTE), MINUTE, 35, 95, 1);
        List<GlucoseReading> fallAgain = line(after(rise, MINUTE), MINUTE, 24, 130, -1.5);
        List<GlucoseReading> twoDips = join(fall, flat, rise, fallAgain,
                line(after(fallAgain, MINUTE), MINUTE, 30, 95, 0));

        assertEquals(List.of(PREDICTED_LOW, PREDICTED_LOW), feed(insight, twoDips),
                "99 - 1.5 x 20 = 69 predicts a low; the flat 95 re-arms");
        PatientInsight off = new PatientInsight(InsightSettings.DEFAULTS.withPrediction(Duration.ZERO));
        assertEquals(List.of(), feed(off, twoDips));
    }

    @Test
    void aBatchFiresEachEventOnceAtItsLastOccurrence() {
        insight.accept(List.of(reading(0, 100)), T0);
        // four fresh readings in one batch: low, back in range, low again
        List<GlucoseReading> batch = List.of(reading(1, 60), reading(2, 80), reading(3, 60), reading(4, 62));
        Update update = insight.accept(batch, T0.plus(Duration.ofMinutes(4)));
        assertEquals(List.of(IN_RANGE, LOW), update.events(), "ends with the state reached");
        assertEquals(GlucoseRange.LOW, update.current().range());
        assertEquals(62, update.current().reading().mgPerDl());
        assertEquals(List.of(batch.get(0), batch.get(1), batch.get(2)), update.backfill());
    }

    @Test
    void readingsOlderThanStaleAfterAdvanceTheStateButNeverFire() {
        insight.accept(List.of(reading(0, 100)), T0);
        // after a gap, a backlog from 40 to 20 minutes before now goes low; only the fresh end may speak
        Instant now = T0.plus(Duration.ofMinutes(60));
        List<GlucoseReading> backlog = List.of(reading(20, 60), reading(25, 58), reading(30, 60), reading(55, 62));
        Update update = insight.accept(backlog, now);
        assertEquals(List.of(), update.events().stream().filter(e -> e != FRESH).toList());
        assertEquals(GlucoseRange.LOW, update.current().range());
    }

    @Test
    void computedColourFollowsTheReadingAndLowHighStayTheSensorsOwn() {
        int[] values = { 50, 60, 100, 200, 260 };
        String[] colours = { "RED", "RED", "GREEN", "YELLOW", "ORANGE" };
        for (int i = 0; i < values.length; i++) {
            CurrentReading current = insight.accept(List.of(reading(i, values[i])), T0.plus(Duration.ofMinutes(i)))
                    .current();
            assertEquals(colours[i], current.computedColor().name(), values[i] + " mg/dL");
            assertFalse(current.high(), "above target is the range, not HI");
            assertFalse(current.low(), "below target is the range, not LO");
            assertEquals(current.computedColor(), current.color(), "the vendor sent no colour");
        }
    }
}
