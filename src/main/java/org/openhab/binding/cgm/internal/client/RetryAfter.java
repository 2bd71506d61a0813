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
 * Reads how long a server asks us to wait ({@code Retry-After}, lockout times), capped at {@link #MAX_WAIT}: the
 * longest genuine wait seen is 18.2 hours (an HTTP 476), and a larger one is a glitch that must not stop polling for
 * years nor overflow.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RetryAfter {

    /** The longest wait a server may impose. */
    public static final Duration MAX_WAIT = Duration.ofHours(24);

    private RetryAfter() {
    }

    /** The instant the header names, capped, or null when it is absent or unreadable. */
    public static @Nullable Instant parse(@Nullable String header, Clock clock) {
        return parse(header, null, clock);
    }

    /**
     * @param serverDate the Date header of the same answer: an HTTP date is read relative to it, so that a host clock
     *            that is off does not stretch or shorten the wait
     */
    public static @Nullable Instant parse(@Nullable String header, @Nullable String serverDate, Clock clock) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        Instant now = clock.instant();
        if (value.chars().allMatch(Character::isDigit)) {
            // digits only: seconds, however many (too many for a long is simply a very long wait)
            long seconds;
            try {
                seconds = Long.parseLong(value);
            } catch (NumberFormatException e) {
                seconds = Long.MAX_VALUE;
            }
            return after(now, seconds);
        }
        Instant date = ServerTime.httpDate(value);
        if (date == null) {
            return null;
        }
        Instant reference = ServerTime.httpDate(serverDate);
        Duration wait = Duration.between(reference != null ? reference : now, date);
        return wait.isNegative() ? now : now.plus(min(wait));
    }

    /** {@code seconds} after {@code now}, capped at {@link #MAX_WAIT}; null for a negative number. */
    public static @Nullable Instant after(Instant now, long seconds) {
        if (seconds < 0) {
            return null;
        }
        return now.plus(min(Duration.ofSeconds(Math.min(seconds, MAX_WAIT.toSeconds()))));
    }

    /** A server-named instant no further than {@link #MAX_WAIT} from now. */
    public static @Nullable Instant capped(@Nullable Instant instant, Clock clock) {
        Instant limit = clock.instant().plus(MAX_WAIT);
        return instant != null && instant.isAfter(limit) ? limit : instant;
    }

    private static Duration min(Duration wait) {
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }
}
