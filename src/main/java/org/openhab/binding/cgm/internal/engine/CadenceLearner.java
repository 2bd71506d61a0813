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
package org.openhab.binding.cgm.internal.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;

/**
 * How often readings come, learned from the readings themselves, for sources that take whatever an uploader sends:
 * the median spacing of the last readings of each patient, as one minute, five minutes, or irregular (then the
 * first guess stays, and the planner's overdue rule looks at the floor, then ever less often).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class CadenceLearner {

    /** Spacings seen before a cadence is believed. */
    static final int MIN_SPACINGS = 4;
    private static final int KEPT = 13;
    private static final Duration ONE_MINUTE = Duration.ofMinutes(1);
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final SensorCadence guess;
    private final Map<String, TreeSet<Instant>> seen = new HashMap<>();

    CadenceLearner(SensorCadence guess) {
        this.guess = guess;
    }

    /** Learns from a poll's patients; returns the cadence the readings show so far. */
    SensorCadence observe(List<Patient> patients) {
        Duration fastest = null;
        for (Patient patient : patients) {
            TreeSet<Instant> times = seen.computeIfAbsent(patient.id(), id -> new TreeSet<>());
            for (GlucoseReading reading : patient.recent()) {
                times.add(reading.timestamp());
            }
            while (times.size() > KEPT) {
                times.pollFirst();
            }
            Duration spacing = classify(times);
            if (spacing != null && (fastest == null || spacing.compareTo(fastest) < 0)) {
                fastest = spacing;
            }
        }
        return fastest == null || fastest.equals(guess.interval()) ? guess
                : new SensorCadence(fastest, guess.publishDelay());
    }

    /** One or five minutes when most spacings are about that; null while too few or irregular. */
    private static @Nullable Duration classify(TreeSet<Instant> times) {
        if (times.size() <= MIN_SPACINGS) {
            return null;
        }
        List<Long> spacings = new ArrayList<>();
        Instant previous = null;
        for (Instant time : times) {
            if (previous != null) {
                spacings.add(Duration.between(previous, time).toSeconds());
            }
            previous = time;
        }
        spacings.sort(Long::compare);
        long median = spacings.get(spacings.size() / 2);
        if (median >= 40 && median <= 90) {
            return ONE_MINUTE;
        }
        if (median >= 4 * 60 && median <= 6 * 60) {
            return FIVE_MINUTES;
        }
        return null;
    }
}
