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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * The last 24 hours in numbers, one decimal each. Time-weighted: a reading counts for the time until the next one,
 * at most {@link #MAX_WEIGHT} (the newest until now), so that one reading a minute and one every five minutes give the
 * same figures for the same curve, and a gap counts as no data rather than as its last value. Below
 * {@value #MIN_COVERAGE} % coverage every figure but the coverage is null: too little to speak for the day.
 *
 * @param dataCoverage % of the 24 hours covered by readings
 * @param timeInRange % of the covered time from targetLow to targetHigh
 * @param timeBelowRange % below targetLow
 * @param timeAboveRange % above targetHigh
 * @param timeVeryLow % below urgentLow (also counted in timeBelowRange)
 * @param averageGlucose mean mg/dL
 * @param glucoseVariability coefficient of variation, % (standard deviation / mean × 100)
 * @param gmi glucose management indicator, % (3.31 + 0.02392 × mean mg/dL)
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record DailyStatistics(BigDecimal dataCoverage, @Nullable BigDecimal timeInRange,
        @Nullable BigDecimal timeBelowRange, @Nullable BigDecimal timeAboveRange, @Nullable BigDecimal timeVeryLow,
        @Nullable BigDecimal averageGlucose, @Nullable BigDecimal glucoseVariability, @Nullable BigDecimal gmi) {

    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration MAX_WEIGHT = Duration.ofMinutes(15);
    static final double MIN_COVERAGE = 50.0;

    /** The statistics of the readings (oldest first) of the 24 hours before {@code now}. */
    static DailyStatistics of(List<GlucoseReading> oldestFirst, Instant now, GlucoseThresholds thresholds) {
        Instant start = now.minus(WINDOW);
        long covered = 0;
        long inRange = 0;
        long below = 0;
        long above = 0;
        long veryLow = 0;
        double weightedSum = 0;
        double weightedSquares = 0;
        for (int i = 0; i < oldestFirst.size(); i++) {
            GlucoseReading reading = oldestFirst.get(i);
            Instant end = i + 1 < oldestFirst.size() ? oldestFirst.get(i + 1).timestamp() : now;
            end = earliest(earliest(end, now), reading.timestamp().plus(MAX_WEIGHT));
            long weight = Duration.between(reading.timestamp(), end).toMillis();
            if (reading.timestamp().isBefore(start) || weight <= 0) {
                continue;
            }
            int value = reading.mgPerDl();
            covered += weight;
            below += value < thresholds.targetLow() ? weight : 0;
            veryLow += value < thresholds.urgentLow() ? weight : 0;
            above += value > thresholds.targetHigh() ? weight : 0;
            inRange += value >= thresholds.targetLow() && value <= thresholds.targetHigh() ? weight : 0;
            weightedSum += (double) weight * value;
            weightedSquares += (double) weight * value * value;
        }
        double coverage = Math.min(100.0, 100.0 * covered / WINDOW.toMillis());
        if (coverage < MIN_COVERAGE) {
            return new DailyStatistics(oneDecimal(coverage), null, null, null, null, null, null, null);
        }
        double mean = weightedSum / covered;
        double deviation = Math.sqrt(Math.max(0, weightedSquares / covered - mean * mean));
        return new DailyStatistics(oneDecimal(coverage), share(inRange, covered), share(below, covered),
                share(above, covered), share(veryLow, covered), oneDecimal(mean), oneDecimal(100 * deviation / mean),
                oneDecimal(3.31 + 0.02392 * mean));
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigDecimal share(long part, long whole) {
        return oneDecimal(100.0 * part / whole);
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
