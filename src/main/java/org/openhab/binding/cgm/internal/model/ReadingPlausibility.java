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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a glucose reading from any vendor must be before anyone sees it. FreeStyle Libre and Dexcom sensors measure
 * about 40 to 400 mg/dL and report beyond as LO/HI at their limits; the bounds here keep every genuine reading and
 * marker and drop only values no sensor reports (0, negative, 1e10, Infinity, NaN).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class ReadingPlausibility {

    /** The lowest mg/dL a reading may have: below every sensor's LO marker (Libre 40, Dexcom 39/40). */
    public static final int MIN_MG_PER_DL = 20;
    /** The highest mg/dL a reading may have: above every sensor's HI marker (Libre and Dexcom 400, Libre 1 500). */
    public static final int MAX_MG_PER_DL = 600;
    /** How far the vendor's mmol/L figure may be from mg/dL converted, beyond its own rounding to 0.1. */
    public static final BigDecimal MMOL_TOLERANCE = new BigDecimal("0.2");
    /** How far after the cloud's own time a reading may be dated: phone clocks are a little off. */
    public static final Duration MAX_AHEAD = Duration.ofMinutes(5);

    /**
     * How far before the span it was asked for a reading may be dated: the cloud judges the span by its own clock, so
     * a little earlier is a clock difference; long before is not a reading of that span.
     */
    public static final Duration WINDOW_SLACK = Duration.ofHours(1);

    /** Why a reading was rejected. */
    public enum Rejection {
        /** Dated more than {@link #MAX_AHEAD} after the cloud's (or the host's) time. */
        FUTURE,
        /** Dated before the sensor that took it was started. */
        BEFORE_SENSOR,
        /** Dated long before the span the request asked for (1970, a reading of another day): not of this answer. */
        BEFORE_WINDOW
    }

    private ReadingPlausibility() {
    }

    /** The value in whole mg/dL, or null when it is missing, not finite or outside what a sensor reports. */
    public static @Nullable Integer mgPerDl(@Nullable Double value) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        long rounded = Math.round(value);
        return rounded >= MIN_MG_PER_DL && rounded <= MAX_MG_PER_DL ? (int) rounded : null;
    }

    /**
     * The vendor's mmol/L figure rounded to 0.1, when it agrees with the mg/dL value; null otherwise, so that the
     * figure is converted from mg/dL instead (a value in mg/dL under a unit field that says mmol/L, a typo, NaN).
     */
    public static @Nullable BigDecimal vendorMmol(@Nullable Double mmol, int mgPerDl) {
        if (mmol == null || !Double.isFinite(mmol) || mmol <= 0) {
            return null;
        }
        BigDecimal vendor = BigDecimal.valueOf(mmol).setScale(1, RoundingMode.HALF_UP);
        BigDecimal converted = BigDecimal.valueOf(mgPerDl).divide(GlucoseUnit.MG_PER_DL_PER_MMOL, 3,
                RoundingMode.HALF_UP);
        return vendor.subtract(converted).abs().compareTo(MMOL_TOLERANCE) <= 0 ? vendor : null;
    }

    /**
     * Why a reading cannot be true, or null when it can.
     *
     * @param reference the cloud's own time of the answer, or the host's when the cloud gave none
     * @param sensorStart when the sensor was started, if known
     */
    public static @Nullable Rejection check(GlucoseReading reading, Instant reference, @Nullable Instant sensorStart) {
        return check(reading, reference, sensorStart, null);
    }

    /**
     * Why a reading cannot be true, or null when it can.
     *
     * @param reference the cloud's own time of the answer, or the host's when the cloud gave none
     * @param sensorStart when the sensor was started, if known
     * @param windowStart the start of the span the request asked for, if it named one: a reading more than
     *            {@link #WINDOW_SLACK} before it does not belong to the answer
     */
    public static @Nullable Rejection check(GlucoseReading reading, Instant reference, @Nullable Instant sensorStart,
            @Nullable Instant windowStart) {
        if (reading.timestamp().isAfter(reference.plus(MAX_AHEAD))) {
            return Rejection.FUTURE;
        }
        if (sensorStart != null && reading.timestamp().isBefore(sensorStart)) {
            return Rejection.BEFORE_SENSOR;
        }
        if (windowStart != null && reading.timestamp().isBefore(windowStart.minus(WINDOW_SLACK))) {
            return Rejection.BEFORE_WINDOW;
        }
        return null;
    }
}
