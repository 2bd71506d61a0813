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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The cloud's clock as its Date header tells it: believed when it differs from the host's by more than the header's
 * one-second rounding, and by less than two days.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ServerTimeTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00.700Z"));
    private final ServerTime serverTime = new ServerTime(clock);

    private Instant observe(Instant date) {
        String header = DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(ZoneOffset.UTC));
        return serverTime.observe(new TransportResponse(200, Map.of("date", header), "{}"));
    }

    @Test
    void theRoundingOfTheDateHeaderIsNoOffset() {
        // the header says 08:00:00 while the host is at 08:00:00.700: rounding, not a wrong clock
        assertEquals(clock.instant(), observe(clock.instant()));
        assertEquals(Duration.ZERO, serverTime.offset());
        observe(clock.instant().plusSeconds(1));
        assertEquals(Duration.ZERO, serverTime.offset());
    }

    @Test
    void aHostClockThatJumpedIsCorrectedByTheDateHeader() {
        Instant cloud = clock.instant();
        clock.advance(Duration.ofHours(-1));
        assertEquals(cloud.minusMillis(700), observe(cloud));
        assertEquals(Duration.ofHours(1).minusMillis(700), serverTime.offset());
    }

    @Test
    void aDateHeaderDaysAwayIsNotBelieved() {
        observe(clock.instant().plus(Duration.ofDays(3)));
        assertEquals(Duration.ZERO, serverTime.offset());
    }

    @Test
    void withoutDateHeaderTheReadingsTellWhetherTheHostClockOrElapsedTimeStartedWrong() {
        AtomicLong elapsed = new AtomicLong();
        ServerTime time = new ServerTime(clock, elapsed::get);
        TransportResponse noDate = new TransportResponse(200, Map.of(), "{}");
        Instant start = clock.instant();
        assertEquals(start, time.observe(noDate));
        // the host clock was wrong when the binding started and NTP set it 2 hours forward; no time passed
        clock.advance(Duration.ofHours(2));
        assertEquals(start, time.observe(noDate), "until the readings tell, elapsed time says no time passed");
        GlucoseReading fresh = new GlucoseReading(clock.instant().minusSeconds(60), 100, null, Trend.FLAT, null, false,
                false);
        assertEquals(clock.instant(), time.settle(start, List.of(fresh), ReadingPlausibility.MAX_AHEAD),
                "a reading two hours ahead of elapsed time: the host clock was right");
        assertEquals(Duration.ZERO, time.offset());
        elapsed.addAndGet(Duration.ofMinutes(1).toNanos());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(clock.instant(), time.observe(noDate), "and is followed from then on");
    }
}
