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
package org.openhab.binding.cgm.internal.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.simulator.UploadDelays;

/**
 * {@link CeilingDescent}: when a lossy plan at the ceiling steps down, and when it goes back up.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class CeilingDescentTest {

    private static final Duration CADENCE = Duration.ofMinutes(1);
    private static final long CEILING_MS = CADENCE.toMillis();

    private final CeilingDescent descent = new CeilingDescent(CADENCE);
    private Instant now = Instant.parse("2026-11-21T08:00:00Z");
    private int poll;

    /** {@code count} polls a minute apart, one in {@code missOneIn} of them missing (0: none), at the climb's plan. */
    private void polls(int count, long climbedMs, int missOneIn) {
        for (int i = 0; i < count; i++) {
            poll++;
            descent.polled(now, climbedMs, missOneIn > 0 && poll % missOneIn == 0);
            now = now.plus(CADENCE);
        }
    }

    private @Nullable Long level() {
        return descent.level();
    }

    @Test
    void aCeilingThatMissesNothingKeepsTheClimbsPlan() {
        polls(1_000, CEILING_MS, 0);
        assertNull(level());
    }

    @Test
    void aClimbStoppedBelowTheCeilingKeepsItsPlanHoweverOftenItMisses() {
        polls(1_000, CEILING_MS - 10_000, 5);
        assertNull(level());
    }

    @Test
    void stepsDownWhileTheStepsMissNoMoreThanTheCeiling() {
        polls(CeilingDescent.CEILING_POLLS - 1, CEILING_MS, 20);
        assertNull(level(), "still measuring the ceiling");
        polls(1, CEILING_MS, 20);
        assertEquals(CEILING_MS - CeilingDescent.STEP_MS, level());
        for (int step = 2; step <= 4; step++) {
            polls(CeilingDescent.WINDOW_POLLS, CEILING_MS, 20);
            assertEquals(CEILING_MS - (step - 1) * CeilingDescent.STEP_MS, level(), "the step held");
            polls(1, CEILING_MS, 20);
            assertEquals(CEILING_MS - step * CeilingDescent.STEP_MS, level(), "the next is tried");
        }
    }

    @Test
    void aStepThatMissesALittleMoreGoesBackAndIsTriedAgainAfterThePause() {
        polls(CeilingDescent.CEILING_POLLS, CEILING_MS, 20);
        assertEquals(CEILING_MS - CeilingDescent.STEP_MS, level());
        // 5 % at the ceiling, 1 % more for 6 s saved: 3.6 misses allowed in 60; 5 are more, but not clearly
        polls(CeilingDescent.WINDOW_POLLS, CEILING_MS, 12);
        assertNull(level(), "back at the ceiling");
        polls(58, CEILING_MS, 20);
        assertNull(level(), "paused");
        polls(3, CEILING_MS, 20);
        assertEquals(CEILING_MS - CeilingDescent.STEP_MS, level(), "tried again an hour later");
    }

    @Test
    void aStepThatClearlyMissesMoreGoesBackAtOnceAndWaitsLongerEachTime() {
        polls(CeilingDescent.CEILING_POLLS, CEILING_MS, 20);
        for (Duration pause : new Duration[] { Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4) }) {
            assertEquals(CEILING_MS - CeilingDescent.STEP_MS, level());
            // a phone whose delays end just below the ceiling: every poll below it misses
            int missing = 0;
            while (level() != null && missing <= CeilingDescent.MIN_TEST_POLLS) {
                polls(1, CEILING_MS, 1);
                missing++;
            }
            assertNull(level(), "back at the ceiling within " + CeilingDescent.MIN_TEST_POLLS + " polls");
            polls((int) pause.toMinutes() - 1, CEILING_MS, 20);
            assertNull(level(), "paused for " + pause);
            polls(2, CEILING_MS, 20);
        }
    }

    @Test
    void aStepThatHeldGoesBackUpWhenItStartsMissingClearlyMore() {
        polls(CeilingDescent.CEILING_POLLS, CEILING_MS, 20);
        polls(CeilingDescent.WINDOW_POLLS + 1, CEILING_MS, 20);
        assertEquals(CEILING_MS - 2 * CeilingDescent.STEP_MS, level(), "the first step held, the second is tried");
        polls(CeilingDescent.WINDOW_POLLS, CEILING_MS, 10);
        assertEquals(CEILING_MS - CeilingDescent.STEP_MS, level(),
                "the second missed a little more: back to the first");
        // the phone grows slow: the first step, paused there, now misses every other poll
        polls(CeilingDescent.MIN_TEST_POLLS * 2, CEILING_MS, 2);
        assertNull(level());
    }

    @Test
    void tooManyIsWhereTheBinomialTailFallsBelowOnePercent() {
        // 60 polls that each miss with 5 %: P(X >= 7) = 0.030, P(X >= 8) = 0.0098
        assertFalse(CeilingDescent.tooMany(7, 60, 0.05));
        assertTrue(CeilingDescent.tooMany(8, 60, 0.05));
        // 10 polls at 6 %: P(X >= 3) = 0.019, P(X >= 4) = 0.0020
        assertFalse(CeilingDescent.tooMany(3, 10, 0.06));
        assertTrue(CeilingDescent.tooMany(4, 10, 0.06));
        assertFalse(CeilingDescent.tooMany(3, 60, 0.05), "no more than expected");
        assertTrue(CeilingDescent.tooMany(1, 60, 0), "none allowed");
    }

    /** What one day of polls got: the median and 95th percentile wait in seconds, and the readings never seen. */
    private record Day(double p50, double p95, double missed) {
    }

    private static final Instant DAY = Instant.parse("2026-11-21T00:00:17Z");
    private static final int READINGS = 24 * 60;

    /** The newest reading (index) visible at {@code at}, or -1; readings come at most ten minutes late. */
    private static int newestAt(Instant at, Instant[] visible) {
        int taken = (int) Math.min(READINGS - 1, Duration.between(DAY, at).toMinutes());
        for (int k = taken; k >= 0 && k > taken - 12; k--) {
            if (!visible[k].isAfter(at)) {
                int newest = k;
                for (int later = k + 1; later <= taken; later++) {
                    newest = visible[later].isAfter(at) ? newest : later;
                }
                return newest;
            }
        }
        return -1;
    }

    private static Day score(Instant[] visible, Instant[] seen) {
        List<Long> waits = new ArrayList<>();
        int missed = 0;
        for (int k = 60; k < READINGS - 15; k++) {
            Instant at = seen[k];
            if (at == null) {
                missed++;
            } else {
                waits.add(Duration.between(visible[k], at).toMillis());
            }
        }
        Collections.sort(waits);
        return new Day(waits.get(waits.size() / 2) / 1000.0,
                waits.get((int) Math.ceil(0.95 * waits.size()) - 1) / 1000.0, missed);
    }

    /** A day of LibreLinkUp polls (latest reading only, a minute apart at least) as the real planner plans them. */
    private static Day planned(UploadDelays delays) {
        Instant[] visible = visibility(delays);
        Instant[] seen = new Instant[READINGS];
        PollPlanner planner = new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofMinutes(1));
        Instant at = DAY;
        while (at.isBefore(DAY.plus(Duration.ofHours(24)))) {
            int newest = newestAt(at, visible);
            List<Patient> patients = List.of();
            if (newest >= 0) {
                seen[newest] = seen[newest] == null ? at : seen[newest];
                GlucoseReading reading = new GlucoseReading(DAY.plus(CADENCE.multipliedBy(newest)), 100, null,
                        Trend.FLAT, null, false, false);
                patients = List.of(new Patient("a", "x", reading, GlucoseUnit.MG_PER_DL, null, null, List.of(reading)));
            }
            at = planner.nextPoll(at, patients);
        }
        return score(visible, seen);
    }

    /** The same day polled once a minute from each second of the minute in turn: the mean of the 60 days. */
    private static Day naive(UploadDelays delays) {
        Instant[] visible = visibility(delays);
        double p50 = 0;
        double p95 = 0;
        double missed = 0;
        for (int second = 0; second < 60; second++) {
            Instant[] seen = new Instant[READINGS];
            for (Instant at = DAY.plusSeconds(second); at
                    .isBefore(DAY.plus(Duration.ofHours(24))); at = at.plus(CADENCE)) {
                int newest = newestAt(at, visible);
                if (newest >= 0 && seen[newest] == null) {
                    seen[newest] = at;
                }
            }
            Day day = score(visible, seen);
            p50 += day.p50() / 60;
            p95 += day.p95() / 60;
            missed += day.missed() / 60;
        }
        return new Day(p50, p95, missed);
    }

    private static Instant[] visibility(UploadDelays delays) {
        Instant[] visible = new Instant[READINGS];
        for (int k = 0; k < READINGS; k++) {
            visible[k] = delays.visibleAt(DAY.plus(CADENCE.multipliedBy(k)));
        }
        return visible;
    }

    @Test
    void aJitteryPhoneWithLateReadingsIsPolledAheadOfAPollAtARandomSecond() {
        // delays around 30 s, one in twenty beyond 53 s, and 5 % of the readings 2 to 6 minutes late
        UploadDelays delays = UploadDelays.lognormal(12, Duration.ofSeconds(30), 0.35).withBackfills(0.05,
                Duration.ofMinutes(2), Duration.ofMinutes(6));
        Day planned = planned(delays);
        Day naive = naive(delays);
        String figures = planned + " against " + naive;
        assertTrue(planned.p50() < naive.p50() - 2, figures);
        assertTrue(planned.p95() < naive.p95(), figures);
        assertTrue(planned.missed() < naive.missed(), figures);
    }

    @Test
    void aSteadyPhoneJustBelowTheCeilingWithLateReadingsKeepsItsShortWaits() {
        // delays 52 to 60 s, and 5 % of the readings 2 to 6 minutes late: each step down misses at once
        UploadDelays delays = UploadDelays.steady(12, Duration.ofSeconds(56), Duration.ofSeconds(4)).withBackfills(0.05,
                Duration.ofMinutes(2), Duration.ofMinutes(6));
        Day planned = planned(delays);
        Day naive = naive(delays);
        String figures = planned + " against " + naive;
        assertTrue(planned.p95() <= 12, figures);
        assertTrue(planned.missed() < naive.missed(), figures);
    }
}
