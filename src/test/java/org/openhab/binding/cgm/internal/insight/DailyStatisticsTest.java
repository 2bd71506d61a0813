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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * The day in numbers, against figures worked out by hand.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DailyStatisticsTest {

    private static final Instant NOW = T0.plus(Duration.ofHours(24));

    /** Hours 0-3: 50 (very low), 3-6: 64 (low), 6-18: 120 (in range), 18-24: 210 (above). */
    private static double dayCurve(double minute) {
        double hour = minute / 60;
        return hour < 3 ? 50 : hour < 6 ? 64 : hour < 18 ? 120 : 210;
    }

    private static List<GlucoseReading> day(Duration interval) {
        return curve(T0, interval, Duration.ofHours(24), DailyStatisticsTest::dayCurve);
    }

    private static DailyStatistics statisticsOf(List<GlucoseReading> readings, Instant now) {
        PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);
        insight.accept(readings, now);
        return insight.statistics(now);
    }

    private static void assertFigures(String expected, DailyStatistics statistics) {
        assertEquals(expected,
                Arrays.asList(statistics.dataCoverage(), statistics.timeInRange(), statistics.timeBelowRange(),
                        statistics.timeAboveRange(), statistics.timeVeryLow(), statistics.averageGlucose(),
                        statistics.glucoseVariability(), statistics.gmi()).toString());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 5, 15 })
    void aKnownDayGivesTheFiguresWorkedOutByHand(int cadenceMinutes) {
        // weights in hours: 3 at 50, 3 at 64, 12 at 120, 6 at 210 (the newest counts until now, one interval)
        // in range 12/24 = 50 %, below 6/24 = 25 %, above 6/24 = 25 %, very low 3/24 = 12.5 %
        // mean (3x50 + 3x64 + 12x120 + 6x210) / 24 = 126.75; mean of squares 457188 / 24 = 19049.5
        // SD = sqrt(19049.5 - 126.75^2) = sqrt(2983.9375) = 54.625, CV = 43.097 %; GMI 3.31 + 0.02392 x 126.75 = 6.342
        assertFigures("[100.0, 50.0, 25.0, 25.0, 12.5, 126.8, 43.1, 6.3]",
                statisticsOf(day(Duration.ofMinutes(cadenceMinutes)), NOW));
    }

    @Test
    void aLibreWithFiveMinuteHistoryAndOneMinuteReadingsGivesTheSameFigures() {
        List<GlucoseReading> history = curve(T0, Duration.ofMinutes(5), Duration.ofHours(23),
                DailyStatisticsTest::dayCurve);
        List<GlucoseReading> lastHour = curve(T0.plus(Duration.ofHours(23)), Duration.ofMinutes(1), Duration.ofHours(1),
                m -> dayCurve(m + 23 * 60));
        assertFigures("[100.0, 50.0, 25.0, 25.0, 12.5, 126.8, 43.1, 6.3]", statisticsOf(join(history, lastHour), NOW));
    }

    @Test
    void aGapCountsAsNoDataAndTheReadingBeforeItForFifteenMinutes() {
        // no readings from 06:00 to 10:00: the 05:55 reading (64) counts 15 minutes instead of 5
        // covered 1440 - 240 + 10 = 1210 min = 84.0 %; below 180 + 190 = 370 min = 30.6 %, very low 180 = 14.9 %,
        // in range 480 = 39.7 %, above 360 = 29.8 %; mean 154360 / 1210 = 127.57
        List<GlucoseReading> withGap = day(Duration.ofMinutes(5)).stream()
                .filter(r -> r.timestamp().isBefore(T0.plus(Duration.ofHours(6)))
                        || !r.timestamp().isBefore(T0.plus(Duration.ofHours(10))))
                .toList();
        assertFigures("[84.0, 39.7, 30.6, 29.8, 14.9, 127.6, 46.9, 6.4]", statisticsOf(withGap, NOW));
    }

    @Test
    void belowHalfADayOfCoverageOnlyTheCoverageIsGiven() {
        List<GlucoseReading> lastHalfDay = day(Duration.ofMinutes(5)).stream()
                .filter(r -> !r.timestamp().isBefore(T0.plus(Duration.ofHours(12)))).toList();
        DailyStatistics half = statisticsOf(lastHalfDay, NOW);
        assertEquals(new BigDecimal("50.0"), half.dataCoverage());
        assertNotNull(half.timeInRange(), "exactly half a day is enough");

        List<GlucoseReading> lastElevenHours = lastHalfDay.subList(12, lastHalfDay.size());
        assertFigures("[45.8, null, null, null, null, null, null, null]", statisticsOf(lastElevenHours, NOW));
    }

    @Test
    void theNewestCountsUntilNowButAtMostFifteenMinutes() {
        // 24 one-hour-apart readings: each counts 15 minutes, so 6 h of 24 are covered
        List<GlucoseReading> hourly = curve(T0, Duration.ofHours(1), Duration.ofHours(24), m -> 100);
        assertEquals(new BigDecimal("25.0"), statisticsOf(hourly, NOW).dataCoverage());
        // an hour later the first has left the window, and the newest still counts only 15 minutes
        assertEquals(new BigDecimal("24.0"), statisticsOf(hourly, NOW.plus(Duration.ofHours(1))).dataCoverage());
        assertEquals(new BigDecimal("0.0"), statisticsOf(List.of(), NOW).dataCoverage());
    }

    @Test
    void readingsOlderThanADayDoNotCount() {
        List<GlucoseReading> twoDays = curve(T0.minus(Duration.ofHours(24)), Duration.ofMinutes(5),
                Duration.ofHours(48), m -> m < 24 * 60 ? 300 : dayCurve(m - 24 * 60));
        assertFigures("[100.0, 50.0, 25.0, 25.0, 12.5, 126.8, 43.1, 6.3]", statisticsOf(twoDays, NOW));
    }

    @Test
    void statisticsAreDueAtMostEveryFiveMinutes() {
        PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);
        assertTrue(insight.tick(T0).statisticsDue());
        insight.statistics(T0);
        assertFalse(insight.accept(List.of(reading(T0, 100)), T0.plus(Duration.ofMinutes(4))).statisticsDue());
        assertTrue(insight.tick(T0.plus(Duration.ofMinutes(5))).statisticsDue());
    }
}
