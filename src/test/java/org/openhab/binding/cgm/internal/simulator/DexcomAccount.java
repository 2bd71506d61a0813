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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A Dexcom Share publisher account in one region: credentials, aliases, lockout state and the sensor whose readings
 * {@code ReadPublisherLatestGlucoseValues} returns.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DexcomAccount {

    static final ZoneOffset DEFAULT_DISPLAY_OFFSET = ZoneOffset.ofHours(-5);
    static final Duration READING_SPACING = Duration.ofMinutes(5);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{5,14}");

    private final DexcomSimulation simulation;
    private final Object lock;
    private final String accountId;
    private final String username;
    private final String region;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final SimulatedSensor<DexcomReading> sensor;
    private String password;
    private ZoneOffset displayOffset = DEFAULT_DISPLAY_OFFSET;
    private boolean locked;
    private int consecutiveFailures;

    DexcomAccount(DexcomSimulation simulation, String accountId, String username, String password, String region) {
        this.simulation = simulation;
        this.lock = simulation.lock();
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.region = region;
        this.sensor = new SimulatedSensor<>(lock, simulation.clock(), READING_SPACING, accountId.hashCode(),
                DexcomAccount::reading);
    }

    /** The account UUID that {@code AuthenticatePublisherAccount} answers, lower case. */
    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    /** The only region (us, ous or jp) whose host knows this account. */
    public String region() {
        return region;
    }

    /**
     * Another name accepted as {@code accountName}: an e-mail address (case-insensitive) or a phone number in the
     * form {@code +<country><number>}.
     */
    public void addAlias(String emailOrPhone) {
        String alias = emailOrPhone.trim();
        if (!EMAIL.matcher(alias).matches() && !PHONE.matcher(alias).matches()) {
            throw new IllegalArgumentException("alias must be an e-mail or +<country><number>: " + emailOrPhone);
        }
        synchronized (lock) {
            simulation.requireFreeName(region, alias, this);
            aliases.add(normalize(alias));
        }
    }

    /** Changes the password; sessions already issued stay valid. */
    public void setPassword(String password) {
        synchronized (lock) {
            this.password = password;
        }
    }

    /** Every login answers {@code SSO_AuthenticateMaxAttemptsExceeded} until {@link #unlock()}. */
    public void lock() {
        synchronized (lock) {
            locked = true;
        }
    }

    /** Lifts a lock and forgets earlier wrong passwords. */
    public void unlock() {
        synchronized (lock) {
            locked = false;
            consecutiveFailures = 0;
        }
    }

    public boolean isLocked() {
        synchronized (lock) {
            return locked;
        }
    }

    /** Sensor or phone offline: no new readings; those before stay, so a short window becomes {@code []}. */
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

    /**
     * The newest reading that exists now (simulator clock): the first element of a read whose window reaches back to
     * it. While paused this stays the last reading before the pause.
     */
    public DexcomReading latestReading() {
        return sensor.latestReading();
    }

    /** Readings are taken at each 5-minute boundary plus this many seconds (0..299). */
    public void setSensorPhaseSeconds(int seconds) {
        sensor.setPhaseSeconds(seconds);
    }

    public int sensorPhaseSeconds() {
        return sensor.phaseSeconds();
    }

    public void setCurve(GlucoseCurve curve) {
        sensor.setCurve(curve);
    }

    /** How the publisher's phone uploads; by default each reading is visible when it is taken. */
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

    /** The receiver's display offset written into {@code DT}; default -05:00. */
    public void setDisplayOffset(ZoneOffset offset) {
        synchronized (lock) {
            displayOffset = offset;
        }
    }

    public ZoneOffset displayOffset() {
        synchronized (lock) {
            return displayOffset;
        }
    }

    // callers below hold the lock

    boolean answersTo(String accountName) {
        String name = normalize(accountName);
        return normalize(username).equals(name) || aliases.contains(name);
    }

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    boolean locked() {
        return locked;
    }

    /** Counts a wrong password; the {@code maxFailures}-th in a row locks the account. */
    void recordFailure(int maxFailures) {
        consecutiveFailures++;
        if (consecutiveFailures >= maxFailures) {
            locked = true;
        }
    }

    void recordSuccess() {
        consecutiveFailures = 0;
    }

    List<DexcomReading> readings(Instant now, Duration window, int maxCount) {
        List<Instant> visible = sensor.visible(sensor.schedule().newestFirst(now, window, Integer.MAX_VALUE), now);
        return sensor.readingsAt(visible.subList(0, Math.min(maxCount, visible.size())));
    }

    /** Trend from the slope over the five minutes before the reading, the spacing of the readings. */
    private static DexcomReading reading(GlucoseCurve curve, Instant at) {
        double value = curve.mgPerDl(at);
        double before = curve.mgPerDl(at.minus(READING_SPACING));
        return DexcomReading.of(at, value, (value - before) / READING_SPACING.toMinutes());
    }

    static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
