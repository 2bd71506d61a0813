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
package org.openhab.binding.cgm.internal.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;

/**
 * One follower or publisher account at a CGM cloud, as the polling engine sees it. Implementations know how to talk
 * to their cloud; they never decide when to: every call is made because the engine asked for it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface CloudAccount {

    /** How often the vendor's sensors produce a reading and when it reaches the cloud. */
    SensorCadence cadence();

    /**
     * True when {@link #cadence()} is only a first guess and the readings themselves tell how often they come (a
     * Nightscout site takes whatever its uploader sends: every minute, every five, or irregularly).
     */
    default boolean cadenceVaries() {
        return false;
    }

    /** True while a session exists that has not expired by its own expiry time. */
    boolean hasSession();

    /** Logs in and keeps the session. One call may follow a regional redirect; it never retries a refusal. */
    void logIn(LoginPermit permit) throws CloudException;

    /** Logs in without a login budget, for tests and tools. */
    default void logIn() throws CloudException {
        logIn(LoginPermit.UNLIMITED);
    }

    /** The cloud's clock minus the host's, as its last answer said; zero when unknown. */
    default Duration clockOffset() {
        return Duration.ZERO;
    }

    /** Forgets the session, e.g. after the server rejected it. */
    void dropSession();

    /**
     * What it takes to resume without a login after a restart: session and learned settings. The engine stores it
     * where openHAB keeps private data; it is never logged nor shown. It changes only when worth storing again.
     */
    Map<String, String> sessionState();

    /** Resumes from what {@link #sessionState()} gave before; ignores what no longer applies. */
    void restoreSessionState(Map<String, String> state);

    /**
     * Adapts to a failure whose answer says how to do better, such as a newer app version the cloud demands.
     *
     * @return true when an immediate retry can now succeed
     */
    default boolean adaptTo(CloudException failure) {
        return false;
    }

    /**
     * Reads every patient the account sees, each with its latest reading, in one request where the vendor allows.
     *
     * @throws CloudException of kind {@link FailureKind#SESSION_EXPIRED} when the session is missing or rejected
     */
    List<Patient> fetchPatients() throws CloudException;

    /**
     * How far back {@link #fetchPatients(Duration)} can reach within its one request; zero when the read carries only
     * the latest readings (history then needs {@link #fetchHistory}).
     */
    default Duration longestLookback() {
        return Duration.ZERO;
    }

    /**
     * As {@link #fetchPatients()}, and the readings of at least the last {@code lookback} within the same one request,
     * as far as {@link #longestLookback()} allows. Zero: the normal read.
     */
    default List<Patient> fetchPatients(Duration lookback) throws CloudException {
        return fetchPatients();
    }

    /** True when {@link #fetchHistory} asks the cloud for a patient's past readings, with a request of its own. */
    default boolean hasHistory() {
        return false;
    }

    /**
     * Past readings of one patient, oldest first, in one request; empty where the vendor keeps none.
     *
     * @throws CloudException as {@link #fetchPatients()}
     */
    default List<GlucoseReading> fetchHistory(String patientId) throws CloudException {
        return List.of();
    }
}
