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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * When the next poll falls.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class PollPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private final PollPlanner libre = new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofSeconds(60));
    /** Dexcom's cadence with LibreLinkUp's publish delay, so that both read the same below. */
    private final PollPlanner dexcom = new PollPlanner(new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(20)),
            Duration.ofSeconds(60));

    private static Patient patientWithReadingAt(String id, Instant at) {
        return new Patient(id, "x", new GlucoseReading(at, 100, null, Trend.FLAT, null, false, false),
                GlucoseUnit.MG_PER_DL, null, null);
    }

    @Test
    void pollsJustAfterTheNextReadingIsDue() {
        assertEquals(Instant.parse("2026-11-21T08:04:40Z"),
                dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(40)))));
    }

    @Test
    void stepsToTheFirstReadingDueAfterTheFloorToStayInStep() {
        // due at +30 s, sooner than the 60 s floor: the one after, at +90 s
        assertEquals(NOW.plusSeconds(90),
                libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(50)))));
        PollPlanner slowFloor = new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofSeconds(150));
        assertEquals(NOW.plusSeconds(150),
                slowFloor.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(50)))));
    }

    @Test
    void aSlowCadenceDueBeforeTheFloorIsPolledAtTheFloor() {
        // Dexcom: reading 4 min 30 s old, in the cloud 30 s from now; the floor allows a poll in 60 s
        assertEquals(NOW.plusSeconds(60),
                dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(270)))));
    }

    @Test
    void theEarliestPatientDecidesForTheAccount() {
        Instant next = dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(10)),
                patientWithReadingAt("b", NOW.minusSeconds(200))));
        assertEquals(NOW.plusSeconds(120), next);
    }

    @Test
    void withoutAnyReadingItWaitsTheIdleMaximum() {
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL), libre.nextPoll(NOW, List.of()));
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL),
                libre.nextPoll(NOW, List.of(new Patient("a", "x", null, GlucoseUnit.MG_PER_DL, null, null))));
    }

    @Test
    void anOverdueReadingWithHistoryWaitsHalfItsDelayWithinFloorAndMaximum() {
        // taken 07:40:00, due in the cloud 07:45:20, 14 min 40 s overdue → wait 7 min 20 s, at most 5 min
        Instant taken = NOW.minusSeconds(1200);
        List<GlucoseReading> recent = List.of(
                new GlucoseReading(taken.minusSeconds(300), 100, null, Trend.FLAT, null, false, false),
                new GlucoseReading(taken, 100, null, Trend.FLAT, null, false, false));
        Patient withHistory = new Patient("a", "x", recent.get(1), GlucoseUnit.MG_PER_DL, null, null, recent);
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL), dexcom.nextPoll(NOW, List.of(withHistory)));
        // taken 07:54:00, due 07:59:20: 40 s overdue, looked for at the floor
        Instant recently = NOW.minusSeconds(360);
        List<GlucoseReading> fresh = List.of(
                new GlucoseReading(recently.minusSeconds(300), 100, null, Trend.FLAT, null, false, false),
                new GlucoseReading(recently, 100, null, Trend.FLAT, null, false, false));
        PollPlanner another = new PollPlanner(new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(20)),
                Duration.ofSeconds(60));
        assertEquals(NOW.plusSeconds(60), another.nextPoll(NOW,
                List.of(new Patient("a", "x", fresh.get(1), GlucoseUnit.MG_PER_DL, null, null, fresh))));
    }

    @Test
    void anOverdueLatestOnlyReadingIsLookedForAtTheFloorForTwoHoursThenLessOften() {
        // every minute the sensor comes back before the next look would lose a reading
        assertEquals(NOW.plusSeconds(60),
                libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(600)))));
        assertEquals(NOW.plusSeconds(60), libre.nextPoll(NOW,
                List.of(patientWithReadingAt("a", NOW.minus(PollPlanner.LATEST_ONLY_EAGER_OVERDUE).plusSeconds(60)))));
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL),
                libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minus(Duration.ofHours(3))))));
    }

    /** A phone per patient: readings at {@code phase} past each cadence, visible {@code delay} later. */
    private static final class Phone {
        final String id;
        final long cadenceS;
        long phaseS;
        long delayS;
        final int history;

        Phone(String id, long cadenceS, long phaseS, long delayS, int history) {
            this.id = id;
            this.cadenceS = cadenceS;
            this.phaseS = phaseS;
            this.delayS = delayS;
            this.history = history;
        }

        Patient at(Instant poll) {
            long newest = Math.floorDiv(poll.getEpochSecond() - delayS - phaseS, cadenceS) * cadenceS + phaseS;
            List<GlucoseReading> recent = new ArrayList<>();
            for (int i = history - 1; i >= 0; i--) {
                recent.add(new GlucoseReading(Instant.ofEpochSecond(newest - i * cadenceS), 100, null, Trend.FLAT, null,
                        false, false));
            }
            return new Patient(id, "x", recent.get(recent.size() - 1), GlucoseUnit.MG_PER_DL, null, null, recent);
        }

        /** How long after the newest reading became visible a poll at {@code poll} came. */
        long lateS(Instant poll) {
            return Math.floorMod(poll.getEpochSecond() - delayS - phaseS, cadenceS);
        }
    }

    /** Polls as planned for {@code count} polls; returns the poll times. */
    private static List<Instant> drive(PollPlanner planner, Instant[] now, int count, Phone... phones) {
        List<Instant> polls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Patient> patients = new ArrayList<>();
            for (Phone phone : phones) {
                patients.add(phone.at(now[0]));
            }
            polls.add(now[0]);
            now[0] = planner.nextPoll(now[0], patients);
        }
        return polls;
    }

    private static void assertJustAfterVisible(Phone phone, List<Instant> polls, long slackS) {
        for (Instant poll : polls) {
            long late = phone.lateS(poll);
            assertTrue(late <= slackS, "poll " + poll + " came " + late + " s after the reading was visible");
        }
    }

    @Test
    void libreLinkUpPollsFollowAPhaseChangeWithinTenReadings() {
        Phone phone = new Phone("a", 60, 17, 25, 1);
        Instant[] now = { NOW };
        drive(libre, now, 30, phone);
        // no jitter at all: the first miss raised the plan the spread above it at once, which leaves up to 5 s
        assertJustAfterVisible(phone, drive(libre, now, 10, phone), 5);
        phone.phaseS = 42; // a new sensor reads at another second
        drive(libre, now, 10, phone);
        assertJustAfterVisible(phone, drive(libre, now, 20, phone), 5);
        phone.phaseS = 5;
        drive(libre, now, 10, phone);
        assertJustAfterVisible(phone, drive(libre, now, 20, phone), 5);
    }

    @Test
    void aSteadyPhoneLosesAtMostOneReadingWhileTheDelayIsLearned() {
        // readings at second 17, uploaded 21 to 29 s later (spread evenly, in a fixed order)
        long[] delays = { 25, 21, 28, 23, 29, 22, 26, 24, 27 };
        Instant first = NOW.plusSeconds(17);
        Instant now = NOW;
        Set<Instant> seen = new HashSet<>();
        for (int poll = 0; poll < 240; poll++) {
            Instant newest = first.minusSeconds(120);
            for (int k = -1; k < 300; k++) {
                Instant taken = first.plusSeconds(60L * k);
                if (!taken.plusSeconds(delays[Math.floorMod(k, delays.length)]).isAfter(now)) {
                    newest = taken;
                }
            }
            seen.add(newest);
            GlucoseReading reading = new GlucoseReading(newest, 100, null, Trend.FLAT, null, false, false);
            Instant next = libre.nextPoll(now,
                    List.of(new Patient("a", "x", reading, GlucoseUnit.MG_PER_DL, null, null, List.of(reading))));
            assertTrue(!next.isBefore(now.plusSeconds(60)), "never sooner than the floor");
            now = next;
        }
        long lost = 0;
        for (Instant taken = first; taken.isBefore(now.minusSeconds(120)); taken = taken.plusSeconds(60)) {
            lost += seen.contains(taken) ? 0 : 1;
        }
        assertTrue(lost <= 1, lost + " readings lost");
    }

    @Test
    void libreLinkUpPollsFollowALongerUploadDelayWithinTenReadings() {
        Phone phone = new Phone("a", 60, 17, 25, 1);
        Instant[] now = { NOW };
        drive(libre, now, 30, phone);
        phone.delayS = 40;
        drive(libre, now, 10, phone);
        assertJustAfterVisible(phone, drive(libre, now, 20, phone), 3);
        assertTrue(drive(libre, now, 60, phone).size() == 60);
    }

    @Test
    void dexcomPollsFollowALongerUploadDelayAndAvoidTheEmptyFirstPoll() {
        PollPlanner planner = new PollPlanner(SensorCadence.DEXCOM, Duration.ofSeconds(60));
        Phone phone = new Phone("publisher", 300, 131, 70, 4);
        Instant[] now = { NOW };
        drive(planner, now, 60, phone);
        // settled: one request per reading, each soon after it is visible, but for an early probe in twelve readings
        // and a retry in about thirty (the late look tracks the delays from below)
        assertSettled(phone, drive(planner, now, 26, phone));
        phone.delayS = 100;
        drive(planner, now, 40, phone); // a few readings with a retry each until the late look has risen
        assertSettled(phone, drive(planner, now, 26, phone));
    }

    /**
     * One poll per reading but for at most three probes and retries, and each late poll (one after which the next comes
     * more than a window later) at most a window after its reading became visible.
     */
    private static void assertSettled(Phone phone, List<Instant> polls) {
        Duration span = Duration.between(polls.get(0), polls.get(polls.size() - 1));
        assertTrue(span.compareTo(Duration.ofMinutes(5 * (polls.size() - 4L))) >= 0, "at most three extra: " + polls);
        List<Instant> late = new ArrayList<>();
        for (int i = 0; i + 1 < polls.size(); i++) {
            if (Duration.between(polls.get(i), polls.get(i + 1)).compareTo(PollPlanner.WINDOW) > 0) {
                late.add(polls.get(i));
            }
        }
        assertJustAfterVisible(phone, late, PollPlanner.WINDOW.toSeconds());
    }

    @Test
    void dexcomWithWidelySpreadDelaysLooksEarlyAndLateAtMostTwiceAReading() {
        PollPlanner planner = new PollPlanner(SensorCadence.DEXCOM, Duration.ofSeconds(60));
        java.util.Random random = new java.util.Random(3);
        long start = NOW.getEpochSecond();
        long[] visible = new long[300];
        for (int k = 0; k < visible.length; k++) {
            visible[k] = start + k * 300L + 30 + random.nextInt(61); // uploads 30 to 90 s after each reading
        }
        long now = start;
        int seen = -1;
        int polls = 0;
        Instant previous = null;
        List<Long> waits = new ArrayList<>();
        while (now < start + 290 * 300L) {
            int newest = -1;
            while (newest + 1 < visible.length && visible[newest + 1] <= now) {
                newest++;
            }
            List<GlucoseReading> recent = new ArrayList<>();
            for (int k = Math.max(0, newest - 3); k <= newest; k++) {
                recent.add(new GlucoseReading(Instant.ofEpochSecond(start + k * 300L), 100, null, Trend.FLAT, null,
                        false, false));
            }
            GlucoseReading latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
            Patient patient = new Patient("publisher", "x", latest, GlucoseUnit.MG_PER_DL, null, null, recent);
            Instant at = Instant.ofEpochSecond(now);
            if (newest >= 50) {
                polls++;
                assertTrue(previous == null || Duration.between(previous, at).compareTo(PollPlanner.WINDOW) >= 0,
                        "two polls within the window at " + at);
                for (int k = Math.max(seen + 1, 50); k <= newest; k++) {
                    waits.add(now - visible[k]);
                }
                previous = at;
            }
            seen = Math.max(seen, newest);
            now = planner.nextPoll(at, List.of(patient)).getEpochSecond();
        }
        waits.sort(null);
        long p95 = waits.get(waits.size() * 95 / 100);
        assertEquals(240, waits.size(), "every reading from the 50th on was seen");
        assertTrue(p95 <= 35, "p95 " + p95 + " s");
        assertTrue(polls <= 2 * waits.size(), polls + " polls for " + waits.size() + " readings");
        assertTrue(polls >= waits.size() * 5 / 4, "early looks were made: " + polls);
    }

    @Test
    void theSecondForSeveralPatientsAvoidsFallingJustBeforeOnesReading() {
        // eight readings due at one second, a ninth 8 s later: at the eight's second the ninth's reading is lost
        // whenever it comes late, at the ninth's second each of the eight waits 8 s
        Instant eight = NOW.plusSeconds(90);
        List<Instant> due = new ArrayList<>(Collections.nCopies(8, eight));
        due.add(eight.plusSeconds(8));
        assertEquals(eight.plusSeconds(8), libre.bestInStep(due, NOW.plusSeconds(60)));
        // a ninth 20 s later is outside the spread of its delays: the eight's second is best
        due.set(8, eight.plusSeconds(20));
        assertEquals(eight, libre.bestInStep(due, NOW.plusSeconds(60)));
    }

    @Test
    void severalPatientsShareOnePollAMinute() {
        Phone a = new Phone("a", 60, 5, 20, 1);
        Phone b = new Phone("b", 60, 25, 20, 1);
        Phone c = new Phone("c", 60, 45, 15, 1);
        Instant[] now = { NOW };
        drive(libre, now, 30, a, b, c);
        List<Instant> polls = drive(libre, now, 61, a, b, c);
        assertEquals(Duration.ofMinutes(60), Duration.between(polls.get(0), polls.get(60)), "one poll a minute");
        long total = 0;
        for (Instant poll : polls) {
            total += a.lateS(poll) + b.lateS(poll) + c.lateS(poll);
        }
        // phases 20 s apart: the best second leaves the three waiting about 0 + 20 + 40 s
        assertTrue(total / polls.size() <= 65, "combined wait " + total / polls.size());
    }
}
