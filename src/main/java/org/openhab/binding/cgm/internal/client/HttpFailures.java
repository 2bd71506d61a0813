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
package org.openhab.binding.cgm.internal.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What an HTTP status means whatever the vendor: rate limits, server faults, firewall pages. Vendors read their own
 * error bodies first and leave the rest to this.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class HttpFailures {

    private HttpFailures() {
    }

    /** How long a firewall's HTTP 403 keeps this client out, at the least. */
    public static final Duration FORBIDDEN_WAIT = Duration.ofHours(1);
    /** How long to wait at the least when the API seems gone (404, 410 after a successful login). */
    public static final Duration API_GONE_WAIT = Duration.ofMinutes(30);

    /**
     * An HTTP redirect (never followed: it would carry the password, the token or the session id to the host it names),
     * or a web page from a firewall or proxy instead of the JSON asked for.
     */
    public static void failOnRedirectOrWebPage(TransportResponse response, Clock clock) throws CloudException {
        int status = response.status();
        if (status >= 300 && status < 400) {
            throw new CloudException(FailureKind.REDIRECTED, "HTTP " + status, retryAt(response, clock), null);
        }
        if (response.isHtml()) {
            throw new CloudException(FailureKind.BLOCKED, "HTTP " + status + ": a web page instead of data",
                    retryAt(response, clock), null);
        }
    }

    /** HTTP 403 without anything the vendor reads in it: a temporary block, at least {@link #FORBIDDEN_WAIT}. */
    public static CloudException forbidden(TransportResponse response, Clock clock) {
        return new CloudException(FailureKind.FORBIDDEN, "HTTP 403",
                atLeast(retryAt(response, clock), FORBIDDEN_WAIT, clock), null);
    }

    /** HTTP 404 or 410 on an API path after a successful login: perhaps the API is gone. */
    public static CloudException apiGone(TransportResponse response, Clock clock) {
        return new CloudException(FailureKind.API_GONE, "HTTP " + response.status(),
                atLeast(retryAt(response, clock), API_GONE_WAIT, clock), null);
    }

    private static Instant atLeast(@Nullable Instant serverTime, Duration wait, Clock clock) {
        Instant minimum = clock.instant().plus(wait);
        return serverTime != null && serverTime.isAfter(minimum) ? serverTime : minimum;
    }

    /** Throws for any status that is not a success, after the vendor has read what it knows. */
    public static void failOnStatus(TransportResponse response, Clock clock, String context) throws CloudException {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return;
        }
        Instant retryAt = retryAt(response, clock);
        String message = "HTTP " + status + (context.isEmpty() ? "" : " " + context);
        if (status == 429 || status == 430 || status == 476) {
            // 430 and 476 are not standard: LibreLinkUp's firewall sends them when it throttles a client
            throw new CloudException(FailureKind.RATE_LIMITED, message, retryAt, null);
        }
        if (status >= 500) {
            throw new CloudException(FailureKind.SERVER_ERROR, message, retryAt, null);
        }
        throw new CloudException(FailureKind.BAD_RESPONSE, message);
    }

    /** The Retry-After header as an instant, or null. */
    public static @Nullable Instant retryAt(TransportResponse response, Clock clock) {
        return RetryAfter.parse(response.header("retry-after"), response.header("date"), clock);
    }
}
