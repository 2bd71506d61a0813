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

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code General/AuthenticatePublisherAccount} and {@code General/LoginPublisherAccountById}. Callers hold the
 * simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomLogin {

    static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final DexcomSimulation simulation;
    private final DexcomSessions sessions;

    DexcomLogin(DexcomSimulation simulation, DexcomSessions sessions) {
        this.simulation = simulation;
        this.sessions = sessions;
    }

    /**
     * Order of checks: body, accountName, password, applicationId (each {@code InvalidArgument}); a name unknown in
     * this region → {@code AccountPasswordInvalid}, exactly like a wrong password; then lock and password.
     */
    SimResponse authenticate(RecordedRequest request) throws Rejection {
        Instant now = now();
        JsonObject body = body(request);
        String accountName = text(body, "accountName");
        if (accountName == null || accountName.isBlank()) {
            throw invalid("accountName", "must not be null or empty", now);
        }
        String password = requirePassword(body, now);
        requireApplicationId(body, request.region(), now);
        DexcomAccount account = simulation.findByName(request.region(), accountName);
        if (account == null) {
            return DexcomErrors.accountPasswordInvalid(now);
        }
        checkPassword(account, password, "AccountName", accountName, now);
        return DexcomResponses.uuid(account.accountId());
    }

    /**
     * Order of checks: body, accountId (a UUID), password, applicationId (each {@code InvalidArgument}); an id unknown
     * in this region → {@code SSO_InternalError}; then lock and password; success issues a new session.
     */
    SimResponse loginById(RecordedRequest request) throws Rejection {
        Instant now = now();
        JsonObject body = body(request);
        String accountId = text(body, "accountId");
        if (accountId == null || !UUID_TEXT.matcher(accountId.trim()).matches()) {
            throw invalid("accountId", "must be a valid UUID", now);
        }
        String password = requirePassword(body, now);
        requireApplicationId(body, request.region(), now);
        DexcomAccount account = simulation.findById(request.region(), accountId);
        if (account == null) {
            return DexcomErrors.cannotAuthenticateById(now);
        }
        checkPassword(account, password, "AccountId", accountId, now);
        return DexcomResponses.uuid(sessions.issue(account, request.region(), now).sessionId());
    }

    /**
     * A locked account refuses even the right password; a wrong one counts towards the lock and is answered the
     * classic way or, when the simulation says so, the SSO way naming {@code by} (AccountName, AccountId) and
     * {@code who}.
     */
    private void checkPassword(DexcomAccount account, String password, String by, String who, Instant now)
            throws Rejection {
        if (account.locked()) {
            throw new Rejection(DexcomErrors.maxAttemptsExceeded(now));
        }
        if (!account.passwordMatches(password)) {
            account.recordFailure(simulation.maxFailedLogins());
            throw new Rejection(simulation.ssoPasswordErrors() ? DexcomErrors.ssoCannotAuthenticate(by, who, now)
                    : DexcomErrors.accountPasswordInvalid(now));
        }
        account.recordSuccess();
    }

    private static String requirePassword(JsonObject body, Instant now) throws Rejection {
        String password = text(body, "password");
        if (password == null || password.isEmpty()) {
            throw invalid("password", "must not be null or empty", now);
        }
        return password;
    }

    private static void requireApplicationId(JsonObject body, String region, Instant now) throws Rejection {
        String applicationId = text(body, "applicationId");
        String expected = DexcomRegions.applicationId(region);
        if (applicationId == null || !expected.equalsIgnoreCase(applicationId.trim())) {
            throw invalid("applicationId", "is not an application registered for this service", now);
        }
    }

    /** Only JSON bodies are read (415 otherwise); one that is not a JSON object is a bad request (400). */
    private static JsonObject body(RecordedRequest request) throws Rejection {
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(DexcomResponses.JSON)) {
            throw new Rejection(SimResponse.empty(415));
        }
        try {
            JsonElement json = JsonParser.parseString(request.body());
            if (json.isJsonObject()) {
                return json.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            // falls through to the bad request below
        }
        throw new Rejection(SimResponse.empty(400));
    }

    /** A string or number field as text; null when missing, null or structured. */
    private static @Nullable String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }

    private static Rejection invalid(String argument, String problem, Instant now) {
        return new Rejection(DexcomErrors.invalidArgument(argument, problem, now));
    }

    private Instant now() {
        return simulation.clock().instant();
    }
}
