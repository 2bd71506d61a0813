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

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code POST /llu/auth/login} and {@code POST /auth/continue/{type}}: lockout, credentials, region redirect, terms
 * steps, session token. Callers hold the simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluLogin {

    static final String CONTINUE_PREFIX = "/auth/continue/";

    private final LibreLinkUpSimulation simulation;
    private final LluGate gate;
    private final LluTokens tokens;
    private final LoginLockout lockout = new LoginLockout();

    private record Credentials(String email, String password) {
    }

    LluLogin(LibreLinkUpSimulation simulation, LluGate gate, LluTokens tokens) {
        this.simulation = simulation;
        this.gate = gate;
        this.tokens = tokens;
    }

    /**
     * Order of checks: headers (920 / 403), lockout (even the right password is refused while locked), credentials
     * (status 2, counted towards the lockout), home region (redirect), pending terms (status 4), success.
     */
    SimResponse login(RecordedRequest request) throws Rejection {
        gate.checkLoginHeaders(request);
        Credentials credentials = credentials(request.body());
        Instant now = simulation.clock().instant();
        if (lockout.isLocked(credentials.email(), now)) {
            return LluJson.lockedOut();
        }
        LluAccount account = simulation.findAccount(credentials.email());
        if (account == null || !account.passwordMatches(credentials.password())) {
            lockout.recordFailure(credentials.email(), now);
            return LluJson.incorrectCredentials();
        }
        lockout.recordSuccess(credentials.email());
        if (!account.region().equals(request.region())) {
            return LluJson.redirect(account.region());
        }
        return stepOrSession(account, LluGate.product(request), now);
    }

    /** Accepts one pending step with its step token; answers with the next step or a normal login success. */
    SimResponse continueStep(RecordedRequest request) throws Rejection {
        LluTokens.Issued stepToken = gate.authenticateStep(request);
        LluAccount account = stepToken.account();
        String type = request.path().substring(CONTINUE_PREFIX.length());
        if (!account.acceptStep(type)) {
            return LluJson.badRequest();
        }
        return stepOrSession(account, LluGate.product(request), simulation.clock().instant());
    }

    private SimResponse stepOrSession(LluAccount account, String product, Instant now) {
        String step = account.nextStep();
        if (step != null) {
            return LluJson.termsStep(account, step, tokens.issue(account, product, now, LluTokens.STEP, true), now);
        }
        LluFixtures fixtures = simulation.fixtures();
        if (fixtures != null) {
            return SimResponse.jsonBytes(200, fixtures.login);
        }
        return LluJson.loginSuccess(account, tokens.issue(account, product, now, LluTokens.SESSION, false), now);
    }

    /** Missing fields count as wrong credentials; a body that is not a JSON object is a bad request. */
    private static Credentials credentials(String body) throws Rejection {
        try {
            JsonElement json = JsonParser.parseString(body);
            if (!json.isJsonObject()) {
                throw new Rejection(LluJson.badRequest());
            }
            JsonObject object = json.getAsJsonObject();
            return new Credentials(text(object, "email"), text(object, "password"));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new Rejection(LluJson.badRequest());
        }
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
