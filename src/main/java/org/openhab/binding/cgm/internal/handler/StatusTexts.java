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
package org.openhab.binding.cgm.internal.handler;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.core.thing.ThingStatusDetail;

/**
 * Words for a failed poll: the status detail and a translatable {@code @text/} description that tells the user what
 * happened and what to do, with the local time of the next attempt.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class StatusTexts {

    /** A status detail with its description. */
    public record Offline(ThingStatusDetail detail, String description) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;
    private final ZoneId zone;

    public StatusTexts(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param badCredentialsKey the vendor's own key for refused credentials, as each vendor has its own pitfall
     */
    public Offline forFailure(CloudException failure, @Nullable Instant nextAttempt, String badCredentialsKey) {
        String next = nextAttempt != null ? localTime(nextAttempt) : "";
        String reason = failure.getMessage() != null ? failure.getMessage() : failure.kind().name();
        return switch (failure.kind()) {
            case BAD_CREDENTIALS -> config(badCredentialsKey);
            case ACCOUNT_LOCKED -> config("offline.config-error.account-locked");
            case INVALID_CONFIGURATION -> config("offline.config-error.invalid", reason);
            case CLIENT_REJECTED -> {
                String minimum = failure.detail();
                yield minimum != null ? config("offline.config-error.version-floor", minimum)
                        : config("offline.config-error.client-rejected", reason);
            }
            case USER_ACTION_REQUIRED -> config(stepKey(failure.detail()), next);
            case LOCKED_OUT -> comm("offline.comm-error.locked", next);
            case RATE_LIMITED -> comm("offline.comm-error.rate-limited", reason, next);
            case LOGIN_BUDGET -> comm("offline.comm-error.login-budget", next);
            case BLOCKED -> comm("offline.comm-error.blocked", next);
            case MAINTENANCE -> comm("offline.comm-error.maintenance", next);
            case SERVER_ERROR -> comm("offline.comm-error.server-error", reason, next);
            case NETWORK -> comm("offline.comm-error.network", reason, next);
            case SESSION_EXPIRED -> comm("offline.comm-error.session", next);
            case REGION_LOOP -> config("offline.config-error.region-loop");
            case REDIRECTED -> comm("offline.comm-error.redirect", reason, next);
            case FORBIDDEN -> comm("offline.comm-error.forbidden", next);
            case API_GONE -> comm("offline.comm-error.api-gone", next);
            case DUPLICATE_ACCOUNT ->
                config("offline.config-error.duplicate-account", String.valueOf(failure.detail()), next);
            case BAD_RESPONSE, PATIENT_NOT_FOUND -> comm("offline.comm-error.bad-response", reason, next);
        };
    }

    /** A configuration error the binding found itself, before any call. */
    public static Offline config(String key, String... arguments) {
        return new Offline(ThingStatusDetail.CONFIGURATION_ERROR, text(key, arguments));
    }

    private static Offline comm(String key, String... arguments) {
        return new Offline(ThingStatusDetail.COMMUNICATION_ERROR, text(key, arguments));
    }

    /** {@code @text/key ["a", "b"]}, the form openHAB translates; quotes in arguments would break it. */
    static String text(String key, String... arguments) {
        if (arguments.length == 0) {
            return "@text/" + key;
        }
        return "@text/" + key + " " + Arrays.stream(arguments).map(a -> "\"" + a.replace('"', '\'') + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String stepKey(@Nullable String step) {
        if ("tou".equals(step)) {
            return "offline.config-error.step-terms";
        } else if ("tou-app".equals(step)) {
            return "offline.config-error.step-terms-app";
        } else if ("pp-app".equals(step)) {
            return "offline.config-error.step-privacy-app";
        } else if ("pp".equals(step)) {
            return "offline.config-error.step-privacy";
        } else if ("verifyEmail".equals(step)) {
            return "offline.config-error.step-verify-email";
        }
        return "offline.config-error.step-other";
    }

    /** "14:05" today, "2026-11-22 09:30" on another day, in the openHAB time zone. */
    String localTime(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(zone)));
        return (today ? TIME : DATE_TIME).format(local);
    }
}
