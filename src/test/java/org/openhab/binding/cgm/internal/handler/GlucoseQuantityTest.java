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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.DailyStatistics;
import org.openhab.binding.cgm.internal.insight.Direction;
import org.openhab.binding.cgm.internal.insight.Freshness;
import org.openhab.binding.cgm.internal.insight.GlucoseRange;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.core.library.types.QuantityType;

/**
 * The glucose state is a density in mg/dl as openHAB's unit library reads it: a unit spelt wrong fails here, not in
 * every openHAB.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class GlucoseQuantityTest {

    private static QuantityType<?> glucose(int mgPerDl) {
        return PatientStates.mgPerDl(mgPerDl);
    }

    @Test
    void everyQuantityThePatientShowsIsOneOpenHabReads() {
        GlucoseReading reading = new GlucoseReading(Instant.parse("2026-11-21T08:00:00Z"), 94, null, Trend.FLAT, null,
                false, false);
        CurrentReading current = new CurrentReading(reading, new Direction(new BigDecimal("-1.5"), -7),
                GlucoseRange.IN_RANGE, MeasurementColor.GREEN);
        assertEquals(new QuantityType<>("-7 mg/dl"), PatientStates.current(current, ZoneOffset.UTC).get(CHANNEL_DELTA));
        QuantityType<?> age = (QuantityType<?>) PatientStates.freshness(new Freshness(Duration.ofSeconds(754), false))
                .get(CHANNEL_READING_AGE);
        assertNotNull(age);
        assertEquals(new QuantityType<>("720 s"), age.toUnit("s"), "12 whole minutes");
        DailyStatistics day = new DailyStatistics(new BigDecimal("97.5"), new BigDecimal("71.2"), new BigDecimal("3.1"),
                new BigDecimal("25.7"), new BigDecimal("0.4"), new BigDecimal("142.3"), new BigDecimal("33.0"),
                new BigDecimal("6.7"));
        QuantityType<?> tir = (QuantityType<?>) PatientStates.statistics(day).get(CHANNEL_TIME_IN_RANGE);
        assertNotNull(tir);
        assertEquals("%", tir.getUnit().toString());
        assertEquals(0, new BigDecimal("0.712").compareTo(tir.toUnit("one").toBigDecimal()));
        assertEquals(new QuantityType<>("142.3 mg/dl"), PatientStates.statistics(day).get(CHANNEL_AVERAGE_GLUCOSE));
    }

    @Test
    void glucoseIsADensityThatConvertsToTheSystemUnit() {
        QuantityType<?> state = glucose(94);
        assertEquals("mg/dl", state.getUnit().toString());
        assertEquals(new QuantityType<>("1 kg/m³").getDimension(), state.getDimension());
        QuantityType<?> system = state.toUnit("kg/m³");
        assertNotNull(system);
        assertEquals(0, new BigDecimal("0.94").compareTo(system.toBigDecimal()));
        assertEquals(new QuantityType<>("0.94 kg/m³"), state);
        assertNull(state.toUnit("mmol/l"), "mmol/l is an amount of substance, not a density");
    }

    @Test
    void unitsOpenHabDoesNotKnowAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("94 mg/dL"));
        assertThrows(IllegalArgumentException.class, () -> new QuantityType<>("5 bananas"));
    }
}
