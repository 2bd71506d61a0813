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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.SensorLimits;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * A simulated account, without any network: its patients' readings follow a {@link DemoScenario} from the moment the
 * account is made (time zero), on the reading grid of the chosen sensor cadence, and become visible the way a phone
 * uploads them, a few seconds after the sensor took them. Each answer carries the last 15 minutes of readings, so
 * rate and delta work from the first poll.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DemoAccount implements CloudAccount {

    public static final int MAX_PATIENTS = 5;
    /** How much history each answer carries. */
    public static final Duration RECENT = Duration.ofMinutes(15);
    /** Never look further back than this for the latest reading (longer than any silence of a scenario). */
    private static final Duration LOOK_BACK = Duration.ofHours(2);
    /** The seconds by which the reading grids of two patients differ. */
    private static final long PHASE_SECONDS_PER_PATIENT = 17;

    private final Clock clock;
    private final Instant start;
    private final DemoScenario scenario;
    private final int patients;
    private final SensorCadence cadence;
    private volatile boolean session;

    /** Starts the scenario now, by the clock (to the second). */
    public DemoAccount(Clock clock, DemoScenario scenario, int patients, SensorCadence cadence) {
        if (patients < 1 || patients > MAX_PATIENTS) {
            throw new IllegalArgumentException("1 to " + MAX_PATIENTS + " patients");
        }
        this.clock = clock;
        this.start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.scenario = scenario;
        this.patients = patients;
        this.cadence = cadence;
    }

    /** Time zero of the scenario. */
    public Instant start() {
        return start;
    }

    @Override
    public SensorCadence cadence() {
        return cadence;
    }

    @Override
    public boolean hasSession() {
        return session;
    }

    @Override
    public void logIn(LoginPermit permit) {
        session = true;
    }

    @Override
    public void dropSession() {
        session = false;
    }

    @Override
    public Map<String, String> sessionState() {
        return Map.of();
    }

    @Override
    public void restoreSessionState(Map<String, String> state) {
        // nothing to resume: a simulated session is free
    }

    @Override
    public List<Patient> fetchPatients() throws CloudException {
        return fetchPatients(Duration.ZERO);
    }

    /** As a cloud whose read can reach back, as far as the simulated phone keeps readings. */
    @Override
    public Duration longestLookback() {
        return LOOK_BACK;
    }

    @Override
    public List<Patient> fetchPatients(Duration lookback) throws CloudException {
        if (!session) {
            throw new CloudException(FailureKind.SESSION_EXPIRED, "no session");
        }
        Instant now = clock.instant();
        // history reaches back to the start of the scenario at most: before it, nothing was simulated
        Duration sinceStart = Duration.between(start, now);
        Duration window = lookback.compareTo(sinceStart) > 0 ? sinceStart : lookback;
        window = window.compareTo(RECENT) > 0 ? window : RECENT;
        List<Patient> result = new ArrayList<>();
        for (int index = 0; index < patients; index++) {
            List<GlucoseReading> recent = visibleReadings(index, now, window);
            GlucoseReading latest = recent.isEmpty() ? null : recent.get(recent.size() - 1);
            result.add(new Patient(patientId(index), "Simulated Patient " + (index + 1), latest, GlucoseUnit.MG_PER_DL,
                    TargetRange.CONSENSUS, sensor(index), recent));
        }
        return result;
    }

    /** The id of the patient with this index (0 for the first). */
    public static String patientId(int index) {
        return "demo-" + (index + 1);
    }

    /**
     * What the cloud would show of this patient at {@code now}: the latest uploaded reading and those taken up to
     * {@code window} before it, oldest first.
     */
    public List<GlucoseReading> visibleReadings(int index, Instant now, Duration window) {
        List<GlucoseReading> newestFirst = new ArrayList<>();
        @Nullable
        Instant newest = null;
        for (Instant taken = gridAtOrBefore(index, now.minus(cadence.publishDelay())); taken
                .isAfter(now.minus(LOOK_BACK)); taken = taken.minus(cadence.interval())) {
            if (newest != null && taken.isBefore(newest.minus(window))) {
                break;
            }
            if (isVisible(index, taken, now)) {
                newestFirst.add(reading(index, taken));
                if (newest == null) {
                    newest = taken;
                }
            }
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The reading the sensor takes at {@code taken}, whether uploaded or not. */
    public GlucoseReading reading(int index, Instant taken) {
        DemoCurve curve = scenario.curve(index);
        double minute = Duration.between(start, taken).toMillis() / 60_000.0;
        int mgPerDl = (int) Math.round(curve.mgPerDl(minute));
        // the simulated sensor reports LO and HI beyond its limits, as the real ones do
        return SensorLimits.SIMULATED.reading(taken, mgPerDl, null, trendOf(curve.slope(minute)), null, null, null);
    }

    /**
     * The sensor the patient wears: a few days old, or, in {@link DemoScenario#SENSOR_ENDING}, a short-lived one seen
     * first in its warm-up, so that it is then ending (within any Sensor Warning) and then ended, each announced.
     */
    public Sensor sensor(int index) {
        boolean libre = isLibre();
        Duration warmUp = Duration.ofMinutes(libre ? 60 : 30);
        String serial = String.format(Locale.ROOT, "SIM%07d", index + 1);
        String model = libre ? "FreeStyle Libre 3 (simulated)" : "Dexcom G7 (simulated)";
        Duration endsAfter = scenario.sensorEndsAfter(index);
        if (endsAfter != null) {
            // a sensor already ending at the first poll would be taken as announced before a restart: nothing fires
            Instant activated = start.plus(DemoScenario.SENSOR_WARM_UP_LEFT).minus(warmUp);
            return new Sensor(serial, model, activated, Duration.between(activated, start.plus(endsAfter)), warmUp);
        }
        Instant activated = start.minus(Duration.ofDays(2 + index)).minus(Duration.ofHours(5));
        return new Sensor(serial, model, activated, Duration.ofDays(libre ? 14 : 10), warmUp);
    }

    private boolean isVisible(int index, Instant taken, Instant now) {
        Instant expiry = sensor(index).expiry();
        if (expiry != null && !taken.isBefore(expiry)) {
            return false;
        }
        Duration offlineAfter = scenario.offlineAfter(index);
        if (offlineAfter != null) {
            // the last reading before the gap, then none until the one 20 minutes later is uploaded with all missed
            Instant lastBefore = gridAtOrAfter(index, start.plus(offlineAfter));
            Instant firstAfter = lastBefore.plus(DemoScenario.OFFLINE_GAP);
            boolean missed = taken.isAfter(lastBefore) && taken.isBefore(firstAfter);
            if (missed && now.isBefore(firstAfter.plus(cadence.publishDelay()))) {
                return false;
            }
        }
        return true;
    }

    /** Sensors compute their arrow from the slope of the last minutes; FreeStyle Libre shows no double arrows. */
    private Trend trendOf(double mgPerDlPerMinute) {
        boolean doubleArrows = !isLibre();
        double rate = mgPerDlPerMinute;
        if (rate > 3 && doubleArrows) {
            return Trend.DOUBLE_UP;
        } else if (rate > 2) {
            return Trend.SINGLE_UP;
        } else if (rate > 1) {
            return Trend.FORTY_FIVE_UP;
        } else if (rate >= -1) {
            return Trend.FLAT;
        } else if (rate >= -2) {
            return Trend.FORTY_FIVE_DOWN;
        } else if (rate >= -3 || !doubleArrows) {
            return Trend.SINGLE_DOWN;
        }
        return Trend.DOUBLE_DOWN;
    }

    private boolean isLibre() {
        return cadence.interval().compareTo(SensorCadence.FREESTYLE_LIBRE.interval()) <= 0;
    }

    private Instant gridAtOrBefore(int index, Instant instant) {
        Duration interval = cadence.interval();
        Instant origin = start.plusSeconds((PHASE_SECONDS_PER_PATIENT * index) % interval.toSeconds());
        long steps = Math.floorDiv(Duration.between(origin, instant).toMillis(), interval.toMillis());
        return origin.plus(interval.multipliedBy(steps));
    }

    private Instant gridAtOrAfter(int index, Instant instant) {
        Instant before = gridAtOrBefore(index, instant);
        return before.equals(instant) ? before : before.plus(cadence.interval());
    }

    @Override
    public String toString() {
        return "DemoAccount[" + scenario.id() + ", " + patients + " patients]";
    }
}
