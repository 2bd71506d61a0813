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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The Dexcom Share endpoints the simulator serves, for fault injection and request counting. Paths are relative to
 * the simulated host, e.g. {@code /ShareWebServices/Services/General/AuthenticatePublisherAccount}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DexcomEndpoint {
    /** {@code POST General/AuthenticatePublisherAccount}: account name and password to account id. */
    AUTHENTICATE("/General/AuthenticatePublisherAccount"),
    /** {@code POST General/LoginPublisherAccountById}: account id and password to session id. */
    LOGIN_BY_ID("/General/LoginPublisherAccountById"),
    /** {@code POST Publisher/ReadPublisherLatestGlucoseValues?sessionId=&minutes=&maxCount=}. */
    READ_GLUCOSE("/Publisher/ReadPublisherLatestGlucoseValues"),
    /** Every Dexcom request, including unknown paths and methods. */
    ANY(null);

    private final @Nullable String path;

    DexcomEndpoint(@Nullable String servicePath) {
        this.path = servicePath == null ? null : DexcomSimulation.SERVICES_PATH + servicePath;
    }

    /** The endpoint a request addresses, or null for anything the simulator does not serve (all need POST). */
    public static @Nullable DexcomEndpoint of(String method, String path) {
        return "POST".equalsIgnoreCase(method) ? ofPath(path) : null;
    }

    /** Whether a Dexcom request with this method and path belongs to this endpoint. */
    public boolean matches(String method, String path) {
        return this == ANY || this == of(method, path);
    }

    /** The endpoint with this path, whatever the method, or null. */
    static @Nullable DexcomEndpoint ofPath(String path) {
        for (DexcomEndpoint endpoint : values()) {
            if (path.equals(endpoint.path)) {
                return endpoint;
            }
        }
        return null;
    }
}
