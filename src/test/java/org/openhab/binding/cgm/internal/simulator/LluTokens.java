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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Issues and remembers JWT-shaped tokens. Each token is a new string (random signature); old ones stay valid until
 * they expire by the simulator clock. Not thread-safe; the simulation lock guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluTokens {

    /** Session token lifetime, {@code duration} 15552000000 ms = 180 days. */
    static final Duration SESSION = Duration.ofMillis(15_552_000_000L);
    /** Terms-step token lifetime, {@code duration} 3600000 ms. */
    static final Duration STEP = Duration.ofMillis(3_600_000L);

    private static final String JWT_HEADER = base64(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));

    private final Map<String, Issued> tokens = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * One issued token.
     *
     * @param region the only host where it is accepted
     * @param step true for the short token of a terms step, usable only on {@code /auth/continue}
     */
    record Issued(String token, LluAccount account, String region, Instant expires, Duration lifetime, boolean step) {

        boolean validAt(Instant now) {
            return now.isBefore(expires);
        }

        /** {@code {"token","expires","duration"}} as in {@code authTicket} and {@code ticket}. */
        JsonObject toTicketJson() {
            JsonObject ticket = new JsonObject();
            ticket.addProperty("token", token);
            ticket.addProperty("expires", expires.getEpochSecond());
            ticket.addProperty("duration", lifetime.toMillis());
            return ticket;
        }
    }

    Issued issue(LluAccount account, String product, Instant now, Duration lifetime, boolean step) {
        Instant expires = Instant.ofEpochSecond(now.getEpochSecond() + lifetime.toSeconds());
        String token = JWT_HEADER + "." + base64(utf8(payload(account, product, expires).toString())) + "."
                + base64(randomBytes());
        Issued issued = new Issued(token, account, account.region(), expires, lifetime, step);
        tokens.put(token, issued);
        return issued;
    }

    @Nullable
    Issued find(String token) {
        return tokens.get(token);
    }

    private static JsonObject payload(LluAccount account, String product, Instant expires) {
        JsonObject payload = new JsonObject();
        payload.addProperty("id", account.userId());
        payload.addProperty("firstName", account.firstName());
        payload.addProperty("lastName", account.lastName());
        payload.addProperty("country", account.country());
        payload.addProperty("region", account.region());
        payload.addProperty("role", "user");
        payload.addProperty("units", 1);
        payload.add("practices", new JsonArray());
        payload.addProperty("c", 1);
        payload.addProperty("s", product);
        payload.addProperty("exp", expires.getEpochSecond());
        return payload;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
