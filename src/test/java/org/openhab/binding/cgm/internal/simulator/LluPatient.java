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
package org.openhab.binding.cgm.internal.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A patient who shares data with a LibreLinkUp follower account: identity, targets, sensor and a glucose curve that
 * is sampled once a simulated minute.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LluPatient {

    static final int DEFAULT_TARGET_LOW = 70;
    static final int DEFAULT_TARGET_HIGH = 180;
    static final Duration READING_SPACING = Duration.ofMinutes(1);
    /** The graph shows every fifth reading, one per 5 min. */
    static final int GRAPH_STRIDE = 5;
    /** The graph trails the current value by 15..20 min, as observed on the real service. */
    static final Duration GRAPH_LAG = Duration.ofMinutes(15);
    /** 144 points at 5 min = 12 h. */
    static final int GRAPH_POINTS = 144;

    private final Object lock;
    private final String patientId;
    private final String connectionId = UUID.randomUUID().toString();
    private final String deviceId = UUID.randomUUID().toString();
    private final String firstName;
    private final String lastName;
    private final GlucoseUnitCode unit;
    private final ZoneId phoneZone;
    private final String country;
    private final Instant created;
    private Instant sensorActivation;
    private String sensorSerial;
    /** Libre 3 ({@code dtid} 40068, sensor {@code pt} 4, 60 minutes' warm-up) as in the capture; null leaves it out. */
    private @Nullable Integer productType = 4;
    private @Nullable Integer warmUpMinutes = 60;
    private @Nullable Integer deviceType = 40068;
    private final SimulatedSensor<SimReading> sensor;
    /** Which of the five readings per 5 min the graph shows. */
    private final int graphSlot;
    private int targetLow = DEFAULT_TARGET_LOW;
    private int targetHigh = DEFAULT_TARGET_HIGH;

    LluPatient(Object lock, Clock clock, String patientId, String firstName, String lastName, GlucoseUnitCode unit,
            ZoneId phoneZone, String country) {
        this.lock = lock;
        this.patientId = patientId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.unit = unit;
        this.phoneZone = phoneZone;
        this.country = country;
        this.created = clock.instant();
        // a sensor put on three days ago, well past its 60 min warm-up
        this.sensorActivation = created.minus(Duration.ofDays(3));
        int hash = patientId.hashCode();
        this.sensorSerial = String.format(Locale.ROOT, "0%09X", hash & 0xFFFFFFFFL);
        this.sensor = new SimulatedSensor<>(lock, clock, READING_SPACING, hash, this::reading);
        this.graphSlot = Math.floorMod(hash >>> 8, GRAPH_STRIDE);
    }

    public String patientId() {
        return patientId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public GlucoseUnitCode unit() {
        return unit;
    }

    public ZoneId phoneZone() {
        return phoneZone;
    }

    /** Phone offline or sensor gap: no new readings, the latest stays frozen; the gap stays in the graph. */
    public void pauseReadings() {
        sensor.pause();
    }

    public void resumeReadings() {
        sensor.resume();
    }

    /**
     * The phone goes offline: the sensor goes on reading, but nothing reaches the cloud until {@link #phoneOnline()},
     * when the phone uploads every reading it kept.
     */
    public void phoneOffline() {
        sensor.holdBack();
    }

    public void phoneOnline() {
        sensor.resume();
    }

    /** What {@code /llu/connections} returns for this patient right now (simulator clock). */
    public SimReading latestReading() {
        return sensor.latestReading();
    }

    /** Readings are taken at each minute boundary plus this many seconds (0..59). */
    public void setSensorPhaseSeconds(int seconds) {
        sensor.setPhaseSeconds(seconds);
    }

    public int sensorPhaseSeconds() {
        return sensor.phaseSeconds();
    }

    /** How the patient's phone uploads; by default each reading is visible when it is taken. */
    public void setUploads(UploadDelays uploads) {
        sensor.setUploads(uploads);
    }

    /** When the reading taken at {@code taken} became (or becomes) visible. */
    public Instant visibleAt(Instant taken) {
        return sensor.visibleAt(taken);
    }

    /** The instants of the readings taken in {@code [from, to)}, oldest first. */
    public List<Instant> takenBetween(Instant from, Instant to) {
        return sensor.takenBetween(from, to);
    }

    /** Replaces the default curve, e.g. with {@link GlucoseCurve#constant} to force HI/LO or a colour. */
    public void setCurve(GlucoseCurve curve) {
        sensor.setCurve(curve);
    }

    /** Target range in mg/dL ({@code targetLow}/{@code targetHigh}); defaults 70..180. */
    public void setTargets(int low, int high) {
        if (low >= high) {
            throw new IllegalArgumentException("targetLow must be below targetHigh");
        }
        synchronized (lock) {
            targetLow = low;
            targetHigh = high;
        }
    }

    public int targetLow() {
        synchronized (lock) {
            return targetLow;
        }
    }

    public int targetHigh() {
        synchronized (lock) {
            return targetHigh;
        }
    }

    /**
     * A new sensor (or the same one described anew): serial number {@code sn}, activation {@code a}, product type
     * {@code pt} and warm-up minutes {@code w}, each left out of the answer when null.
     */
    public void setSensor(String serial, Instant activation, @Nullable Integer productType,
            @Nullable Integer warmUpMinutes) {
        synchronized (lock) {
            sensorSerial = serial;
            sensorActivation = activation;
            this.productType = productType;
            this.warmUpMinutes = warmUpMinutes;
        }
    }

    /** The {@code patientDevice.dtid} (sensor family), left out when null. */
    public void setDeviceType(@Nullable Integer dtid) {
        synchronized (lock) {
            deviceType = dtid;
        }
    }

    // callers below hold the lock

    @Nullable
    Integer productType() {
        return productType;
    }

    @Nullable
    Integer warmUpMinutes() {
        return warmUpMinutes;
    }

    @Nullable
    Integer deviceType() {
        return deviceType;
    }

    /** Graph readings, oldest first: every fifth reading of the 12 h ending at least {@link #GRAPH_LAG} ago. */
    List<SimReading> graphReadings(Instant now) {
        return sensor.readingsAt(sensor.visible(
                sensor.schedule().everyNthOldestFirst(now.minus(GRAPH_LAG), GRAPH_STRIDE, graphSlot, GRAPH_POINTS),
                now));
    }

    String connectionId() {
        return connectionId;
    }

    String deviceId() {
        return deviceId;
    }

    String country() {
        return country;
    }

    Instant created() {
        return created;
    }

    Instant sensorActivation() {
        return sensorActivation;
    }

    String sensorSerial() {
        return sensorSerial;
    }

    private SimReading reading(GlucoseCurve curve, Instant at) {
        return SimReading.of(at, curve.mgPerDl(at), curve.slopePerMinute(at), unit, targetLow, targetHigh);
    }
}
