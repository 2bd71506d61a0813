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

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The {@code ReadPublisherLatestGlucoseValues} array in either payload generation, field order as captured.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomReadingJson {

    /** The legacy receiver's system clock ran a few seconds off the uploader's. */
    static final long LEGACY_CLOCK_DRIFT_MILLIS = 4_000;

    private DexcomReadingJson() {
    }

    static String array(List<DexcomReading> readings, DexcomPayload payload, ZoneOffset displayOffset) {
        JsonArray array = new JsonArray();
        for (DexcomReading reading : readings) {
            array.add(
                    payload == DexcomPayload.LEGACY ? legacy(reading, displayOffset) : modern(reading, displayOffset));
        }
        String json = SimResponse.GSON.toJson(array);
        // the legacy service escaped every slash ("\/Date(...)\/"); Gson never does, and only dates contain one
        return payload == DexcomPayload.LEGACY ? json.replace("/", "\\/") : json;
    }

    /** {@code {"WT":"Date(ms)","ST":"Date(ms)","DT":"Date(ms-0500)","Value":224,"Trend":"Flat"}}. */
    private static JsonObject modern(DexcomReading reading, ZoneOffset displayOffset) {
        long millis = reading.instant().toEpochMilli();
        JsonObject json = new JsonObject();
        json.addProperty("WT", date(millis));
        json.addProperty("ST", date(millis));
        json.addProperty("DT", date(millis, displayOffset));
        json.addProperty("Value", reading.mgPerDl());
        json.addProperty("Trend", reading.trendName());
        return json;
    }

    /** {@code {"DT":"/Date(ms-0500)/","ST":"/Date(ms+drift)/","Trend":4,"Value":99,"WT":"/Date(ms)/"}}. */
    private static JsonObject legacy(DexcomReading reading, ZoneOffset displayOffset) {
        long millis = reading.instant().toEpochMilli();
        JsonObject json = new JsonObject();
        json.addProperty("DT", "/" + date(millis, displayOffset) + "/");
        json.addProperty("ST", "/" + date(millis + LEGACY_CLOCK_DRIFT_MILLIS) + "/");
        json.addProperty("Trend", reading.trendNumber());
        json.addProperty("Value", reading.mgPerDl());
        json.addProperty("WT", "/" + date(millis) + "/");
        return json;
    }

    private static String date(long millis) {
        return "Date(" + millis + ")";
    }

    /** The epoch milliseconds stay UTC; the suffix only tells the offset the receiver displayed. */
    private static String date(long millis, ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return String.format(Locale.ROOT, "Date(%d%c%02d%02d)", millis, seconds < 0 ? '-' : '+', minutes / 60,
                minutes % 60);
    }
}
