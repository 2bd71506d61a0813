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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The simulated phones' upload delays.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class UploadDelaysTest {

    private static final Instant START = Instant.parse("2026-11-21T00:00:07Z");

    @Test
    void immediateMeansVisibleWhenTaken() {
        assertEquals(START, UploadDelays.IMMEDIATE.visibleAt(START));
    }

    @Test
    void aSteadyPhoneStaysWithinItsJitterAndRepeatsItself() {
        UploadDelays phone = UploadDelays.steady(7, Duration.ofSeconds(25), Duration.ofSeconds(5));
        long distinct = 0;
        long previous = -1;
        for (int i = 0; i < 500; i++) {
            Instant taken = START.plusSeconds(60L * i);
            long delay = Duration.between(taken, phone.visibleAt(taken)).toMillis();
            assertTrue(delay >= 20_000 && delay <= 30_000, "delay " + delay);
            assertEquals(phone.visibleAt(taken),
                    UploadDelays.steady(7, Duration.ofSeconds(25), Duration.ofSeconds(5)).visibleAt(taken));
            distinct += delay != previous ? 1 : 0;
            previous = delay;
        }
        assertTrue(distinct > 400, "jitter varies from reading to reading");
    }

    @Test
    void aJitteryPhoneHasItsMedianAndALongTail() {
        UploadDelays phone = UploadDelays.lognormal(8, Duration.ofSeconds(30), 0.35);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            Instant taken = START.plusSeconds(60L * i);
            delays.add(Duration.between(taken, phone.visibleAt(taken)).toMillis());
            assertEquals(phone.visibleAt(taken),
                    UploadDelays.lognormal(8, Duration.ofSeconds(30), 0.35).visibleAt(taken));
        }
        Collections.sort(delays);
        long median = delays.get(2000);
        assertTrue(median > 28_500 && median < 31_500, "median " + median);
        // exp(1.645 * 0.35) = 1.78: one reading in twenty beyond 53 s
        long beyond = delays.stream().filter(delay -> delay > 53_400).count();
        assertTrue(beyond > 140 && beyond < 260, beyond + " of 4000 beyond 53 s");
        assertTrue(delays.get(0) > 5_000, "none before the phone could upload: " + delays.get(0));
    }

    @Test
    void aDriftMovesTheBaseLinearly() {
        UploadDelays phone = UploadDelays.steady(1, Duration.ofSeconds(20), Duration.ZERO).drifting(START,
                START.plus(Duration.ofHours(1)), Duration.ofSeconds(50));
        assertEquals(START.plusSeconds(20), phone.visibleAt(START));
        Instant half = START.plus(Duration.ofMinutes(30));
        assertEquals(half.plusSeconds(35), phone.visibleAt(half));
        Instant later = START.plus(Duration.ofHours(3));
        assertEquals(later.plusSeconds(50), phone.visibleAt(later));
    }

    @Test
    void anOutageUploadsEverythingAtOnce() {
        UploadDelays phone = UploadDelays.steady(5, Duration.ofSeconds(20), Duration.ZERO).withOutages(1.0,
                Duration.ofMinutes(8));
        int together = 0;
        for (int i = 1; i < 1440; i++) {
            Instant taken = START.plusSeconds(60L * i);
            Instant visible = phone.visibleAt(taken);
            assertFalse(visible.isBefore(taken.plusSeconds(20)));
            together += visible.equals(phone.visibleAt(taken.minusSeconds(60))) ? 1 : 0;
        }
        assertTrue(together > 100, "readings taken while offline arrive together: " + together);
    }
}
