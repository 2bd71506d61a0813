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
import java.util.Arrays;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What an injected fault looks like on the wire. Bodies follow observed LibreLinkUp/Cloudflare answers where known.
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
    static final String CLOUDFLARE_TITLE = "Attention Required! | Cloudflare";
    /** Length of the opaque text body of the observed HTTP 476. */
    static final int OPAQUE_BODY_LENGTH = 1067;

    /** Cut instead when the normal answer has (almost) no body. */
    private static final byte[] MINIMAL_JSON = "{\"status\":0,\"data\":{}}".getBytes(StandardCharsets.UTF_8);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private LluFaultResponses() {
    }

    /** Every fault except slow and truncated, which wrap the normal answer instead. */
    static SimResponse render(Fault fault) {
        if (fault instanceof Fault.Lockout) {
            return SimResponse.jsonText(429, LOCKOUT_BODY);
        } else if (fault instanceof Fault.HttpError error) {
            return httpError(error);
        } else if (fault instanceof Fault.CloudflareBlock) {
            return cloudflare();
        } else if (fault instanceof Fault.ExpiredToken) {
            return SimResponse.jsonText(401, EXPIRED_TOKEN_BODY);
        } else if (fault instanceof Fault.Maintenance) {
            return SimResponse.jsonText(200, MAINTENANCE_BODY);
        }
        throw new IllegalArgumentException("fault wraps the normal answer: " + fault);
    }

    /** The normal answer cut in the middle, sent as a complete HTTP 200 JSON response. */
    static SimResponse truncate(SimResponse normal) {
        byte[] body = normal.body().length >= 2 ? normal.body() : MINIMAL_JSON;
        return SimResponse.jsonBytes(200, Arrays.copyOf(body, body.length / 2));
    }

    private static SimResponse httpError(Fault.HttpError error) {
        int code = error.code();
        SimResponse response;
        if (code == 476) {
            // seen from Cloudflare in front of LibreLinkUp: an opaque token as text/plain
            response = SimResponse.text(code, "text/plain", opaqueText()).withHeader("Cache-Control", "no-store")
                    .withHeader("Server", "cloudflare");
        } else if (code >= 500) {
            response = SimResponse.text(code, "text/plain", reason(code));
        } else {
            response = SimResponse.empty(code);
        }
        String retryAfter = error.retryAfter();
        return retryAfter == null ? response : response.withHeader("Retry-After", retryAfter);
    }

    private static String reason(int code) {
        return switch (code) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Server Error " + code;
        };
    }

    private static String opaqueText() {
        Random random = new Random(476);
        StringBuilder text = new StringBuilder(OPAQUE_BODY_LENGTH);
        for (int i = 0; i < OPAQUE_BODY_LENGTH; i++) {
            text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return text.toString();
    }

    private static SimResponse cloudflare() {
        String html = """
                <!DOCTYPE html>
                <html lang="en-US">
                <head>
                <title>%s</title>
                <meta charset="UTF-8" />
                </head>
                <body>
                <div id="cf-wrapper">
                <h1>Sorry, you have been blocked</h1>
                <h2>You are unable to access libreview.io</h2>
                <p>This website is using a security service to protect itself from online attacks.</p>
                <p>Cloudflare Ray ID: <strong>8f1d2c3b4a5e6f70</strong></p>
                </div>
                </body>
                </html>
                """.formatted(CLOUDFLARE_TITLE);
        return SimResponse.text(403, "text/html; charset=UTF-8", html).withHeader("Server", "cloudflare")
                .withHeader("CF-RAY", "8f1d2c3b4a5e6f70-FRA");
    }
}
