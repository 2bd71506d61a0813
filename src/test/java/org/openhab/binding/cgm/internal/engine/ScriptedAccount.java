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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * A cloud account whose answers a test scripts, recording when each call happened. For engine tests only: client
 * tests talk HTTP to the simulator.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ScriptedAccount implements CloudAccount {

    final List<Instant> logins = new ArrayList<>();
    final List<Instant> fetches = new ArrayList<>();
    final Deque<CloudException> loginFailures = new ArrayDeque<>();
    final Deque<CloudException> fetchFailures = new ArrayDeque<>();
    @Nullable
    CloudException persistentLoginFailure;
    @Nullable
    RuntimeException fetchDefect;
    /** Fails every fetch with what it makes at that moment, when set. */
    @Nullable
    Supplier<CloudException> everyFetchFails;
    /** Readings arrive every minute at second 17; null means the sensor is silent. */
    @Nullable
    Instant frozenReadingAt;
    boolean session;
    private final Clock clock;

    ScriptedAccount(Clock clock) {
        this.clock = clock;
    }

    @Override
    public SensorCadence cadence() {
        return SensorCadence.FREESTYLE_LIBRE;
    }

    @Override
    public boolean hasSession() {
        return session;
    }

    @Override
    public void logIn(LoginPermit permit) throws CloudException {
        permit.spend();
        logins.add(clock.instant());
        CloudException persistent = persistentLoginFailure;
        if (persistent != null) {
            throw persistent;
        }
        CloudException failure = loginFailures.poll();
        if (failure != null) {
            throw failure;
        }
        session = true;
    }

    @Override
    public void dropSession() {
        session = false;
    }

    @Override
    public Map<String, String> sessionState() {
        return session ? Map.of("session", "yes") : Map.of();
    }

    @Override
    public void restoreSessionState(Map<String, String> state) {
        session = "yes".equals(state.get("session"));
    }

    @Override
    public List<Patient> fetchPatients() throws CloudException {
        fetches.add(clock.instant());
        RuntimeException defect = fetchDefect;
        if (defect != null) {
            throw defect;
        }
        Supplier<CloudException> always = everyFetchFails;
        CloudException failure = always != null ? always.get() : fetchFailures.poll();
        if (failure != null) {
            if (failure.kind() == FailureKind.SESSION_EXPIRED) {
                session = false;
            }
            throw failure;
        }
        return List.of(new Patient("p1", "Anna", reading(), GlucoseUnit.MG_PER_DL, null, null));
    }

    /** The latest reading: taken at second 17 of the current minute, or the frozen one. */
    GlucoseReading reading() {
        Instant frozen = frozenReadingAt;
        Instant at = frozen;
        if (at == null) {
            long minute = clock.instant().minusSeconds(17).getEpochSecond() / 60;
            at = Instant.ofEpochSecond(minute * 60 + 17);
        }
        return new GlucoseReading(at, 120, null, Trend.FLAT, null, false, false);
    }
}
