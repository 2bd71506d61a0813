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

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The LibreLinkUp endpoints the simulator serves, for fault injection and request counting.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum LluEndpoint {
    /** {@code POST /llu/auth/login} */
    LOGIN,
    /** {@code GET /llu/connections} */
    CONNECTIONS,
    /** {@code GET /llu/connections/{patientId}/graph} */
    GRAPH,
    /** {@code POST /auth/continue/{type}} */
    CONTINUE,
    /** Every LibreLinkUp request, including unknown paths. */
    ANY;

    private static final Pattern GRAPH_PATH = Pattern.compile("/llu/connections/[^/]+/graph");
    private static final Pattern CONTINUE_PATH = Pattern.compile("/auth/continue/[^/]+");

    /** The endpoint a request addresses, or null for anything the simulator does not serve. */
    public static @Nullable LluEndpoint of(String method, String path) {
        boolean get = "GET".equalsIgnoreCase(method);
        boolean post = "POST".equalsIgnoreCase(method);
        if (post && "/llu/auth/login".equals(path)) {
            return LOGIN;
        } else if (get && "/llu/connections".equals(path)) {
            return CONNECTIONS;
        } else if (get && GRAPH_PATH.matcher(path).matches()) {
            return GRAPH;
        } else if (post && CONTINUE_PATH.matcher(path).matches()) {
            return CONTINUE;
        }
        return null;
    }

    /** Whether a LibreLinkUp request with this method and path belongs to this endpoint. */
    public boolean matches(String method, String path) {
        return this == ANY || this == of(method, path);
    }
}
