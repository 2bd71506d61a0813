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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a sensor family can measure. Beyond it the sensor reports LO or HI instead of a number; this is the one place
 * that decides, for every source, whether a reading is LO or HI and what value it then shows: the limit, never a
 * figure beyond it, because a LO or HI reading is no measurement. Below or above the target range is another matter,
 * judged in insight.
 *
 * @param lowestMgPerDl the lowest value the sensor measures; below it, LO
 * @param highestMgPerDl the highest value the sensor measures; above it, HI
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SensorLimits(int lowestMgPerDl, int highestMgPerDl) {

    /**
     * Dexcom G6/G7 measure 40 to 400 mg/dL. Share sends LOW as Value 39 and HIGH as Value 401: flags, not
     * measurements (share2nightscout-bridge passes Share's {@code Value} through as {@code sgv}, and
     * nightscout/cgm-remote-monitor PR #7207 shows its 39 and 401 as LOW and HIGH, as Dexcom's apps do; the same
     * markers in tidepool-org/LoopKit PR #397).
     */
    public static final SensorLimits DEXCOM = new SensorLimits(40, 400);

    /**
     * FreeStyle Libre 2 and 3 measure 40 to 400 mg/dL, Libre 1 up to 500. LibreLinkUp flags LO and HI itself
     * ({@code isLow}, {@code isHigh}); the widest bounds of the family only keep a value from going beyond them.
     */
    public static final SensorLimits FREESTYLE_LIBRE = new SensorLimits(40, 500);

    /** The simulated sensors of the demo (a FreeStyle Libre 3 or a Dexcom G7): 40 to 400 mg/dL. */
    public static final SensorLimits SIMULATED = new SensorLimits(40, 400);

    /**
     * A reading as this sensor reports it.
     *
     * @param mgPerDl the value the source sent, in mg/dL
     * @param vendorMmolPerL the vendor's mmol/L figure, dropped when the value is beyond the limits
     * @param vendorLow the source's own LO flag, null when it sends none: then a value below the lowest is LO
     * @param vendorHigh the source's own HI flag, null when it sends none: then a value above the highest is HI
     */
    public GlucoseReading reading(Instant timestamp, int mgPerDl, @Nullable BigDecimal vendorMmolPerL, Trend trend,
            @Nullable MeasurementColor color, @Nullable Boolean vendorLow, @Nullable Boolean vendorHigh) {
        boolean low = vendorLow != null ? vendorLow : mgPerDl < lowestMgPerDl;
        boolean high = vendorHigh != null ? vendorHigh : mgPerDl > highestMgPerDl;
        int shown = Math.max(lowestMgPerDl, Math.min(highestMgPerDl, mgPerDl));
        BigDecimal mmol = shown == mgPerDl ? vendorMmolPerL : null;
        return new GlucoseReading(timestamp, shown, mmol, trend, color, high, low);
    }
}
