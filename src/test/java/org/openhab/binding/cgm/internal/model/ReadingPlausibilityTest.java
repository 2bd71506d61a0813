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
package org.openhab.binding.cgm.internal.model;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility.Rejection;

/**
 * The plausibility rules as properties, over many seeded random values.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ReadingPlausibilityTest {

    private static final int RUNS = 20_000;
    private final Random random = new Random(42);
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:05Z");

    private double anyDouble() {
        return switch (random.nextInt(6)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> random.nextGaussian() * 1e6;
            case 2 -> new double[] { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, -0.0,
                    Double.MAX_VALUE, Double.MIN_VALUE, 1e10, 0.4, 19.4, 19.5, 600.4, 600.5 }[random.nextInt(13)];
            default -> random.nextDouble() * 800 - 100;
        };
    }

    @Test
    void anAcceptedValueIsAWholeNumberWithinTheBoundsAndNearTheInput() {
        for (int i = 0; i < RUNS; i++) {
            double value = anyDouble();
            Integer mg = ReadingPlausibility.mgPerDl(value);
            if (mg != null) {
                assertTrue(mg >= 20 && mg <= 600, value + " -> " + mg);
                assertTrue(Math.abs(mg - value) <= 0.5, value + " -> " + mg);
            } else {
                assertTrue(!Double.isFinite(value) || Math.round(value) < 20 || Math.round(value) > 600,
                        "a plausible value was dropped: " + value);
            }
        }
    }

    @Test
    void everyGenuineReadingAndMarkerIsKept() {
        for (int mg = 39; mg <= 501; mg++) {
            assertEquals(mg, ReadingPlausibility.mgPerDl((double) mg));
        }
        assertNull(ReadingPlausibility.mgPerDl(null));
    }

    @Test
    void aVendorMmolIsKeptOnlyWhenItAgreesWithMgPerDl() {
        for (int i = 0; i < RUNS; i++) {
            int mg = 20 + random.nextInt(581);
            double mmol = anyDouble() / 10;
            BigDecimal kept = ReadingPlausibility.vendorMmol(mmol, mg);
            if (kept != null) {
                assertTrue(Math.abs(kept.doubleValue() - mg / 18.018) <= 0.2 + 1e-9, mg + " / " + mmol);
                assertEquals(1, kept.scale());
            }
            double genuine = Math.round(mg / 18.018 * 10) / 10.0;
            assertNotNull(ReadingPlausibility.vendorMmol(genuine, mg), "the app's own figure " + genuine);
        }
        assertNull(ReadingPlausibility.vendorMmol(115.0, 115), "mg/dL under a unit field saying mmol/L");
    }

    @Test
    void aReadingIsNeverDatedAheadOfTheCloudNorBeforeItsSensor() {
        for (int i = 0; i < RUNS; i++) {
            Instant reference = NOW.plusSeconds(random.nextInt(200_000) - 100_000);
            Instant at = reference.plusSeconds(random.nextInt(4000) - 2000);
            Instant sensorStart = random.nextBoolean() ? null : reference.minusSeconds(random.nextInt(3000));
            GlucoseReading reading = new GlucoseReading(at, 100, null, Trend.FLAT, null, false, false);
            Rejection rejection = ReadingPlausibility.check(reading, reference, sensorStart);
            boolean future = at.isAfter(reference.plus(Duration.ofMinutes(5)));
            boolean early = sensorStart != null && at.isBefore(sensorStart);
            assertEquals(future || early, rejection != null, at + " vs " + reference + ", sensor " + sensorStart);
            if (future) {
                assertEquals(Rejection.FUTURE, rejection);
            }
        }
    }
}
