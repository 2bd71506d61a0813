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
import java.util.List;
import java.util.Random;
import java.util.function.IntToLongFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * The looks at each Dexcom reading (answers with recent history, a reading every 5 minutes), through the planner as
 * the poller drives it: a Share account whose reading {@code k} is taken at {@code START + k * 5 min} and visible a
 * given delay later; each answer holds the visible readings of the last 20 minutes.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LosslessLooksTest {

    private static final long START = Instant.parse("2026-11-21T08:00:11Z").getEpochSecond();
    private static final long CADENCE_S = 300;
    private static final long WINDOW_S = PollPlanner.WINDOW.toSeconds();

    /** What one simulated stretch showed: when each reading was first seen (0: never), and every poll. */
    private record Run(long[] visible, long[] seen, List<Long> polls) {

        long latency(int reading) {
            return seen[reading] - visible[reading];
        }

        /** The polls after {@code from} up to and including {@code to}. */
        List<Long> pollsBetween(long from, long to) {
            return polls.stream().filter(p -> p > from && p <= to).toList();
        }
    }

    /** Polls as the planner says until {@code readings} readings are taken, the delay of reading k given in seconds. */
    private static Run drive(int readings, IntToLongFunction delayS) {
        PollPlanner planner = new PollPlanner(SensorCadence.DEXCOM, Duration.ofSeconds(60));
        long[] visible = new long[readings + 4];
        for (int k = 0; k < visible.length; k++) {
            visible[k] = START + k * CADENCE_S + delayS.applyAsLong(k);
        }
        long[] seen = new long[visible.length];
        List<Long> polls = new ArrayList<>();
        long now = START + 10;
        while (now < START + readings * CADENCE_S) {
            polls.add(now);
            List<GlucoseReading> recent = new ArrayList<>();
            for (int k = 0; k < visible.length; k++) {
                long taken = START + k * CADENCE_S;
                if (visible[k] <= now && taken > now - 1200) {
                    recent.add(new GlucoseReading(Instant.ofEpochSecond(taken), 100, null, Trend.FLAT, null, false,
                            false));
                    seen[k] = seen[k] == 0 ? now : seen[k];
                }
            }
            GlucoseReading latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
            Patient patient = new Patient("publisher", "x", latest, GlucoseUnit.MG_PER_DL, null, null, recent);
            now = planner.nextPoll(Instant.ofEpochSecond(now), List.of(patient)).getEpochSecond();
        }
        return new Run(visible, seen, polls);
    }

    @Test
    void aLowFirstGuessIsLearnedWithEveryReadingSeenWithinAWindow() {
        // the first guess is 15 s; this phone takes a minute
        Run run = drive(40, k -> 60);
        for (int k = 1; k < 40; k++) {
            assertTrue(run.latency(k) >= 0 && run.latency(k) <= WINDOW_S,
                    "reading " + k + " seen " + run.latency(k) + " s after it was visible");
        }
        for (int k = 20; k < 40; k++) {
            assertTrue(run.latency(k) <= 6, "learned: reading " + k + " seen " + run.latency(k) + " s late");
        }
    }

    @Test
    void aLateLookThatCameTooSoonIsFollowedByOneLookAWindowLater() {
        // settled on a minute, then one reading takes 80 s
        Run run = drive(50, k -> k == 40 ? 80 : 60);
        long taken = START + 40 * CADENCE_S;
        List<Long> looks = run.pollsBetween(taken, run.seen[40]);
        assertEquals(2, looks.size(), "the late look and one more: " + looks);
        assertEquals(WINDOW_S, looks.get(1) - looks.get(0));
        assertTrue(run.latency(40) <= WINDOW_S);
    }

    @Test
    void readingsThatComeMinutesLateNeitherRaiseTheLateLookNorHoldUpTheNextReadings() {
        // readings 40, 43 and 46 come 12 minutes late, each after the next two
        Run steady = drive(70, k -> 60);
        Run backfilled = drive(70, k -> k == 40 || k == 43 || k == 46 ? 720 : 60);
        for (int k = 41; k < 70; k++) {
            if (k != 43 && k != 46) {
                // looked for as usual meanwhile
                assertTrue(backfilled.latency(k) <= WINDOW_S, "reading " + k + ": " + backfilled.latency(k) + " s");
            }
        }
        long steadyWait = 0;
        long backfilledWait = 0;
        for (int k = 47; k < 70; k++) {
            steadyWait += steady.latency(k);
            backfilledWait += backfilled.latency(k);
        }
        // a late look left raised by their misses would keep each reading about 15 s longer for an hour and more
        assertTrue(backfilledWait <= steadyWait + 23 * 3, backfilledWait + " s against " + steadyWait + " s");
        for (int k : new int[] { 40, 43, 46 }) {
            assertTrue(backfilled.seen[k] > 0, "the late one is fetched with the history");
            assertTrue(backfilled.latency(k) <= 90, "looked for every 90 s at least while it is missing");
        }
    }

    @Test
    void aPhoneGrownSlowerIsFollowedWithinTenReadings() {
        Run run = drive(70, k -> k < 40 ? 60 : 110);
        for (int k = 50; k < 70; k++) {
            assertTrue(run.latency(k) <= 6, "reading " + k + " seen " + run.latency(k) + " s late");
        }
    }

    @Test
    void aSteadyPhoneCostsAboutOneRequestPerReading() {
        Random random = new Random(5);
        long[] delays = random.longs(400, 55, 66).toArray();
        Run run = drive(300, k -> delays[k]);
        long polls = run.polls().stream().filter(p -> p >= START + 100 * CADENCE_S).count();
        // one per reading, an early probe in twelve, a retry in about thirty
        assertTrue(polls <= 200 * 1.15, polls + " polls for 200 readings");
    }

    @Test
    void aPhoneWithWideDelaysKeepsLookingEarlyWithinTwoRequestsPerReading() {
        Random random = new Random(11);
        long[] delays = random.longs(400, 30, 91).toArray();
        Run run = drive(300, k -> delays[k]);
        List<Long> latencies = new ArrayList<>();
        for (int k = 20; k < 300; k++) {
            latencies.add(run.latency(k));
        }
        latencies.sort(null);
        assertTrue(latencies.get(latencies.size() * 95 / 100) <= 30, "p95 " + latencies);
        long polls = run.polls().stream().filter(p -> p >= START + 20 * CADENCE_S).count();
        assertTrue(polls <= 2 * 280, polls + " polls for 280 readings");
        assertTrue(polls >= 280 * 13 / 10, "early looks go on: " + polls);
    }

    @Test
    void neverTwoLooksWithinAWindow() {
        Random random = new Random(17);
        long[] delays = random.longs(400, 20, 200).toArray();
        @Nullable
        Long previous = null;
        for (long poll : drive(300, k -> k % 19 == 0 ? 600 : delays[k]).polls()) {
            assertTrue(previous == null || poll - previous >= WINDOW_S, "two polls within the window at " + poll);
            previous = poll;
        }
    }
}
