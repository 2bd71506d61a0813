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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The cloud's own time, from the {@code Date} header of its answers. Readings are judged against it rather than the
 * host clock, so that a host clock that jumped (NTP, a resumed VM) neither lets a future reading through nor holds
 * genuine ones back.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServerTime {

    /** A Date header further than this from the host clock is not believed: the host clock is the reference then. */
    public static final Duration MAX_BELIEVED_OFFSET = Duration.ofHours(48);

    /**
     * A Date header names whole seconds: an offset within this is its rounding, not a clock that is wrong, and
     * following it would move every planned poll back and forth by up to a second.
     */
    static final Duration DATE_RESOLUTION = Duration.ofSeconds(2);

    private final Clock clock;
    private volatile Duration offset = Duration.ZERO;

    public ServerTime(Clock clock) {
        this.clock = clock;
    }

    /** The instant an HTTP date names (RFC 1123), or null when absent or unreadable. */
    public static @Nullable Instant httpDate(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * Learns the cloud's time from an answer and returns it; the host's time when the answer has no believable
     * {@code Date} header.
     */
    public Instant observe(TransportResponse response) {
        Instant host = clock.instant();
        Instant date = httpDate(response.header("date"));
        if (date == null) {
            return host;
        }
        Duration observed = Duration.between(host, date);
        if (observed.abs().compareTo(MAX_BELIEVED_OFFSET) > 0 || observed.abs().compareTo(DATE_RESOLUTION) < 0) {
            offset = Duration.ZERO;
            return host;
        }
        offset = observed;
        return date;
    }

    /** The cloud's time minus the host's, as of the last answer with a believable Date header. */
    public Duration offset() {
        return offset;
    }
}
