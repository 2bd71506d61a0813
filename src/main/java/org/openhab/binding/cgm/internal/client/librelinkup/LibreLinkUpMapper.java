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
package org.openhab.binding.cgm.internal.client.librelinkup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluConnection;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGlucoseItem;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.binding.cgm.internal.model.SensorLimits;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * Maps LibreLinkUp answers onto the vendor-neutral model. Items it cannot trust (no UTC timestamp, no value) are
 * dropped rather than guessed.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LibreLinkUpMapper {

    private static final int UNIT_MMOL = 0;

    /** sensor.pt: 3 a 14-day sensor, 4 a 15-day Plus sensor (as peer clients map it). */
    private static final int PRODUCT_TYPE_14_DAYS = 3;
    private static final int PRODUCT_TYPE_PLUS = 4;
    /** A warm-up beyond a day is nonsense; the default stands in for it. */
    private static final int MAX_WARM_UP_MINUTES = 24 * 60;
    /** 9999-12-31: beyond it an activation time is nonsense and would not even be an Instant we can show. */
    private static final long LATEST_EPOCH_SECOND = 253402300799L;

    /** LibreLinkUp has single arrows only. 0 means the sensor could not determine one. */
    private static final Map<Integer, Trend> TRENDS = Map.of(1, Trend.SINGLE_DOWN, 2, Trend.FORTY_FIVE_DOWN, 3,
            Trend.FLAT, 4, Trend.FORTY_FIVE_UP, 5, Trend.SINGLE_UP);

    /** patientDevice.dtid: the sensor family. */
    private static final Map<Integer, String> MODELS = Map.of(40066, "FreeStyle Libre", 40067, "FreeStyle Libre 2",
            40068, "FreeStyle Libre 3");

    private LibreLinkUpMapper() {
    }

    /** The patient of a connection, or null when the connection has no patient id to key it by. */
    public static @Nullable Patient patient(LluConnection connection) {
        String rawId = connection.patientId;
        if (rawId == null || rawId.isBlank()) {
            return null;
        }
        String id = Patient.key(rawId);
        LluGlucoseItem item = connection.glucoseMeasurement != null ? connection.glucoseMeasurement
                : connection.glucoseItem;
        GlucoseReading latest = item != null ? reading(item) : null;
        String name = connection.firstName != null && !connection.firstName.isBlank() ? connection.firstName.trim()
                : "Patient";
        return new Patient(id, name, latest, unit(connection, item), targetRange(connection), sensor(connection));
    }

    /** Readings of a graph, oldest first, without the items that cannot be trusted. */
    public static List<GlucoseReading> history(@Nullable List<LluGlucoseItem> items) {
        return GlucoseReading.oldestFirst(items, LibreLinkUpMapper::reading);
    }

    /**
     * A reading, or null without a readable UTC timestamp or a plausible mg/dL value. The vendor's mmol/L figure is
     * kept only where the item says mmol/L and the figure agrees with mg/dL.
     */
    public static @Nullable GlucoseReading reading(LluGlucoseItem item) {
        Instant timestamp = factoryTimestamp(item.factoryTimestamp);
        Integer mgPerDl = ReadingPlausibility.mgPerDl(item.valueInMgPerDl);
        if (timestamp == null || mgPerDl == null) {
            return null;
        }
        BigDecimal vendorMmol = null;
        if (item.glucoseUnits != null && item.glucoseUnits == UNIT_MMOL) {
            vendorMmol = ReadingPlausibility.vendorMmol(item.value, mgPerDl);
        }
        Integer arrow = item.trendArrow;
        Trend trend = arrow == null ? Trend.NONE : TRENDS.getOrDefault(arrow, Trend.NOT_COMPUTABLE);
        MeasurementColor color = item.measurementColor != null
                ? MeasurementColor.fromCode(item.measurementColor).orElse(null)
                : null;
        return SensorLimits.FREESTYLE_LIBRE.reading(timestamp, mgPerDl, vendorMmol, trend, color, item.isLow,
                item.isHigh);
    }

    /**
     * Parses a FactoryTimestamp, "M/d/yyyy h:mm:ss a" in UTC (e.g. "5/21/2022 1:38:50 PM"), by hand: a formatter
     * object per reading cost more than the rest of the parse. Null when absent or not a real date and time.
     */
    public static @Nullable Instant factoryTimestamp(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int[] at = { 0 };
        int month = number(t, at, 1, 2, '/');
        int day = number(t, at, 1, 2, '/');
        int year = number(t, at, 4, 4, ' ');
        int hour = number(t, at, 1, 2, ':');
        int minute = number(t, at, 2, 2, ':');
        int second = number(t, at, 2, 2, ' ');
        if (at[0] < 0 || t.length() != at[0] + 2 || month < 1 || month > 12 || year < 1 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour < 1 || hour > 12 || minute > 59
                || second > 59) {
            return null;
        }
        char a = Character.toUpperCase(t.charAt(at[0]));
        if ((a != 'A' && a != 'P') || Character.toUpperCase(t.charAt(at[0] + 1)) != 'M') {
            return null;
        }
        int hourOfDay = hour % 12 + (a == 'P' ? 12 : 0);
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hourOfDay * 3600 + minute * 60 + second);
    }

    /**
     * The digits from {@code at[0]} (at least {@code min}, at most {@code max}) and the separator after them, which
     * moves {@code at[0]} past both; -1 when they are not there.
     */
    private static int number(String text, int[] at, int min, int max, char separator) {
        int start = at[0];
        if (start < 0) {
            return -1;
        }
        int value = 0;
        int i = start;
        while (i < text.length() && i - start < max && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            value = value * 10 + text.charAt(i) - '0';
            i++;
        }
        if (i - start < min || i >= text.length() || text.charAt(i) != separator) {
            at[0] = -1;
            return -1;
        }
        at[0] = i + 1;
        return value;
    }

    private static GlucoseUnit unit(LluConnection connection, @Nullable LluGlucoseItem item) {
        Integer code = connection.uom != null ? connection.uom : item != null ? item.glucoseUnits : null;
        return code != null && code == UNIT_MMOL ? GlucoseUnit.MMOL_PER_L : GlucoseUnit.MG_PER_DL;
    }

    private static @Nullable TargetRange targetRange(LluConnection connection) {
        Integer low = ReadingPlausibility.mgPerDl(connection.targetLow);
        Integer high = ReadingPlausibility.mgPerDl(connection.targetHigh);
        if (low == null || high == null || high <= low) {
            return null;
        }
        return new TargetRange(low, high);
    }

    private static @Nullable Sensor sensor(LluConnection connection) {
        LluConnection.LluSensor sensor = connection.sensor;
        if (sensor == null || sensor.sn == null || sensor.sn.isBlank()) {
            return null;
        }
        Integer family = connection.patientDevice != null ? connection.patientDevice.dtid : null;
        String model = family != null ? MODELS.getOrDefault(family, "") : "";
        Instant activated = sensor.a != null && sensor.a > 0 && sensor.a < LATEST_EPOCH_SECOND
                ? Instant.ofEpochSecond(sensor.a)
                : null;
        Duration warmUp = sensor.w != null && sensor.w >= 0 && sensor.w <= MAX_WARM_UP_MINUTES
                ? Duration.ofMinutes(sensor.w)
                : Sensor.DEFAULT_WARM_UP;
        return new Sensor(sensor.sn, model, activated, lifespan(sensor.pt, family), warmUp);
    }

    /**
     * Inferred, not documented: product type 4 is a 15-day Plus sensor, 3 a 14-day one; without a known product type
     * every known FreeStyle Libre family lasts 14 days.
     */
    private static @Nullable Duration lifespan(@Nullable Integer productType, @Nullable Integer family) {
        if (productType != null && productType == PRODUCT_TYPE_PLUS) {
            return Duration.ofDays(15);
        }
        if ((productType != null && productType == PRODUCT_TYPE_14_DAYS)
                || (family != null && MODELS.containsKey(family))) {
            return Duration.ofDays(14);
        }
        return null;
    }
}
