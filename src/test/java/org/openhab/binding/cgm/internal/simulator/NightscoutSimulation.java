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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Nightscout sites: each under {@code <simulator>/nightscout/<site name>}, with its API secret, access tokens and
 * their JWTs, its settings (units, thresholds, plugins), the readings of one simulated sensor, entries of other types,
 * insulin and carbohydrates on board, and the ways a small self-hosted site fails (an HTML page, a slow uploader).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class NightscoutSimulation {

    static final String VENDOR = "nightscout";

    private final Object lock = new Object();
    private final Clock clock;
    private final Map<String, NightscoutSimSite> sites = new ConcurrentHashMap<>();
    private final FaultQueue<NightscoutEndpoint> faults = new FaultQueue<>(NightscoutEndpoint.ANY);
    private final NightscoutApi api;

    NightscoutSimulation(Clock clock, ReleaseSignal releaseSignal) {
        this.clock = clock;
        this.api = new NightscoutApi(this, releaseSignal);
    }

    /** A site named {@code name} (a path segment) with this API secret (Nightscout wants at least 12 characters). */
    public NightscoutSimSite addSite(String name, String apiSecret) {
        return addSite(name, apiSecret, Duration.ofMinutes(5));
    }

    /** A site whose uploader sends a reading every {@code spacing} (one minute for a Libre through Juggluco). */
    public NightscoutSimSite addSite(String name, String apiSecret, Duration spacing) {
        if (!name.matches("[a-z0-9-]+") || apiSecret.length() < 12) {
            throw new IllegalArgumentException("site name a-z0-9-, secret at least 12 characters");
        }
        NightscoutSimSite site = new NightscoutSimSite(lock, clock, name, apiSecret, spacing);
        if (sites.putIfAbsent(name, site) != null) {
            throw new IllegalArgumentException("site exists: " + name);
        }
        return site;
    }

    public void injectFault(NightscoutEndpoint endpoint, Fault fault, int times) {
        faults.add(endpoint, fault, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    NightscoutApi api() {
        return api;
    }

    Clock clock() {
        return clock;
    }

    Object lock() {
        return lock;
    }

    FaultQueue<NightscoutEndpoint> faults() {
        return faults;
    }

    @Nullable
    NightscoutSimSite site(String name) {
        return sites.get(name);
    }
}
