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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The channel states of a reading. Pure: the same reading always gives the same states.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PatientStates {

    private PatientStates() {
    }

    /**
     * State per channel id; every channel is UNDEF when there is no reading.
     *
     * @param range classifies the reading where the vendor sent no colour or high/low flags
     */
    public static Map<String, State> of(@Nullable GlucoseReading reading, TargetRange range, ZoneId zone) {
        Map<String, State> states = new LinkedHashMap<>();
        if (reading == null) {
            for (String channel : new String[] { CHANNEL_GLUCOSE, CHANNEL_GLUCOSE_MMOL, CHANNEL_TREND,
                    CHANNEL_MEASUREMENT_COLOR, CHANNEL_HIGH, CHANNEL_LOW, CHANNEL_TIMESTAMP }) {
                states.put(channel, UnDefType.UNDEF);
            }
            return states;
        }
        // openHAB parses the lower-case "mg/dl" only
        states.put(CHANNEL_GLUCOSE, new QuantityType<>(reading.mgPerDl() + " mg/dl"));
        states.put(CHANNEL_GLUCOSE_MMOL, new DecimalType(reading.mmolPerL()));
        states.put(CHANNEL_TREND, new StringType(reading.trend().nightscoutName()));
        int mgPerDl = reading.mgPerDl();
        MeasurementColor color = reading.color();
        Boolean high = reading.high();
        Boolean low = reading.low();
        states.put(CHANNEL_MEASUREMENT_COLOR, new StringType((color != null ? color : range.colorOf(mgPerDl)).name()));
        states.put(CHANNEL_HIGH, OnOffType.from(high != null ? high : range.isAbove(mgPerDl)));
        states.put(CHANNEL_LOW, OnOffType.from(low != null ? low : range.isBelow(mgPerDl)));
        states.put(CHANNEL_TIMESTAMP, new DateTimeType(reading.timestamp().atZone(zone)));
        return states;
    }
}
