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
package org.openhab.binding.cgm.internal.insight;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.insight.Curves.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * Rate of change and delta.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DirectionTest {

    private static Direction directionAtLast(List<GlucoseReading> readings) {
        ReadingHistory history = new ReadingHistory();
        readings.forEach(r -> history.add(r, T0.plus(Duration.ofHours(1))));
        return Direction.at(readings.get(readings.size() - 1), history);
    }

    private static @Nullable BigDecimal rate(List<GlucoseReading> readings) {
        return directionAtLast(readings).rateOfChange();
    }

    @Test
    void theRateIsTheExactSlopeOfALine() {
        // every 2 minutes, -3 mg/dL: -1.5 mg/dL/min, whole numbers throughout
        assertEquals(new BigDecimal("-1.5"), rate(line(T0, Duration.ofMinutes(2), 16, 200, -1.5)));
        assertEquals(new BigDecimal("2.0"), rate(line(T0, Duration.ofMinutes(5), 15, 100, 2)));
    }

    @Test
    void onlyTheLastFifteenMinutesCount() {
        // a wild reading 16 minutes before the newest, then a flat line
        List<GlucoseReading> readings = join(List.of(reading(0, 300)),
                line(T0.plus(Duration.ofMinutes(16)), Duration.ofMinutes(1), 16, 100, 0));
        assertEquals(new BigDecimal("0.0"), rate(readings));
        // the reading exactly 15 minutes before counts: 140, 120, 110, 100 fit -2.6 (without the 140: -2.0)
        assertEquals(new BigDecimal("-2.6"),
                rate(List.of(reading(0, 140), reading(5, 120), reading(10, 110), reading(15, 100))));
    }

    @Test
    void theRateNeedsThreeReadingsOverTenMinutes() {
        assertNull(rate(List.of(reading(0, 100), reading(10, 90))), "two readings");
        assertNull(rate(line(T0, Duration.ofMinutes(1), 10, 100, -1)), "ten readings over 9 minutes");
        assertEquals(new BigDecimal("-1.0"), rate(line(T0, Duration.ofMinutes(5), 11, 100, -1)),
                "three readings over 10 minutes");
        assertNull(rate(List.of(reading(1, 100), reading(2, 99), reading(17, 85))), "the first is too old");
    }

    @Test
    void theDeltaTakesTheReadingNearestFiveMinutesBeforeWithinFourToSix() {
        // one a minute: the one 5 minutes before (120), not 4 (110) or 6 (130)
        assertEquals(-20,
                directionAtLast(
                        List.of(reading(0, 130), reading(1, 120), reading(2, 110), reading(3, 105), reading(6, 100)))
                        .delta());
        // 5 minutes before missing: 4 and 6 tie, the older one wins
        assertEquals(-30, directionAtLast(List.of(reading(0, 130), reading(2, 110), reading(6, 100))).delta());
        assertEquals(-5, directionAtLast(List.of(reading(0, 130), reading(3, 105), reading(7, 100))).delta(),
                "only 4 minutes before (7 is too far)");
    }

    @Test
    void dexcomFiveMinuteReadingsHaveADeltaUnlessOneIsMissing() {
        GlucoseReading newest = reading(T0.plus(Duration.ofSeconds(600)), 100);
        assertEquals(4, directionAtLast(List.of(reading(T0.plus(Duration.ofSeconds(300)), 96), newest)).delta());
        assertEquals(4, directionAtLast(List.of(reading(T0.plus(Duration.ofSeconds(330)), 96), newest)).delta(),
                "4 minutes 30 seconds before");
        assertNull(directionAtLast(List.of(reading(T0.plus(Duration.ofSeconds(239)), 96), newest)).delta(),
                "6 minutes 1 second before");
        assertNull(directionAtLast(List.of(reading(T0.plus(Duration.ofSeconds(361)), 96), newest)).delta(),
                "3 minutes 59 seconds before");
        assertNull(directionAtLast(List.of(reading(0, 96), newest)).delta(), "10 minutes: one missing");
    }
}
