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
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * Builds readings along a curve and feeds them to a {@link PatientInsight} as a cloud would.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class Curves {

    static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");
    /** How long after a reading was taken it reaches the insight. */
    static final Duration LAG = Duration.ofSeconds(20);

    private Curves() {
    }

    static GlucoseReading reading(Instant at, int mgPerDl) {
        return new GlucoseReading(at, mgPerDl, null, Trend.NONE, null, false, false);
    }

    static GlucoseReading reading(int minute, int mgPerDl) {
        return reading(T0.plus(Duration.ofMinutes(minute)), mgPerDl);
    }

    /** Readings every {@code interval} from {@code start} for {@code length}, the value a function of minutes. */
    static List<GlucoseReading> curve(Instant start, Duration interval, Duration length,
            DoubleUnaryOperator mgAtMinute) {
        List<GlucoseReading> readings = new ArrayList<>();
        for (Duration offset = Duration.ZERO; offset.compareTo(length) < 0; offset = offset.plus(interval)) {
            double minutes = offset.toSeconds() / 60.0;
            readings.add(reading(start.plus(offset), (int) Math.round(mgAtMinute.applyAsDouble(minutes))));
        }
        return readings;
    }

    /** A straight line of {@code rate} mg/dL per minute from {@code from} mg/dL, for {@code minutes}. */
    static List<GlucoseReading> line(Instant start, Duration interval, int minutes, double from, double rate) {
        return curve(start, interval, Duration.ofMinutes(minutes), m -> from + rate * m);
    }

    /** Joins curves; each later one starts one interval after the end of the one before. */
    @SafeVarargs
    static List<GlucoseReading> join(List<GlucoseReading>... parts) {
        List<GlucoseReading> all = new ArrayList<>();
        for (List<GlucoseReading> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static Instant after(List<GlucoseReading> readings, Duration interval) {
        return readings.get(readings.size() - 1).timestamp().plus(interval);
    }

    /** Feeds readings one at a time, each {@link #LAG} after it was taken, and returns every event in order. */
    static List<GlucoseEvent> feed(PatientInsight insight, List<GlucoseReading> readings) {
        List<GlucoseEvent> events = new ArrayList<>();
        for (GlucoseReading reading : readings) {
            events.addAll(insight.accept(List.of(reading), reading.timestamp().plus(LAG)).events());
        }
        return events;
    }
}
