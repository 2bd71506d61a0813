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
package org.openhab.binding.cgm.internal.client.dexcom;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.TolerantJson;
import org.openhab.binding.cgm.internal.client.dexcom.dto.DexcomGlucoseValue;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.SensorLimits;
import org.openhab.binding.cgm.internal.model.Trend;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/**
 * Maps Dexcom Share readings onto the model, both payload generations alike.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DexcomMapper {

    /** Dexcom's numeric trends, 0 to 9. */
    private static final List<Trend> BY_NUMBER = List.of(Trend.NONE, Trend.DOUBLE_UP, Trend.SINGLE_UP,
            Trend.FORTY_FIVE_UP, Trend.FLAT, Trend.FORTY_FIVE_DOWN, Trend.SINGLE_DOWN, Trend.DOUBLE_DOWN,
            Trend.NOT_COMPUTABLE, Trend.RATE_OUT_OF_RANGE);

    private DexcomMapper() {
    }

    /** The readings, oldest first, without those lacking a UTC time or a positive value. */
    public static List<GlucoseReading> readings(@Nullable List<DexcomGlucoseValue> values) {
        return GlucoseReading.oldestFirst(values, DexcomMapper::reading);
    }

    /**
     * A reading at its UTC instant (WT, else ST). DT is never used: its milliseconds are UTC already, and adding its
     * offset would shift the reading by hours. Dexcom sends no colour; LOW and HIGH come as values.
     */
    public static @Nullable GlucoseReading reading(DexcomGlucoseValue value) {
        Instant instant = utc(value.wt);
        if (instant == null) {
            instant = utc(value.st);
        }
        Integer mgPerDl = ReadingPlausibility.mgPerDl(value.value);
        if (instant == null || mgPerDl == null) {
            return null;
        }
        // Share sends no flags: its LOW and HIGH arrive as the values 39 and 401, which SensorLimits.DEXCOM judges
        return SensorLimits.DEXCOM.reading(instant, mgPerDl, null, trend(value.trend), null, null, null);
    }

    /**
     * The instant of a Dexcom date ("Date(ms)", "/Date(ms)/", "Date(ms-0400)"), ignoring any offset; null when absent
     * or unreadable. Read by hand: a pattern match per field cost more than the rest of the parse.
     */
    public static @Nullable Instant utc(@Nullable String date) {
        if (date == null) {
            return null;
        }
        int open = date.indexOf("Date(");
        if (open < 0) {
            return null;
        }
        int start = open + 5;
        int end = start < date.length() && date.charAt(start) == '-' ? start + 1 : start;
        while (end < date.length() && date.charAt(end) >= '0' && date.charAt(end) <= '9') {
            end++;
        }
        int close = end;
        if (close + 5 <= date.length() && (date.charAt(close) == '+' || date.charAt(close) == '-')
                && isDigits(date, close + 1, close + 5)) {
            close += 5;
        }
        if (close >= date.length() || date.charAt(close) != ')') {
            return null;
        }
        Long millis = TolerantJson.parseLong(date.substring(start, end));
        return millis != null ? Instant.ofEpochMilli(millis) : null;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static Trend trend(@Nullable JsonElement element) {
        if (element == null || !element.isJsonPrimitive()) {
            return Trend.NONE;
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isNumber()) {
            double number = primitive.getAsDouble();
            int index = (int) number;
            return index == number && index >= 0 && index < BY_NUMBER.size() ? BY_NUMBER.get(index)
                    : Trend.NOT_COMPUTABLE;
        }
        Trend named = Trend.fromName(primitive.getAsString());
        return named != null ? named : Trend.NOT_COMPUTABLE;
    }
}
