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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The LibreLinkUp part of the cloud simulator: accounts, app-version floor, fixture mode and fault injection. Served
 * under {@code /librelinkup/<region>}, where region is {@code global} or a regional host code such as {@code eu}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LibreLinkUpSimulation {

    static final String VENDOR = "librelinkup";
    static final String DEFAULT_MINIMUM_VERSION = "4.16.0";

    /** One lock for all LibreLinkUp state: test threads change it while Jetty threads read it. */
    private final Object lock = new Object();
    private final Clock clock;
    private final Map<String, LluAccount> accountsByEmail = new LinkedHashMap<>();
    private final FaultQueue<LluEndpoint> faults = new FaultQueue<>(LluEndpoint.ANY);
    private final LluApi api;
    private String minimumVersion = DEFAULT_MINIMUM_VERSION;
    private @Nullable LluFixtures fixtures;

    LibreLinkUpSimulation(Clock clock, ReleaseSignal releaseSignal) {
        this.clock = clock;
        this.api = new LluApi(this, releaseSignal);
    }

    /**
     * Adds a follower account with a new random user id.
     *
     * @param region home region code: ae, ap, au, ca, de, eu, eu2, fr, jp, la or us
     */
    public LluAccount addAccount(String email, String password, String region) {
        LluRegions.requireRegional(region);
        synchronized (lock) {
            String key = key(email);
            if (accountsByEmail.containsKey(key)) {
                throw new IllegalArgumentException("account exists: " + email);
            }
            LluAccount account = new LluAccount(lock, clock, UUID.randomUUID().toString(), email, password, region);
            accountsByEmail.put(key, account);
            return account;
        }
    }

    /** The account with this e-mail (case-insensitive), or null. */
    public @Nullable LluAccount account(String email) {
        synchronized (lock) {
            return findAccount(email);
        }
    }

    /**
     * Lowest accepted app {@code version} header; lower ones get status 920. Default
     * {@value #DEFAULT_MINIMUM_VERSION}.
     */
    public void setMinimumVersion(String version) {
        LluVersion.validate(version);
        synchronized (lock) {
            minimumVersion = version;
        }
    }

    /**
     * Fixture mode: login, connections and graph answer with the bodies captured in seed 000, byte for byte. Login
     * still checks the password of the added account; the capture's tokens and its user id's Account-Id are accepted.
     */
    public void useSeedFixtures(boolean on) {
        LluFixtures loaded = on ? LluFixtures.load() : null;
        synchronized (lock) {
            fixtures = loaded;
        }
    }

    /**
     * The next {@code times} requests to {@code endpoint} get {@code fault} instead of the normal answer
     * ({@code Integer.MAX_VALUE}: until {@link #clearFaults()}). Faults match in the order injected.
     */
    public void injectFault(LluEndpoint endpoint, Fault fault, int times) {
        faults.add(endpoint, fault, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    // package-private access for the request handling

    LluApi api() {
        return api;
    }

    Object lock() {
        return lock;
    }

    Clock clock() {
        return clock;
    }

    FaultQueue<LluEndpoint> faults() {
        return faults;
    }

    String minimumVersion() {
        synchronized (lock) {
            return minimumVersion;
        }
    }

    @Nullable
    LluFixtures fixtures() {
        synchronized (lock) {
            return fixtures;
        }
    }

    @Nullable
    LluAccount findAccount(String email) {
        synchronized (lock) {
            return accountsByEmail.get(key(email));
        }
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
