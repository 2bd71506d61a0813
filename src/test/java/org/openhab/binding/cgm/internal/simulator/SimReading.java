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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One simulated sensor reading, as the cloud reports it for a patient.
 *
 * @param instant reading time ({@code FactoryTimestamp})
 * @param mgPerDl {@code ValueInMgPerDl}
 * @param value {@code Value}, in the patient's unit
 * @param trendArrow {@code TrendArrow} 1..5
 * @param color {@code MeasurementColor} 1 green, 2 yellow, 3 orange, 4 red
 * @param isHigh sensor HI flag (above {@value #SENSOR_HIGH} mg/dL)
 * @param isLow sensor LO flag (below {@value #SENSOR_LOW} mg/dL)
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SimReading(Instant instant, int mgPerDl, double value, int trendArrow, int color, boolean isHigh,
        boolean isLow) {

    /** mg/dL per mmol/L: molar mass of glucose 180.182 g/mol divided by 10. */
    public static final BigDecimal MG_PER_DL_PER_MMOL = new BigDecimal("18.0182");
    public static final int SENSOR_HIGH = 400;
    public static final int SENSOR_LOW = 40;
    /** Above this the app shows orange instead of yellow. */
    public static final int ORANGE_ABOVE = 250;

    static SimReading of(Instant instant, double mgPerDl, double slopePerMinute, GlucoseUnitCode unit, int targetLow,
            int targetHigh) {
        int rounded = (int) Math.round(mgPerDl);
        double value = unit == GlucoseUnitCode.MMOL ? toMmol(rounded) : rounded;
        return new SimReading(instant, rounded, value, trendArrow(slopePerMinute),
                measurementColor(rounded, targetLow, targetHigh), rounded > SENSOR_HIGH, rounded < SENSOR_LOW);
    }

    /** mg/dL to mmol/L, rounded half-up to one decimal. */
    public static double toMmol(int mgPerDl) {
        return BigDecimal.valueOf(mgPerDl).divide(MG_PER_DL_PER_MMOL, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** LibreLinkUp arrow from the slope in mg/dL per minute: 1 falling fast ... 5 rising fast. */
    public static int trendArrow(double slopePerMinute) {
        if (slopePerMinute <= -2) {
            return 1;
        } else if (slopePerMinute <= -1) {
            return 2;
        } else if (slopePerMinute < 1) {
            return 3;
        } else if (slopePerMinute < 2) {
            return 4;
        }
        return 5;
    }

    /** Colour relative to the patient's targets: red below low, orange above 250, yellow above high, else green. */
    public static int measurementColor(int mgPerDl, int targetLow, int targetHigh) {
        if (mgPerDl < targetLow) {
            return 4;
        } else if (mgPerDl > ORANGE_ABOVE) {
            return 3;
        } else if (mgPerDl > targetHigh) {
            return 2;
        }
        return 1;
    }
}
