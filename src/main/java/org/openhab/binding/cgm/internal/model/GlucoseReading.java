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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One glucose reading as the sensor took it.
 *
 * @param timestamp when the sensor took the reading (UTC instant, never the phone's local clock)
 * @param mgPerDl the value in mg/dL
 * @param vendorMmolPerL the value in mmol/L as the vendor app shows it, when the vendor sends one; otherwise
 *            {@link #mmolPerL()} converts
 * @param trend the direction of change
 * @param color the colour the vendor app shows, null when the vendor sends none
 * @param high HI: above what the sensor can measure, {@code mgPerDl} then holds the sensor's limit (see
 *            {@link SensorLimits}); not "above target", which is the range
 * @param low LO: below what the sensor can measure, {@code mgPerDl} then holds the sensor's limit; not "below
 *            target"
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record GlucoseReading(Instant timestamp, int mgPerDl, @Nullable BigDecimal vendorMmolPerL, Trend trend,
        @Nullable MeasurementColor color, boolean high, boolean low) {

    /** Maps vendor items to readings, oldest first, dropping those the mapper cannot trust (null). */
    public static <T> List<GlucoseReading> oldestFirst(@Nullable List<T> items,
            Function<T, @Nullable GlucoseReading> mapper) {
        List<GlucoseReading> readings = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                GlucoseReading reading = item != null ? mapper.apply(item) : null;
                if (reading != null) {
                    readings.add(reading);
                }
            }
        }
        readings.sort(Comparator.comparing(GlucoseReading::timestamp));
        return readings;
    }

    /** The value in mmol/L: the vendor's own figure where it sent one, so that we show what the app shows. */
    public BigDecimal mmolPerL() {
        BigDecimal vendorValue = vendorMmolPerL;
        return vendorValue != null ? vendorValue : GlucoseUnit.toMmolPerL(mgPerDl);
    }
}
