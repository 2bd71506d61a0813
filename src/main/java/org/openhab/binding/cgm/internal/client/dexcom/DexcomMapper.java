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

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.dexcom.dto.DexcomGlucoseValue;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
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

    /** "Date(1745081013817)", "/Date(1426769941000)/", "Date(1745081013817-0400)": epoch ms, optional offset. */
    private static final Pattern DATE = Pattern.compile("Date\\((-?\\d+)([+-]\\d{4})?\\)");

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
     * offset would shift the reading by hours. Dexcom sends no colour or high/low flags: those stay unknown.
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
        return new GlucoseReading(instant, mgPerDl, null, trend(value.trend), null, null, null);
    }

    /** The instant of a Dexcom date, ignoring any offset; null when absent or unreadable. */
    public static @Nullable Instant utc(@Nullable String date) {
        if (date == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(date);
        if (!matcher.find()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(matcher.group(1)));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
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
