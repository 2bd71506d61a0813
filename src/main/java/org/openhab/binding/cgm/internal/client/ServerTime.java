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
import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * The cloud's own time, from the {@code Date} header of its answers. Readings are judged against it rather than the
 * host clock, so that a host clock that jumped (NTP, a resumed VM, a user) neither lets a future reading through nor
 * holds genuine ones back.
 * <p>
 * An answer without a Date header (a proxy can drop it) does not leave the host clock alone to judge by: elapsed
 * (monotonic) time since the last trusted instant tells a jump of the host clock from time passing. While both agree,
 * the host clock is followed; once they part, the readings of the answer decide ({@link #settle}): the earlier of the
 * two times under which the newest reading is not in the future wins, which keeps the true time after the host clock
 * was set back or forward, and adopts the host clock when it was the elapsed timeline that started wrong.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ServerTime {

    /** A Date header further than this from the host clock is not believed: the host clock is the reference then. */
    public static final Duration MAX_BELIEVED_OFFSET = Duration.ofHours(48);

    /**
     * A Date header names whole seconds: an offset within this is its rounding, not a clock that is wrong, and
     * following it would move every planned poll back and forth by up to a second. Within it, too, the host clock and
     * elapsed time agree (NTP slews far less).
     */
    static final Duration DATE_RESOLUTION = Duration.ofSeconds(2);

    /** The last instant we trust and the elapsed-time reading taken with it. */
    private record Anchor(Instant wall, long nanos) {
        Instant at(long now) {
            return wall.plusNanos(now - nanos);
        }
    }

    private final Clock clock;
    private final LongSupplier elapsed;
    private volatile Duration offset = Duration.ZERO;
    private volatile @Nullable Anchor anchor;
    /** True when the last answer named no believable time and the host clock parted from elapsed time. */
    private volatile boolean undecided;

    /** With elapsed time from {@link System#nanoTime()} on the system clock, from {@code clock} itself otherwise. */
    public ServerTime(Clock clock) {
        this(clock, elapsedOf(clock));
    }

    /**
     * @param elapsed monotonic nanoseconds (as {@link System#nanoTime()}): unaffected by the host clock being set
     */
    public ServerTime(Clock clock, LongSupplier elapsed) {
        this.clock = clock;
        this.elapsed = elapsed;
    }

    /** The host's monotonic time for the system clock; a clock of its own (a test's) measures elapsed time too. */
    public static LongSupplier elapsedOf(Clock clock) {
        if (clock.getClass().equals(Clock.systemUTC().getClass())) {
            return System::nanoTime;
        }
        return () -> clock.millis() * 1_000_000L;
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
     * Learns the cloud's time from an answer and returns it. Without a believable {@code Date} header: the host's time
     * while it agrees with the time elapsed since the last trusted instant, the elapsed timeline when they part (until
     * {@link #settle} has the readings decide).
     */
    public Instant observe(TransportResponse response) {
        Instant host = clock.instant();
        long now = elapsed.getAsLong();
        Instant date = httpDate(response.header("date"));
        Duration observed = date != null ? Duration.between(host, date) : null;
        if (date != null && observed != null && observed.abs().compareTo(MAX_BELIEVED_OFFSET) <= 0) {
            undecided = false;
            anchor = new Anchor(date, now);
            if (observed.abs().compareTo(DATE_RESOLUTION) < 0) {
                offset = Duration.ZERO;
                return host;
            }
            offset = observed;
            return date;
        }
        Anchor trusted = anchor;
        Instant timeline = trusted != null ? trusted.at(now) : host;
        if (Duration.between(host, timeline).abs().compareTo(DATE_RESOLUTION) < 0) {
            // nothing jumped: follow the host clock, which NTP keeps true over months
            undecided = false;
            anchor = new Anchor(host, now);
            offset = Duration.ZERO;
            return host;
        }
        undecided = true;
        offset = Duration.between(host, timeline);
        return timeline;
    }

    /**
     * The time to judge an answer's readings by: after an answer without a Date header in which the host clock parted
     * from elapsed time, the earlier of the two under which the newest reading is not in the future (by more than
     * {@code maxAhead}); the host clock, once chosen, is trusted from then on. Otherwise {@code reference} as
     * {@link #observe} returned it.
     */
    public Instant settle(Instant reference, List<GlucoseReading> readings, Duration maxAhead) {
        if (!undecided) {
            return reference;
        }
        Instant host = clock.instant();
        Instant timeline = reference;
        // the newest reading either time could accept: one dated beyond both says nothing about either
        Instant latest = (host.isAfter(timeline) ? host : timeline).plus(maxAhead);
        Instant newest = null;
        for (GlucoseReading reading : readings) {
            Instant at = reading.timestamp();
            if (!at.isAfter(latest) && (newest == null || at.isAfter(newest))) {
                newest = at;
            }
        }
        if (newest == null) {
            return reference;
        }
        boolean hostFits = !newest.isAfter(host.plus(maxAhead));
        boolean timelineFits = !newest.isAfter(timeline.plus(maxAhead));
        boolean takeHost = hostFits && (!timelineFits || host.isBefore(timeline));
        if (takeHost) {
            undecided = false;
            anchor = new Anchor(host, elapsed.getAsLong());
            offset = Duration.ZERO;
            return host;
        }
        return timeline;
    }

    /** The cloud's time minus the host's, as of the last answer (and its readings). */
    public Duration offset() {
        return offset;
    }
}
