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
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LO and HI decided in one place for every source.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SensorLimitsTest {

    private static final Instant T = Instant.parse("2026-11-21T08:00:00Z");

    private static GlucoseReading read(SensorLimits limits, int mgPerDl, @Nullable Boolean low,
            @Nullable Boolean high) {
        return limits.reading(T, mgPerDl, new BigDecimal("9.9"), Trend.FLAT, null, low, high);
    }

    @ParameterizedTest(name = "Dexcom {0} mg/dL shows {1}, LO {2}, HI {3}")
    @CsvSource({ "39, 40, true, false", "40, 40, false, false", "55, 55, false, false", "400, 400, false, false",
            "401, 400, false, true" })
    void dexcomMarkersAreLoAndHiAtTheLimits(int sent, int shown, boolean low, boolean high) {
        GlucoseReading reading = read(SensorLimits.DEXCOM, sent, null, null);
        assertEquals(shown, reading.mgPerDl());
        assertEquals(low, reading.low());
        assertEquals(high, reading.high());
    }

    @ParameterizedTest(name = "simulated {0} mg/dL: LO {1}, HI {2}")
    @CsvSource({ "30, true, false", "50, false, false", "450, false, true" })
    void theSimulatedSensorHasTheLimitsOfLibre3AndG7(int sent, boolean low, boolean high) {
        GlucoseReading reading = read(SensorLimits.SIMULATED, sent, null, null);
        assertEquals(low, reading.low());
        assertEquals(high, reading.high());
    }

    @ParameterizedTest(name = "LibreLinkUp {0} mg/dL, isLow {1}, isHigh {2}")
    @CsvSource({ "36, true, false, 40", "47, false, false, 47", "450, false, false, 450", "500, false, true, 500",
            "520, false, true, 500" })
    void theVendorFlagsDecideAndTheValueNeverGoesBeyondTheFamilyLimits(int sent, boolean low, boolean high, int shown) {
        GlucoseReading reading = read(SensorLimits.FREESTYLE_LIBRE, sent, low, high);
        assertEquals(low, reading.low());
        assertEquals(high, reading.high());
        assertEquals(shown, reading.mgPerDl());
    }

    @ParameterizedTest(name = "{0} mg/dL keeps the vendor mmol: {1}")
    @CsvSource({ "39, false", "41, true" })
    void aValueMovedToTheLimitDropsTheVendorsMmolFigure(int sent, boolean kept) {
        GlucoseReading reading = read(SensorLimits.DEXCOM, sent, null, null);
        assertEquals(kept, reading.vendorMmolPerL() != null);
    }
}
