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
package org.openhab.binding.cgm.internal.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * What a spoken summary of a patient says, before it is put into words: which case it is, and the facts that case
 * names. The same judgement as the channels: a reading is current only while it is not stale, LO and HI come from the
 * reading's sensor flags, the range from the thresholds, the direction from the vendor's trend.
 *
 * @param kind which sentence
 * @param reading the current reading, or for {@link Kind#STALE} and {@link Kind#OFFLINE} the last one; null when
 *            there is none
 * @param level how that reading's value is said: a number, or beyond what the sensor can measure
 * @param heading the direction in words, null when the vendor gave none
 * @param delta the change in mg/dL over the 5 minutes before the reading, null when unknown or not sayable
 * @param age the reading's age in whole minutes, null without a reading
 * @param until the end of the sensor's warm-up, for {@link Kind#WARMING_UP}
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SpokenSummary(Kind kind, @Nullable GlucoseReading reading, Level level, @Nullable Heading heading,
        @Nullable Integer delta, @Nullable Duration age, @Nullable Instant until) {

    /** The highest value a sensor's LO stands for, in mg/dL. */
    static final int SENSOR_FLOOR = 40;
    /** The lowest value a sensor's HI stands for, in mg/dL. */
    static final int SENSOR_CEILING = 400;

    /** The cases, each with its own sentence. */
    public enum Kind {
        /** A current reading, by where it lies. */
        URGENT_LOW,
        LOW,
        IN_RANGE,
        HIGH,
        URGENT_HIGH,
        /** A current reading beyond what the sensor can measure (LO, HI): never said as a number. */
        BELOW_SENSOR,
        ABOVE_SENSOR,
        /** No current reading because the readings stopped; the last one is said as past. */
        STALE,
        /** No current reading, and the account cannot be reached. */
        OFFLINE,
        SENSOR_ENDED,
        WARMING_UP,
        NO_READING
    }

    /** How a value is said. */
    public enum Level {
        VALUE,
        BELOW_SENSOR,
        ABOVE_SENSOR
    }

    /** The direction of the vendor's trend arrow, in words. */
    public enum Heading {
        RISING_QUICKLY,
        RISING,
        RISING_SLOWLY,
        STEADY,
        FALLING_SLOWLY,
        FALLING,
        FALLING_QUICKLY
    }

    /**
     * The summary now.
     *
     * @param current the newest reading as judged when it arrived, null before the first
     * @param freshness how old it is now
     * @param sensor the sensor's life now
     * @param reachable false while the account (or this patient in it) cannot be read
     */
    public static SpokenSummary of(@Nullable CurrentReading current, Freshness freshness, SensorLife sensor,
            boolean reachable, Instant now) {
        GlucoseReading reading = current != null ? current.reading() : null;
        Duration age = reading != null ? minutes(reading.timestamp(), now) : null;
        Level lastLevel = current != null ? level(current) : Level.VALUE;
        if (sensor.state() == SensorState.WARMING_UP) {
            // a sensor gives no readings while it warms up: a reading now is the old sensor's, and the warm-up the news
            return new SpokenSummary(Kind.WARMING_UP, reading, lastLevel, null, null, age, sensor.warmUpEnds());
        }
        if (current != null && reading != null && !freshness.stale()) {
            Level level = level(current);
            return new SpokenSummary(kind(current, level), reading, level, heading(reading.trend()),
                    level == Level.VALUE ? current.direction().delta() : null, age, null);
        }
        if (sensor.state() == SensorState.ENDED) {
            return new SpokenSummary(Kind.SENSOR_ENDED, reading, lastLevel, null, null, age, null);
        }
        if (!reachable) {
            return new SpokenSummary(Kind.OFFLINE, reading, lastLevel, null, null, age, null);
        }
        return new SpokenSummary(reading != null ? Kind.STALE : Kind.NO_READING, reading, lastLevel, null, null, age,
                null);
    }

    /**
     * LO and HI: the sensor's flag on a value at its limit (Dexcom sends 39 and 401, FreeStyle Libre measures 40 to
     * 500). The value check keeps a flag that means "below target" (as some sources set it) from being said as LO.
     */
    private static Level level(CurrentReading current) {
        int mgPerDl = current.reading().mgPerDl();
        if (current.low() && mgPerDl <= SENSOR_FLOOR) {
            return Level.BELOW_SENSOR;
        }
        return current.high() && mgPerDl >= SENSOR_CEILING ? Level.ABOVE_SENSOR : Level.VALUE;
    }

    private static Kind kind(CurrentReading current, Level level) {
        return switch (level) {
            case BELOW_SENSOR -> Kind.BELOW_SENSOR;
            case ABOVE_SENSOR -> Kind.ABOVE_SENSOR;
            default -> switch (current.range()) {
                case URGENT_LOW -> Kind.URGENT_LOW;
                case LOW -> Kind.LOW;
                case HIGH -> Kind.HIGH;
                case URGENT_HIGH -> Kind.URGENT_HIGH;
                default -> Kind.IN_RANGE;
            };
        };
    }

    static @Nullable Heading heading(Trend trend) {
        return switch (trend) {
            case DOUBLE_UP -> Heading.RISING_QUICKLY;
            case SINGLE_UP -> Heading.RISING;
            case FORTY_FIVE_UP -> Heading.RISING_SLOWLY;
            case FLAT -> Heading.STEADY;
            case FORTY_FIVE_DOWN -> Heading.FALLING_SLOWLY;
            case SINGLE_DOWN -> Heading.FALLING;
            case DOUBLE_DOWN -> Heading.FALLING_QUICKLY;
            default -> null;
        };
    }

    /** Whole minutes from {@code from} to {@code now}; none for a reading from a clock slightly ahead. */
    private static Duration minutes(Instant from, Instant now) {
        Duration age = Duration.between(from, now).truncatedTo(ChronoUnit.MINUTES);
        return age.isNegative() ? Duration.ZERO : age;
    }
}
