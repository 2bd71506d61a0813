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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The Dexcom Share part of the cloud simulator: publisher accounts per region, payload generation, session lifetime,
 * login lockout and fault injection. Served under {@code /dexcom/<region>/ShareWebServices/Services}, where region is
 * {@code us}, {@code ous} or {@code jp}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DexcomSimulation {

    /** Application id the US and OUS hosts accept. */
    public static final String APPLICATION_ID_US_OUS = "d89443d2-327c-4a6f-89e5-496bbb0317db";
    /** Application id the Japanese host accepts. */
    public static final String APPLICATION_ID_JP = "d8665ade-9673-4e27-9ff6-92db4ce13d13";

    static final String VENDOR = "dexcom";
    static final String SERVICES_PATH = "/ShareWebServices/Services";
    static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(24);
    static final int DEFAULT_MAX_FAILED_LOGINS = 3;

    /** One lock for all Dexcom state: test threads change it while Jetty threads read it. */
    private final Object lock = new Object();
    private final Clock clock;
    private final List<DexcomAccount> accounts = new ArrayList<>();
    private final FaultQueue<DexcomEndpoint> faults = new FaultQueue<>(DexcomEndpoint.ANY);
    private final DexcomApi api;
    private DexcomPayload payload = DexcomPayload.MODERN;
    private Duration sessionLifetime = DEFAULT_SESSION_LIFETIME;
    private int maxFailedLogins = DEFAULT_MAX_FAILED_LOGINS;
    private boolean ssoPasswordErrors;

    DexcomSimulation(Clock clock, ReleaseSignal releaseSignal) {
        this.clock = clock;
        this.api = new DexcomApi(this, releaseSignal);
    }

    /**
     * Adds a publisher account with a new random account id. It exists in {@code region} only: elsewhere its name is
     * unknown, which the service reports like a wrong password.
     *
     * @param region {@code us}, {@code ous} or {@code jp}
     */
    public DexcomAccount addAccount(String username, String password, String region) {
        DexcomRegions.requireRegion(region);
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        synchronized (lock) {
            requireFreeName(region, username, null);
            DexcomAccount account = new DexcomAccount(this, UUID.randomUUID().toString(), username.trim(), password,
                    region);
            accounts.add(account);
            return account;
        }
    }

    /** Payload of {@code ReadPublisherLatestGlucoseValues}; default {@link DexcomPayload#MODERN}. */
    public void setPayloadGeneration(DexcomPayload generation) {
        synchronized (lock) {
            payload = generation;
        }
    }

    /** Age (simulator clock) from which a session answers {@code SessionNotValid}; default 24 h. */
    public void setSessionLifetime(Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive: " + lifetime);
        }
        synchronized (lock) {
            sessionLifetime = lifetime;
        }
    }

    /**
     * Wrong passwords answered as Dexcom's SSO sign-in answers them (SSO_InternalError, HTTP 500, the inner 401 in
     * the message) instead of AccountPasswordInvalid; default off.
     */
    public void setSsoPasswordErrors(boolean sso) {
        synchronized (lock) {
            ssoPasswordErrors = sso;
        }
    }

    boolean ssoPasswordErrors() {
        synchronized (lock) {
            return ssoPasswordErrors;
        }
    }

    /** Consecutive wrong passwords after which an account is locked; default 3. */
    public void setMaxFailedLogins(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be positive: " + attempts);
        }
        synchronized (lock) {
            maxFailedLogins = attempts;
        }
    }

    /**
     * The next {@code times} requests to {@code endpoint} get {@code fault} instead of the normal answer
     * ({@code Integer.MAX_VALUE}: until {@link #clearFaults()}). Faults match in the order injected.
     */
    public void injectFault(DexcomEndpoint endpoint, Fault fault, int times) {
        faults.add(endpoint, fault, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    // package-private access for the request handling

    DexcomApi api() {
        return api;
    }

    Object lock() {
        return lock;
    }

    Clock clock() {
        return clock;
    }

    FaultQueue<DexcomEndpoint> faults() {
        return faults;
    }

    DexcomPayload payload() {
        synchronized (lock) {
            return payload;
        }
    }

    Duration sessionLifetime() {
        synchronized (lock) {
            return sessionLifetime;
        }
    }

    int maxFailedLogins() {
        synchronized (lock) {
            return maxFailedLogins;
        }
    }

    /** The account of this region whose user name or alias is {@code accountName}, or null. */
    @Nullable
    DexcomAccount findByName(String region, String accountName) {
        synchronized (lock) {
            return accounts.stream().filter(a -> a.region().equals(region) && a.answersTo(accountName)).findFirst()
                    .orElse(null);
        }
    }

    /** The account of this region with this id (any letter case), or null. */
    @Nullable
    DexcomAccount findById(String region, String accountId) {
        synchronized (lock) {
            return accounts.stream()
                    .filter(a -> a.region().equals(region) && a.accountId().equalsIgnoreCase(accountId.trim()))
                    .findFirst().orElse(null);
        }
    }

    /** Names and aliases are unique per region, else a login could not tell the accounts apart. */
    void requireFreeName(String region, String name, @Nullable DexcomAccount self) {
        DexcomAccount owner = findByName(region, name);
        if (owner != null && owner != self) {
            throw new IllegalArgumentException("name already used in region " + region + ": " + name);
        }
    }
}
