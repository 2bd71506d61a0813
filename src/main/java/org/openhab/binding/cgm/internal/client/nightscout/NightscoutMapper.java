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
package org.openhab.binding.cgm.internal.client.nightscout;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutEntry;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.SensorLimits;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * Maps Nightscout entries onto the model, as the vendors' mappers do for theirs.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class NightscoutMapper {

    /** Dexcom's LOW and HIGH, as the Dexcom bridges upload them: beyond what the sensor measures. */
    static final int SENSOR_LO = 39;
    static final int SENSOR_HI = 401;

    /**
     * A reading from an {@code sgv} entry; null for other types (meter readings, calibrations) and for entries without
     * a time or a value a sensor can report (Dexcom's error codes below 39 among them).
     */
    static @Nullable GlucoseReading reading(NightscoutEntry entry) {
        Double date = entry.date;
        if (!"sgv".equals(entry.type) || date == null || !Double.isFinite(date) || date <= 0 || date > 1.0e14) {
            return null;
        }
        Double sgv = entry.sgv;
        Integer mgPerDl = ReadingPlausibility.mgPerDl(sgv);
        if (mgPerDl == null || mgPerDl < SENSOR_LO) {
            return null;
        }
        String direction = entry.direction;
        Trend trend = Trend.NONE;
        if (direction != null) {
            Trend named = Trend.fromName(direction);
            trend = named != null ? named : Trend.NOT_COMPUTABLE;
        }
        // Dexcom's markers are the sensor's LO and HI, shown at its limits; any other value is a measurement of
        // whichever sensor uploads to the site (a FreeStyle Libre 1 measures up to 500 mg/dL)
        SensorLimits limits = mgPerDl == SENSOR_LO || mgPerDl == SENSOR_HI ? SensorLimits.DEXCOM
                : SensorLimits.FREESTYLE_LIBRE;
        return limits.reading(Instant.ofEpochMilli(date.longValue()), mgPerDl, null, trend, null, null, null);
    }

    private NightscoutMapper() {
    }
}
