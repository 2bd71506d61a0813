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

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Wire-level Dexcom Share answers. The service sends {@code Content-Type: application/json} without charset, and its
 * {@code General/} endpoints forbid caching.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomResponses {

    static final String JSON = "application/json";
    static final String ZERO_UUID = "00000000-0000-0000-0000-000000000000";

    private static final Map<String, String> NO_CACHE = Map.of("Cache-Control",
            "no-cache, no-store, max-age=0, must-revalidate", "Pragma", "no-cache", "Expires", "0");

    private DexcomResponses() {
    }

    static SimResponse json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse json(int status, byte[] body) {
        return new SimResponse(status, JSON, Map.of(), body);
    }

    /** A UUID as the JSON string the logins answer, quotes included. */
    static SimResponse uuid(String uuid) {
        return json(200, "\"" + uuid + "\"");
    }

    /** What the real host would answer outside its three services: nothing useful. */
    static SimResponse notFound() {
        return SimResponse.empty(404);
    }

    static SimResponse methodNotAllowed() {
        return SimResponse.empty(405).withHeader("Allow", "POST");
    }

    static SimResponse noCache(SimResponse response) {
        SimResponse result = response;
        for (Map.Entry<String, String> header : NO_CACHE.entrySet()) {
            result = result.withHeader(header.getKey(), header.getValue());
        }
        return result;
    }
}
