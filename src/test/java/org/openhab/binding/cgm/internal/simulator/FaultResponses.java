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
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The faults every vendor shows alike, as both services sit behind Cloudflare: bare HTTP status (with
 * {@code Retry-After}), the HTML block page, a truncated body, a slow answer and a reset connection. Bodies follow
 * observed LibreLinkUp/Cloudflare answers where known; the vendor classes render their own faults and wrap truncated
 * bodies in their JSON.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultResponses {

    static final String CLOUDFLARE_TITLE = "Attention Required! | Cloudflare";
    /** Length of the opaque text body of the observed HTTP 476. */
    static final int OPAQUE_BODY_LENGTH = 1067;

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private FaultResponses() {
    }

    /**
     * The answer to a request that drew {@code fault} (null: none). Slow and truncated wrap the normal answer, a
     * connection reset answers nothing, every other fault replaces the answer, so the normal answer is only produced
     * when needed.
     *
     * @param truncate the vendor's way of cutting the normal answer
     * @param render the vendor's answer for every other fault
     */
    static SimResponse apply(@Nullable Fault fault, ReleaseSignal releaseSignal, Supplier<SimResponse> normal,
            UnaryOperator<SimResponse> truncate, Function<Fault, SimResponse> render) {
        if (fault instanceof Fault.SlowResponse slow) {
            // waits outside the simulation lock so other requests go on meanwhile
            releaseSignal.hold(slow.delay());
            return normal.get();
        } else if (fault instanceof Fault.TruncatedJson) {
            return truncate.apply(normal.get());
        } else if (fault instanceof Fault.Rewrite rewrite) {
            SimResponse answer = normal.get();
            return new SimResponse(answer.status(), answer.contentType(), answer.headers(),
                    rewrite.body().apply(answer.bodyText()).getBytes(StandardCharsets.UTF_8));
        } else if (fault instanceof Fault.Redirect redirect) {
            return SimResponse.empty(redirect.status()).withHeader("Location", redirect.location());
        } else if (fault instanceof Fault.Canned canned) {
            return new SimResponse(canned.status(), canned.contentType(), Map.of(),
                    canned.body().getBytes(StandardCharsets.UTF_8));
        } else if (fault instanceof Fault.ConnectionReset) {
            // the same for every vendor: no bytes at all, so nothing vendor-specific to render
            return SimResponse.connectionReset();
        } else if (fault != null) {
            return render.apply(fault);
        }
        return normal.get();
    }

    /** The first half of the normal body; of {@code fallback} instead when the normal answer has (almost) none. */
    static byte[] firstHalf(SimResponse normal, byte[] fallback) {
        byte[] body = normal.body().length >= 2 ? normal.body() : fallback;
        return Arrays.copyOf(body, body.length / 2);
    }

    /** 476 gets an opaque text body, other 4xx an empty body, 5xx a short text body; plus Retry-After if given. */
    static SimResponse httpError(Fault.HttpError error) {
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

    /**
     * HTTP 403 with Cloudflare's "Attention Required!" block page naming {@code host}.
     *
     * @param rayId the Ray ID shown on the page
     * @param colo the data centre code that follows the Ray ID in the {@code CF-RAY} header
     */
    static SimResponse cloudflare(String host, String rayId, String colo) {
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
                <h2>You are unable to access %s</h2>
                <p>This website is using a security service to protect itself from online attacks.</p>
                <p>Cloudflare Ray ID: <strong>%s</strong></p>
                </div>
                </body>
                </html>
                """.formatted(CLOUDFLARE_TITLE, host, rayId);
        return SimResponse.text(403, "text/html; charset=UTF-8", html).withHeader("Server", "cloudflare")
                .withHeader("CF-RAY", rayId + "-" + colo);
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
}
