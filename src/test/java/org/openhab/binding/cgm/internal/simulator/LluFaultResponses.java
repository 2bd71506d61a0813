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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What an injected fault looks like on a LibreLinkUp host: LibreLinkUp's own faults here, the generic ones through
 * {@link FaultResponses}, with the block page naming libreview.io.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluFaultResponses {

    static final String LOCKOUT_BODY = "{\"status\":429,\"data\":{\"code\":60,"
            + "\"data\":{\"failures\":3,\"interval\":60,\"lockout\":300},\"message\":\"locked\"}}";
    static final String EXPIRED_TOKEN_BODY = "{\"message\":\"invalid or expired jwt\"}";
    /** No capture shows a 911 body; status plus a message is the least a client can rely on. */
    static final String MAINTENANCE_BODY = "{\"status\":911,\"error\":{\"message\":\"maintenance\"}}";

    /** Cut instead when the normal answer has (almost) no body. */
    private static final byte[] MINIMAL_JSON = "{\"status\":0,\"data\":{}}".getBytes(StandardCharsets.UTF_8);

    private LluFaultResponses() {
    }

    /** Every fault except slow, truncated and connection reset, which {@link FaultResponses#apply} handles. */
    static SimResponse render(Fault fault) {
        if (fault instanceof Fault.Lockout) {
            return SimResponse.jsonText(429, LOCKOUT_BODY);
        } else if (fault instanceof Fault.HttpError error) {
            return FaultResponses.httpError(error);
        } else if (fault instanceof Fault.CloudflareBlock) {
            return FaultResponses.cloudflare("libreview.io", "8f1d2c3b4a5e6f70", "FRA");
        } else if (fault instanceof Fault.ExpiredToken) {
            return SimResponse.jsonText(401, EXPIRED_TOKEN_BODY);
        } else if (fault instanceof Fault.Maintenance) {
            return SimResponse.jsonText(200, MAINTENANCE_BODY);
        }
        throw new IllegalArgumentException("fault is handled by FaultResponses.apply: " + fault);
    }

    /** The normal answer cut in the middle, sent as a complete HTTP 200 JSON response. */
    static SimResponse truncate(SimResponse normal) {
        return SimResponse.jsonBytes(200, FaultResponses.firstHalf(normal, MINIMAL_JSON));
    }
}
