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
package org.openhab.binding.cgm.internal.client.librelinkup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.client.ServerTime;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.client.TransportRequest;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluEnvelope;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluLoginData;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluTicket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * The LibreLinkUp login: the password post, the regional redirect, the pending steps the user let the binding
 * accept, and the session the final answer opens. Apart from {@link LibreLinkUpClient}, which keeps the session and
 * the reads, because the login is the one exchange that spends the login budget and sends the password.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LibreLinkUpLogin {

    /** A redirect names the account's home region; a second one would mean the cloud contradicts itself. */
    private static final int MAX_REDIRECTS = 2;
    /** Terms of use, then privacy policy: the steps a user may let the binding accept. Never e-mail verification. */
    private static final Set<String> ACCEPTABLE_STEPS = Set.of("tou", "pp");
    private static final int MAX_STEPS = 3;
    /** Marks an acceptable step that only the app can accept: the binding was allowed to but had no way. */
    private static final String APP_ONLY = "-app";

    /** Tickets last about 6 months; a longer life is a glitch, and a missing one an hour of trying. */
    private static final Duration MAX_TICKET_LIFE = Duration.ofDays(400);
    private static final Duration DEFAULT_TICKET_LIFE = Duration.ofHours(1);

    private static final String LOGIN = "/llu/auth/login";
    /** Not under /llu: the step acceptance lives beside the app's own account pages. */
    private static final String CONTINUE = "/auth/continue/";

    /** The client's headers for a request without a session: they carry the app version of the moment. */
    @FunctionalInterface
    interface Headers {
        Map<String, String> anonymous();
    }

    /** The client's address of a path on a region's host. */
    @FunctionalInterface
    interface Address {
        URI of(String region, String path);
    }

    private final Logger logger = LoggerFactory.getLogger(LibreLinkUpLogin.class);
    private final Transport transport;
    private final Clock clock;
    private final LibreLinkUpSettings settings;
    private final Gson gson;
    private final ServerTime serverTime;
    private final LibreLinkUpResponseReader reader;
    private final Headers headers;
    private final Address uri;

    LibreLinkUpLogin(Transport transport, Clock clock, LibreLinkUpSettings settings, Gson gson, ServerTime serverTime,
            LibreLinkUpResponseReader reader, Headers headers, Address uri) {
        this.transport = transport;
        this.clock = clock;
        this.settings = settings;
        this.gson = gson;
        this.serverTime = serverTime;
        this.reader = reader;
        this.headers = headers;
        this.uri = uri;
    }

    /**
     * Logs in, following LibreLinkUp's own regional redirect (a JSON answer, not HTTP): every password post asks the
     * permit first, so a redirect costs the login budget like any login. A redirect back to a region already tried is a
     * loop that only a configured region can end.
     *
     * @param redirected told each region the cloud redirects to, at once, so that the next login goes there too
     */
    LibreLinkUpSession logIn(String startRegion, LoginPermit permit, Consumer<String> redirected)
            throws CloudException {
        String region = startRegion;
        Set<String> tried = new HashSet<>();
        tried.add(region);
        LluEnvelope envelope = login(region, permit);
        for (int redirects = 0, steps = 0;;) {
            switch (envelope.status) {
                case LibreLinkUpResponseReader.STATUS_OK -> {
                    LluLoginData data = reader.data(envelope, LluLoginData.class);
                    if (Boolean.TRUE.equals(data.redirect)) {
                        String target = data.region;
                        if (!LibreLinkUpHosts.isPlausible(target)) {
                            throw new CloudException(FailureKind.BAD_RESPONSE, "unusable regional redirect");
                        }
                        target = target.toLowerCase(Locale.ROOT);
                        if (!tried.add(target)) {
                            throw new CloudException(FailureKind.REGION_LOOP, "regional redirects go in a circle");
                        }
                        if (++redirects > MAX_REDIRECTS) {
                            throw new CloudException(FailureKind.BAD_RESPONSE, "unusable regional redirect");
                        }
                        logger.debug("LibreLinkUp redirects the account from region {} to {}", region, target);
                        region = target;
                        redirected.accept(target);
                        envelope = login(region, permit);
                        continue;
                    }
                    LibreLinkUpSession opened = newSession(data, region);
                    logger.debug("Logged in to LibreLinkUp region {}", region);
                    return opened;
                }
                case LibreLinkUpResponseReader.STATUS_BAD_CREDENTIALS ->
                    throw new CloudException(FailureKind.BAD_CREDENTIALS, "e-mail or password refused");
                case LibreLinkUpResponseReader.STATUS_STEP_OR_NOT_FOUND -> {
                    LluLoginData data = reader.data(envelope, LluLoginData.class);
                    String step = data.step != null && data.step.type != null ? data.step.type : "unknown";
                    String stepToken = stepToken(data);
                    if (!settings.acceptTerms() || !ACCEPTABLE_STEPS.contains(step) || stepToken == null
                            || ++steps > MAX_STEPS) {
                        // a step without its own ticket cannot be accepted here: the app must do it, and with
                        // acceptTerms on, the status must not ask to turn it on ("tou-app", "pp-app")
                        boolean allowed = settings.acceptTerms() && ACCEPTABLE_STEPS.contains(step);
                        throw new CloudException(FailureKind.USER_ACTION_REQUIRED, "pending step", null,
                                ACCEPTABLE_STEPS.contains(step) || "verifyEmail".equals(step)
                                        ? (allowed ? step + APP_ONLY : step)
                                        : "other");
                    }
                    logger.debug("Accepting the pending LibreLinkUp step {} as configured", step);
                    envelope = continueStep(region, step, stepToken);
                }
                default -> throw new CloudException(FailureKind.BAD_RESPONSE, "unexpected login status");
            }
        }
    }

    /** A step's own ticket: all it takes to accept the step. Its answer names no user id, the final login does. */
    private static @Nullable String stepToken(LluLoginData data) {
        LluTicket ticket = data.authTicket;
        return ticket != null && ticket.token != null && !ticket.token.isBlank() ? ticket.token : null;
    }

    private LluEnvelope login(String region, LoginPermit permit) throws CloudException {
        permit.spend();
        return readLoginAnswer(TransportRequest.post(uri.of(region, LOGIN), headers.anonymous(), loginBody()));
    }

    /** Accepts a terms-of-use or privacy-policy step with its short-lived step token. */
    private LluEnvelope continueStep(String region, String step, String stepToken) throws CloudException {
        Map<String, String> stepHeaders = headers.anonymous();
        stepHeaders.put("Authorization", "Bearer " + stepToken);
        return readLoginAnswer(TransportRequest.post(uri.of(region, CONTINUE + step), stepHeaders, "{}"));
    }

    private LluEnvelope readLoginAnswer(TransportRequest request) throws CloudException {
        try {
            TransportResponse response = transport.execute(request);
            serverTime.observe(response);
            return reader.read(response, false, LluLoginData.class);
        } catch (CloudException e) {
            if (e.kind() == FailureKind.SESSION_EXPIRED) {
                // no session exists yet: a 401 here is the cloud failing, not our token
                throw new CloudException(FailureKind.BAD_RESPONSE, "login answered HTTP 401");
            }
            throw e;
        }
    }

    private LibreLinkUpSession newSession(LluLoginData data, String region) throws CloudException {
        String token = stepToken(data);
        String userId = data.user != null ? data.user.id : null;
        if (token == null || userId == null || userId.isBlank()) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "login answer without user or ticket");
        }
        LluTicket ticket = data.authTicket;
        Instant expires = ticket != null ? expiry(ticket.expires, clock) : null;
        if (expires == null) {
            Long duration = ticket != null ? ticket.duration : null;
            long millis = duration != null && duration > 0 ? Math.min(duration, MAX_TICKET_LIFE.toMillis())
                    : DEFAULT_TICKET_LIFE.toMillis();
            expires = clock.instant().plusMillis(millis);
        }
        return new LibreLinkUpSession(token, expires, sha256Hex(userId), region);
    }

    /** A ticket's expiry in epoch seconds, or null when absent or beyond any ticket's life. */
    static @Nullable Instant expiry(@Nullable Long seconds, Clock clock) {
        if (seconds == null || seconds <= 0) {
            return null;
        }
        Instant latest = clock.instant().plus(MAX_TICKET_LIFE);
        return seconds > latest.getEpochSecond() ? latest : Instant.ofEpochSecond(seconds);
    }

    private String loginBody() {
        JsonObject body = new JsonObject();
        body.addProperty("email", settings.email());
        body.addProperty("password", settings.password());
        return gson.toJson(body);
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
