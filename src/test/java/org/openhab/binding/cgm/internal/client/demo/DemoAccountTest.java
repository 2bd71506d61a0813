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
package org.openhab.binding.cgm.internal.client.demo;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The simulated account keeps each scenario's promise, reading by reading, for every patient of a demo.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DemoAccountTest {

    private static final Instant START = Instant.parse("2026-11-21T02:00:00Z");
    private static final Set<Trend> DOWN = Set.of(Trend.FORTY_FIVE_DOWN, Trend.SINGLE_DOWN, Trend.DOUBLE_DOWN);
    private static final Set<Trend> UP = Set.of(Trend.FORTY_FIVE_UP, Trend.SINGLE_UP, Trend.DOUBLE_UP);

    private final MutableClock clock = new MutableClock(START);

    private DemoAccount account(DemoScenario scenario, SensorCadence cadence) throws CloudException {
        DemoAccount account = new DemoAccount(clock, scenario, DemoAccount.MAX_PATIENTS, cadence);
        account.logIn();
        return account;
    }

    /** The latest reading of each poll, a poll a minute for {@code duration}; one list per patient. */
    private List<List<GlucoseReading>> pollEveryMinute(DemoAccount account, Duration duration) throws CloudException {
        List<List<GlucoseReading>> seen = new ArrayList<>();
        Instant end = clock.instant().plus(duration);
        while (!clock.instant().isAfter(end)) {
            List<Patient> patients = account.fetchPatients();
            for (int i = 0; i < patients.size(); i++) {
                if (seen.size() <= i) {
                    seen.add(new ArrayList<>());
                }
                GlucoseReading latest = patients.get(i).latest();
                List<GlucoseReading> list = seen.get(i);
                if (latest != null && (list.isEmpty() || !list.get(list.size() - 1).equals(latest))) {
                    list.add(latest);
                }
            }
            clock.advance(Duration.ofMinutes(1));
        }
        return seen;
    }

    private static @Nullable Instant firstTime(List<GlucoseReading> readings, java.util.function.IntPredicate test) {
        return readings.stream().filter(r -> test.test(r.mgPerDl())).map(GlucoseReading::timestamp).findFirst()
                .orElse(null);
    }

    private static void assertWithin(@Nullable Instant time, Duration limit, String what) {
        assertNotNull(time, what + " never happens");
        assertFalse(time.isAfter(START.plus(limit)), what + " at " + time);
    }

    @ParameterizedTest
    @EnumSource(Cadence.class)
    void nightLowFallsThroughLowAndUrgentLowWithin30MinutesThenRecovers(Cadence cadence) throws CloudException {
        List<List<GlucoseReading>> seen = pollEveryMinute(account(DemoScenario.NIGHT_LOW, cadence.value),
                Duration.ofHours(3));
        for (List<GlucoseReading> readings : seen) {
            assertTrue(readings.get(0).mgPerDl() > 100, "starts well in range: " + readings.get(0));
            Instant low = firstTime(readings, v -> v < 70);
            Instant urgent = firstTime(readings, v -> v < 55);
            assertWithin(low, Duration.ofMinutes(30), "below 70");
            assertWithin(urgent, Duration.ofMinutes(30), "below 55");
            assertTrue(low.isBefore(urgent));
            Instant nadirEnd = readings.stream().filter(r -> r.timestamp().isAfter(urgent) && r.mgPerDl() >= 70)
                    .map(GlucoseReading::timestamp).findFirst().orElse(null);
            assertNotNull(nadirEnd, "recovers");
            assertTrue(readings.stream().filter(r -> r.timestamp().isAfter(nadirEnd))
                    .allMatch(r -> r.mgPerDl() >= 70 && r.mgPerDl() <= 180), "stays in range once recovered");
            assertTrue(readings.stream().filter(r -> r.mgPerDl() < 70 && r.timestamp().isBefore(urgent))
                    .allMatch(r -> DOWN.contains(r.trend())), "falling arrows on the way down");
        }
    }

    @Test
    void mealSpikeRisesThroughHighThenReturnsIntoRange() throws CloudException {
        List<List<GlucoseReading>> seen = pollEveryMinute(account(DemoScenario.MEAL_SPIKE, SensorCadence.DEXCOM),
                Duration.ofHours(4));
        for (List<GlucoseReading> readings : seen) {
            Instant high = firstTime(readings, v -> v > 180);
            assertWithin(high, Duration.ofMinutes(40), "above 180");
            assertTrue(
                    readings.stream().filter(r -> r.timestamp().isBefore(high)).anyMatch(r -> UP.contains(r.trend())));
            GlucoseReading last = readings.get(readings.size() - 1);
            assertTrue(last.mgPerDl() >= 70 && last.mgPerDl() <= 180, "back in range: " + last);
            assertTrue(readings.stream().allMatch(r -> r.mgPerDl() <= 250), "high, not very high");
        }
    }

    @Test
    void steadyStaysInRangeWithGentleArrows() throws CloudException {
        List<List<GlucoseReading>> seen = pollEveryMinute(account(DemoScenario.STEADY, SensorCadence.FREESTYLE_LIBRE),
                Duration.ofHours(6));
        for (List<GlucoseReading> readings : seen) {
            assertTrue(readings.size() > 350, "a reading a minute");
            assertTrue(readings.stream().allMatch(r -> r.mgPerDl() >= 80 && r.mgPerDl() <= 160), readings.toString());
            assertTrue(readings.stream().allMatch(r -> r.trend() == Trend.FLAT || r.trend() == Trend.FORTY_FIVE_UP
                    || r.trend() == Trend.FORTY_FIVE_DOWN));
        }
    }

    @ParameterizedTest
    @EnumSource(DemoScenario.class)
    void theArrowFollowsTheSlopeOfTheCurve(DemoScenario scenario) throws CloudException {
        DemoAccount account = account(scenario, SensorCadence.DEXCOM);
        for (int patient = 0; patient < DemoAccount.MAX_PATIENTS; patient++) {
            for (int minute = -20; minute < 240; minute++) {
                Instant t = START.plus(Duration.ofMinutes(minute));
                GlucoseReading reading = account.reading(patient, t);
                double rate = (account.reading(patient, t.plusSeconds(60)).mgPerDl()
                        - account.reading(patient, t.minusSeconds(60)).mgPerDl()) / 2.0;
                String what = scenario + " patient " + patient + " minute " + minute + ": " + rate + " "
                        + reading.trend();
                if (rate > 1.5) {
                    assertTrue(UP.contains(reading.trend()), what);
                } else if (rate < -1.5) {
                    assertTrue(DOWN.contains(reading.trend()), what);
                } else if (Math.abs(rate) <= 0.5) {
                    assertEquals(Trend.FLAT, reading.trend(), what);
                }
            }
        }
    }

    @Test
    void freestyleLibreShowsNoDoubleArrows() throws CloudException {
        DemoAccount account = account(DemoScenario.NIGHT_LOW, SensorCadence.FREESTYLE_LIBRE);
        for (int minute = 0; minute < 120; minute++) {
            Trend trend = account.reading(0, START.plus(Duration.ofMinutes(minute))).trend();
            assertNotEquals(Trend.DOUBLE_DOWN, trend);
            assertNotEquals(Trend.DOUBLE_UP, trend);
        }
    }

    @Test
    void thePhoneGoesOfflineFor20MinutesThenUploadsWhatItMissed() throws CloudException {
        DemoAccount account = account(DemoScenario.PHONE_OFFLINE, SensorCadence.FREESTYLE_LIBRE);
        List<List<GlucoseReading>> seen = pollEveryMinute(account, Duration.ofHours(1));
        for (List<GlucoseReading> readings : seen) {
            Duration longest = Duration.ZERO;
            for (int i = 1; i < readings.size(); i++) {
                Duration gap = Duration.between(readings.get(i - 1).timestamp(), readings.get(i).timestamp());
                longest = gap.compareTo(longest) > 0 ? gap : longest;
                if (gap.compareTo(Duration.ofMinutes(1)) > 0) {
                    assertTrue(readings.get(i - 1).timestamp().isBefore(START.plus(Duration.ofMinutes(11))),
                            "the gap begins a few minutes after the start");
                }
            }
            assertEquals(DemoScenario.OFFLINE_GAP, longest);
        }
        // right after the gap, the answer carries the readings of the gap that the phone uploads late
        clock.set(START.plus(Duration.ofMinutes(26)));
        Patient first = account.fetchPatients().get(0);
        List<GlucoseReading> recent = first.recent();
        assertEquals(16, recent.size(), "15 minutes back-filled: " + recent);
        for (int i = 1; i < recent.size(); i++) {
            assertEquals(Duration.ofMinutes(1),
                    Duration.between(recent.get(i - 1).timestamp(), recent.get(i).timestamp()));
        }
    }

    @Test
    void theSensorEndsWithinTheHourAndNoReadingComesAfter() throws CloudException {
        DemoAccount account = account(DemoScenario.SENSOR_ENDING, SensorCadence.FREESTYLE_LIBRE);
        for (int patient = 0; patient < DemoAccount.MAX_PATIENTS; patient++) {
            Instant expiry = account.sensor(patient).expiry();
            assertNotNull(expiry);
            assertTrue(expiry.isAfter(START.plus(Duration.ofMinutes(30)))
                    && expiry.isBefore(START.plus(Duration.ofHours(1))), "ends within the hour: " + expiry);
        }
        List<List<GlucoseReading>> seen = pollEveryMinute(account, Duration.ofHours(2));
        for (int patient = 0; patient < seen.size(); patient++) {
            Instant expiry = account.sensor(patient).expiry();
            List<GlucoseReading> readings = seen.get(patient);
            assertNotNull(expiry);
            assertTrue(readings.stream().allMatch(r -> r.timestamp().isBefore(expiry)));
            assertTrue(readings.get(readings.size() - 1).timestamp().isAfter(expiry.minus(Duration.ofMinutes(2))));
        }
        assertTrue(account.sensor(0).model().contains("simulated"));
    }

    @Test
    void otherScenariosWearASensorThatLastsForDays() throws CloudException {
        DemoAccount account = account(DemoScenario.STEADY, SensorCadence.DEXCOM);
        Instant expiry = account.sensor(0).expiry();
        assertNotNull(expiry);
        assertTrue(expiry.isAfter(START.plus(Duration.ofDays(2))));
    }

    @Test
    void theFirstAnswerCarriesTheLast15MinutesOldestFirst() throws CloudException {
        List<Patient> libre = account(DemoScenario.STEADY, SensorCadence.FREESTYLE_LIBRE).fetchPatients();
        List<Patient> dexcom = account(DemoScenario.STEADY, SensorCadence.DEXCOM).fetchPatients();
        assertEquals(16, libre.get(0).recent().size());
        assertEquals(4, dexcom.get(0).recent().size());
        for (Patient patient : libre) {
            List<GlucoseReading> recent = patient.recent();
            assertEquals(patient.latest(), recent.get(recent.size() - 1));
            assertTrue(recent.get(0).timestamp().isBefore(recent.get(1).timestamp()));
            assertFalse(patient.latest().timestamp().isAfter(START));
        }
    }

    @Test
    void eachPatientHasItsOwnIdGridAndCurve() throws CloudException {
        List<Patient> patients = account(DemoScenario.STEADY, SensorCadence.FREESTYLE_LIBRE).fetchPatients();
        assertEquals(DemoAccount.MAX_PATIENTS, patients.size());
        assertEquals(5, patients.stream().map(Patient::id).distinct().count());
        assertEquals(5, patients.stream().map(p -> p.latest().timestamp()).distinct().count());
        assertTrue(patients.stream().map(p -> p.latest().mgPerDl()).distinct().count() > 1);
        assertTrue(patients.stream().allMatch(p -> p.displayName().contains("Simulated")));
    }

    @Test
    void aDroppedSessionAnswersAsAnExpiredOne() throws CloudException {
        DemoAccount account = account(DemoScenario.STEADY, SensorCadence.DEXCOM);
        account.dropSession();
        CloudException e = assertThrows(CloudException.class, account::fetchPatients);
        assertEquals(FailureKind.SESSION_EXPIRED, e.kind());
    }

    @Test
    void aNewAccountStartsTheScenarioAgain() throws CloudException {
        DemoAccount first = account(DemoScenario.NIGHT_LOW, SensorCadence.FREESTYLE_LIBRE);
        clock.advance(Duration.ofMinutes(25));
        assertTrue(first.fetchPatients().get(0).latest().mgPerDl() < 70);
        DemoAccount replay = account(DemoScenario.NIGHT_LOW, SensorCadence.FREESTYLE_LIBRE);
        assertEquals(clock.instant(), replay.start());
        assertTrue(replay.fetchPatients().get(0).latest().mgPerDl() > 100);
    }

    /** The two cadences, for parameterised tests. */
    enum Cadence {
        FREESTYLE_LIBRE(SensorCadence.FREESTYLE_LIBRE),
        DEXCOM(SensorCadence.DEXCOM);

        final SensorCadence value;

        Cadence(SensorCadence value) {
            this.value = value;
        }
    }
}
