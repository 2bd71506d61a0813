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
 * The Nightscout endpoints the simulator serves, all GET.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum NightscoutEndpoint {
    /** {@code /api/v2/authorization/request/<access token>}: the token's JWT. */
    AUTHORIZATION,
    STATUS,
    ENTRIES,
    PROPERTIES,
    ANY;

    static final String AUTHORIZATION_PREFIX = "/api/v2/authorization/request/";

    public static @Nullable NightscoutEndpoint of(String method, String path) {
        if (!"GET".equalsIgnoreCase(method)) {
            return null;
        }
        if (path.startsWith(AUTHORIZATION_PREFIX) && path.length() > AUTHORIZATION_PREFIX.length()) {
            return AUTHORIZATION;
        }
        return switch (path) {
            case "/api/v1/status.json", "/api/v1/status" -> STATUS;
            case "/api/v1/entries/sgv.json", "/api/v1/entries/sgv" -> ENTRIES;
            default -> path.startsWith("/api/v2/properties") ? PROPERTIES : null;
        };
    }

    public boolean matches(String method, String path) {
        return this == ANY || this == of(method, path);
    }
}
