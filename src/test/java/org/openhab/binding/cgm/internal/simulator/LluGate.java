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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Header and token checks in front of the LibreLinkUp endpoints. Callers hold the simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluGate {

    static final Set<String> PRODUCTS = Set.of("llu.android", "llu.ios");
    static final String DEFAULT_PRODUCT = "llu.android";

    private static final String BEARER = "bearer ";

    private final LibreLinkUpSimulation simulation;
    private final LluTokens tokens;

    LluGate(LibreLinkUpSimulation simulation, LluTokens tokens) {
        this.simulation = simulation;
        this.tokens = tokens;
    }

    /** Login needs a version at or above the floor (else 920) and a known product (else a bare 403). */
    void checkLoginHeaders(RecordedRequest request) throws Rejection {
        checkVersion(request.header("version"));
        String product = request.header("product");
        if (product == null || !PRODUCTS.contains(product)) {
            throw new Rejection(SimResponse.empty(403));
        }
    }

    /**
     * Checks for {@code /llu/...} calls, in this order: a version below the floor (only if sent) → 920; missing
     * {@code Account-Id} when the version is 4.11+ or not sent → 400; bad bearer token → 401; {@code Account-Id}
     * not the SHA-256 of the token's user id → 401.
     */
    LluPrincipal authenticate(RecordedRequest request) throws Rejection {
        String accountId = checkVersionAndAccountIdPresence(request);
        LluPrincipal principal = principal(bearerToken(request), request.region());
        if (principal == null) {
            throw new Rejection(LluJson.invalidJwt());
        }
        checkAccountId(accountId, principal.userId());
        return principal;
    }

    /** Checks for {@code /auth/continue/{type}}: only a live terms-step token of this host will do. */
    LluTokens.Issued authenticateStep(RecordedRequest request) throws Rejection {
        String version = request.header("version");
        if (version != null) {
            checkVersion(version);
        }
        String token = bearerToken(request);
        LluTokens.Issued issued = token == null ? null : tokens.find(token);
        if (issued == null || !issued.step() || !issued.validAt(now()) || !issued.region().equals(request.region())) {
            throw new Rejection(LluJson.invalidJwt());
        }
        String accountId = request.header("account-id");
        if (accountId != null && !accountId.isEmpty()) {
            checkAccountId(accountId, issued.account().userId());
        }
        return issued;
    }

    static String product(RecordedRequest request) {
        String product = request.header("product");
        return product != null && PRODUCTS.contains(product) ? product : DEFAULT_PRODUCT;
    }

    private @Nullable String checkVersionAndAccountIdPresence(RecordedRequest request) throws Rejection {
        String version = request.header("version");
        if (version != null) {
            checkVersion(version);
        }
        String accountId = request.header("account-id");
        boolean required = version == null || LluVersion.atLeast(version, LluVersion.ACCOUNT_ID_SINCE);
        if (required && (accountId == null || accountId.isEmpty())) {
            throw new Rejection(LluJson.requiredHeaderMissing());
        }
        return accountId;
    }

    private void checkVersion(@Nullable String version) throws Rejection {
        String floor = simulation.minimumVersion();
        if (!LluVersion.atLeast(version, floor)) {
            throw new Rejection(LluJson.versionTooLow(floor));
        }
    }

    private static void checkAccountId(@Nullable String accountId, String userId) throws Rejection {
        if (accountId != null && !accountId.isEmpty() && !accountId.equals(LluAccount.sha256Hex(userId))) {
            throw new Rejection(LluJson.accountIdMismatch());
        }
    }

    private @Nullable LluPrincipal principal(@Nullable String token, String region) {
        if (token == null) {
            return null;
        }
        LluFixtures fixtures = simulation.fixtures();
        if (fixtures != null && fixtures.tokens.contains(token)) {
            // the capture's tokens expired in 2022; in fixture mode they are accepted regardless
            LluAccount captureAccount = simulation.findAccount(fixtures.email);
            String home = captureAccount != null ? captureAccount.region() : LluFixtures.CAPTURE_REGION;
            return home.equals(region) ? new LluPrincipal(fixtures.userId, captureAccount) : null;
        }
        LluTokens.Issued issued = tokens.find(token);
        if (issued == null || issued.step() || !issued.validAt(now()) || !issued.region().equals(region)) {
            return null;
        }
        return new LluPrincipal(issued.account().userId(), issued.account());
    }

    private static @Nullable String bearerToken(RecordedRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private Instant now() {
        return simulation.clock().instant();
    }
}
