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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.DailyStatistics;
import org.openhab.binding.cgm.internal.insight.Direction;
import org.openhab.binding.cgm.internal.insight.Freshness;
import org.openhab.binding.cgm.internal.insight.GlucoseThresholds;
import org.openhab.binding.cgm.internal.insight.SensorLife;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.OnBoard;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.UnDefType;

/**
 * Turns the judgement of a patient's readings into channel states: one map per concern, channel id to state.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PatientStates {

    /** The channels that describe the current glucose: UNDEF while it is stale, unless the user keeps them. */
    public static final List<String> CURRENT_GLUCOSE = List.of(CHANNEL_GLUCOSE, CHANNEL_GLUCOSE_MMOL, CHANNEL_TREND,
            CHANNEL_MEASUREMENT_COLOR, CHANNEL_HIGH, CHANNEL_LOW, CHANNEL_RATE_OF_CHANGE, CHANNEL_DELTA, CHANNEL_RANGE);

    private static final List<String> STATISTICS = List.of(CHANNEL_TIME_IN_RANGE, CHANNEL_TIME_BELOW_RANGE,
            CHANNEL_TIME_ABOVE_RANGE, CHANNEL_TIME_VERY_LOW, CHANNEL_AVERAGE_GLUCOSE, CHANNEL_GLUCOSE_VARIABILITY,
            CHANNEL_GMI, CHANNEL_DATA_COVERAGE);

    private PatientStates() {
    }

    /** Every state channel UNDEF: a patient of whom nothing is known yet. */
    public static Map<String, State> unknown() {
        Map<String, State> states = new LinkedHashMap<>();
        undefine(states, CURRENT_GLUCOSE);
        undefine(states, List.of(CHANNEL_TIMESTAMP, CHANNEL_STALE, CHANNEL_READING_AGE, CHANNEL_TARGET_LOW,
                CHANNEL_TARGET_HIGH, CHANNEL_SENSOR_ACTIVATED, CHANNEL_SENSOR_EXPIRY, CHANNEL_SENSOR_STATE));
        undefine(states, STATISTICS);
        undefine(states, List.of(CHANNEL_SUMMARY));
        undefine(states, List.of(CHANNEL_INSULIN_ON_BOARD, CHANNEL_CARBS_ON_BOARD));
        return states;
    }

    /** Insulin and carbohydrates on board; UNDEF where the source does not say (every source but Nightscout). */
    public static Map<String, State> onBoard(@Nullable OnBoard onBoard) {
        BigDecimal insulin = onBoard != null ? onBoard.insulinUnits() : null;
        BigDecimal carbs = onBoard != null ? onBoard.carbsGrams() : null;
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_INSULIN_ON_BOARD, insulin != null ? new DecimalType(insulin) : UnDefType.UNDEF);
        states.put(CHANNEL_CARBS_ON_BOARD,
                carbs != null ? new QuantityType<>(carbs.toPlainString() + " g") : UnDefType.UNDEF);
        return states;
    }

    /** The current glucose channels as UNDEF, for a reading too old to be shown as current. */
    public static Map<String, State> staleGlucose() {
        Map<String, State> states = new LinkedHashMap<>();
        undefine(states, CURRENT_GLUCOSE);
        return states;
    }

    /** The current glucose channels and the reading time. */
    public static Map<String, State> current(CurrentReading current, ZoneId zone) {
        GlucoseReading reading = current.reading();
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_GLUCOSE, mgPerDl(reading.mgPerDl()));
        states.put(CHANNEL_GLUCOSE_MMOL, mmol(reading));
        states.put(CHANNEL_TREND, new StringType(reading.trend().nightscoutName()));
        states.put(CHANNEL_MEASUREMENT_COLOR, new StringType(current.color().name()));
        states.put(CHANNEL_HIGH, OnOffType.from(current.high()));
        states.put(CHANNEL_LOW, OnOffType.from(current.low()));
        Direction direction = current.direction();
        BigDecimal rate = direction.rateOfChange();
        states.put(CHANNEL_RATE_OF_CHANGE, rate != null ? new DecimalType(rate) : UnDefType.UNDEF);
        Integer delta = direction.delta();
        states.put(CHANNEL_DELTA, delta != null ? mgPerDl(delta) : UnDefType.UNDEF);
        states.put(CHANNEL_RANGE, new StringType(current.range().name()));
        states.put(CHANNEL_TIMESTAMP, new DateTimeType(reading.timestamp().atZone(zone)));
        return states;
    }

    /** Past readings as time series (policy ADD) of the glucose channels, for persistence; empty for none. */
    public static Map<String, TimeSeries> glucoseSeries(List<GlucoseReading> readings) {
        if (readings.isEmpty()) {
            return Map.of();
        }
        TimeSeries mgPerDl = new TimeSeries(TimeSeries.Policy.ADD);
        TimeSeries mmol = new TimeSeries(TimeSeries.Policy.ADD);
        for (GlucoseReading reading : readings) {
            mgPerDl.add(reading.timestamp(), mgPerDl(reading.mgPerDl()));
            mmol.add(reading.timestamp(), mmol(reading));
        }
        Map<String, TimeSeries> series = new LinkedHashMap<>();
        series.put(CHANNEL_GLUCOSE, mgPerDl);
        series.put(CHANNEL_GLUCOSE_MMOL, mmol);
        return series;
    }

    public static Map<String, State> freshness(Freshness freshness) {
        Map<String, State> states = new LinkedHashMap<>();
        Duration age = freshness.readingAge();
        states.put(CHANNEL_STALE, age != null ? OnOffType.from(freshness.stale()) : UnDefType.UNDEF);
        states.put(CHANNEL_READING_AGE,
                age != null ? new QuantityType<>(age.toSeconds() / 60 + " min") : UnDefType.UNDEF);
        return states;
    }

    public static Map<String, State> targets(GlucoseThresholds thresholds) {
        return Map.of(CHANNEL_TARGET_LOW, mgPerDl(thresholds.targetLow()), CHANNEL_TARGET_HIGH,
                mgPerDl(thresholds.targetHigh()));
    }

    /** @param activated the sensor's start as the cloud reports it */
    public static Map<String, State> sensor(SensorLife life, @Nullable Instant activated, ZoneId zone) {
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_SENSOR_ACTIVATED, dateTime(activated, zone));
        states.put(CHANNEL_SENSOR_EXPIRY, dateTime(life.expires(), zone));
        states.put(CHANNEL_SENSOR_STATE, new StringType(life.state().name()));
        return states;
    }

    public static Map<String, State> statistics(DailyStatistics day) {
        Map<String, State> states = new LinkedHashMap<>();
        states.put(CHANNEL_TIME_IN_RANGE, percent(day.timeInRange()));
        states.put(CHANNEL_TIME_BELOW_RANGE, percent(day.timeBelowRange()));
        states.put(CHANNEL_TIME_ABOVE_RANGE, percent(day.timeAboveRange()));
        states.put(CHANNEL_TIME_VERY_LOW, percent(day.timeVeryLow()));
        BigDecimal average = day.averageGlucose();
        states.put(CHANNEL_AVERAGE_GLUCOSE,
                average != null ? new QuantityType<>(average.toPlainString() + " mg/dl") : UnDefType.UNDEF);
        states.put(CHANNEL_GLUCOSE_VARIABILITY, percent(day.glucoseVariability()));
        states.put(CHANNEL_GMI, percent(day.gmi()));
        states.put(CHANNEL_DATA_COVERAGE, percent(day.dataCoverage()));
        return states;
    }

    private static State mmol(GlucoseReading reading) {
        return new DecimalType(reading.mmolPerL());
    }

    /** A glucose value or difference; openHAB parses the lower-case "mg/dl" only. */
    static QuantityType<?> mgPerDl(int value) {
        return new QuantityType<>(value + " mg/dl");
    }

    private static State percent(@Nullable BigDecimal value) {
        return value != null ? new QuantityType<>(value.toPlainString() + " %") : UnDefType.UNDEF;
    }

    private static State dateTime(@Nullable Instant instant, ZoneId zone) {
        return instant != null ? new DateTimeType(instant.atZone(zone)) : UnDefType.UNDEF;
    }

    private static void undefine(Map<String, State> states, List<String> channels) {
        channels.forEach(channel -> states.put(channel, UnDefType.UNDEF));
    }
}
