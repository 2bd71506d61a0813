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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * Where glucose is heading at a reading, from the readings before it.
 *
 * @param rateOfChange mg/dL per minute, one decimal: the least-squares slope over the 15 minutes ending at the
 *            reading; null with fewer than 3 readings there or when they span less than 10 minutes (a gap)
 * @param delta mg/dL: the reading minus the one about 5 minutes before it (Nightscout's delta), taken from 4 to 6
 *            minutes before, the nearest to 5 (the older one on a tie); null without such a reading
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Direction(@Nullable BigDecimal rateOfChange, @Nullable Integer delta) {

    public static final Direction UNKNOWN = new Direction(null, null);

    static final Duration RATE_WINDOW = Duration.ofMinutes(15);
    static final Duration RATE_MIN_SPAN = Duration.ofMinutes(10);
    static final int RATE_MIN_READINGS = 3;
    static final Duration DELTA_AGO = Duration.ofMinutes(5);
    static final Duration DELTA_TOLERANCE = Duration.ofMinutes(1);

    static Direction at(GlucoseReading newest, ReadingHistory history) {
        return new Direction(rate(newest, history), delta(newest, history));
    }

    private static @Nullable BigDecimal rate(GlucoseReading newest, ReadingHistory history) {
        List<GlucoseReading> window = history.between(newest.timestamp().minus(RATE_WINDOW), newest.timestamp());
        if (window.size() < RATE_MIN_READINGS
                || Duration.between(window.get(0).timestamp(), newest.timestamp()).compareTo(RATE_MIN_SPAN) < 0) {
            return null;
        }
        double meanMinutes = 0;
        double meanValue = 0;
        for (GlucoseReading reading : window) {
            meanMinutes += minutesBefore(newest, reading) / window.size();
            meanValue += (double) reading.mgPerDl() / window.size();
        }
        double covariance = 0;
        double variance = 0;
        for (GlucoseReading reading : window) {
            double dx = minutesBefore(newest, reading) - meanMinutes;
            covariance += dx * (reading.mgPerDl() - meanValue);
            variance += dx * dx;
        }
        // x counts minutes backwards, so the slope per minute forward is the negative
        return BigDecimal.valueOf(-covariance / variance).setScale(1, RoundingMode.HALF_UP);
    }

    private static double minutesBefore(GlucoseReading newest, GlucoseReading reading) {
        return Duration.between(reading.timestamp(), newest.timestamp()).toMillis() / 60_000.0;
    }

    private static @Nullable Integer delta(GlucoseReading newest, ReadingHistory history) {
        GlucoseReading best = null;
        Duration bestOffset = DELTA_TOLERANCE;
        for (GlucoseReading reading : history.between(newest.timestamp().minus(DELTA_AGO.plus(DELTA_TOLERANCE)),
                newest.timestamp().minus(DELTA_AGO.minus(DELTA_TOLERANCE)))) {
            Duration offset = Duration.between(reading.timestamp(), newest.timestamp()).minus(DELTA_AGO).abs();
            if (best == null || offset.compareTo(bestOffset) < 0) {
                best = reading;
                bestOffset = offset;
            }
        }
        return best != null ? newest.mgPerDl() - best.mgPerDl() : null;
    }
}
