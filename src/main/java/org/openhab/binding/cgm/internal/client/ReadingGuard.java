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
package org.openhab.binding.cgm.internal.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility.Rejection;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops the readings of an answer that cannot be true (see {@link ReadingPlausibility}) before they leave the client:
 * they are counted, logged once per kind at DEBUG, never published and never seen by the planner. Each patient is
 * judged alone, so one patient's bad reading never hides another's good one.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class ReadingGuard {

    private final Logger logger = LoggerFactory.getLogger(ReadingGuard.class);
    private final Map<Rejection, Integer> rejected = new EnumMap<>(Rejection.class);

    /** The patient with only the readings that can be true; the latest is the newest of them. */
    public Patient admit(Patient patient, Instant reference) {
        Sensor sensor = patient.sensor();
        Instant sensorStart = sensor != null ? sensor.activated() : null;
        List<GlucoseReading> kept = admit(patient.recent(), reference, sensorStart);
        GlucoseReading latest = patient.latest();
        if (latest != null && !kept.contains(latest)) {
            latest = admit(List.of(latest), reference, sensorStart).isEmpty() ? null : latest;
        }
        if (latest == null && !kept.isEmpty()) {
            latest = kept.get(kept.size() - 1);
        }
        return new Patient(patient.id(), patient.displayName(), latest, patient.unit(), patient.targetRange(), sensor,
                kept);
    }

    /** The readings that can be true at {@code reference}, in their order. */
    public List<GlucoseReading> admit(List<GlucoseReading> readings, Instant reference, @Nullable Instant sensorStart) {
        return admit(readings, reference, sensorStart, null);
    }

    /** The readings that can be true at {@code reference} in an answer for the span from {@code windowStart}. */
    public List<GlucoseReading> admit(List<GlucoseReading> readings, Instant reference, @Nullable Instant sensorStart,
            @Nullable Instant windowStart) {
        List<GlucoseReading> kept = new ArrayList<>(readings.size());
        for (GlucoseReading reading : readings) {
            Rejection rejection = ReadingPlausibility.check(reading, reference, sensorStart, windowStart);
            if (rejection == null) {
                kept.add(reading);
            } else {
                count(rejection);
            }
        }
        return kept;
    }

    /** How many readings were rejected for each reason since this client was made. */
    public synchronized Map<Rejection, Integer> rejected() {
        return Map.copyOf(rejected);
    }

    private synchronized void count(Rejection rejection) {
        Integer count = rejected.merge(rejection, 1, Integer::sum);
        if (count != null && count == 1) {
            // once per kind: a wrong reading stays in the answers for minutes, and its value is the patient's data
            logger.debug("Dropped a reading the cloud sent ({}); further ones of this kind are only counted",
                    switch (rejection) {
                        case FUTURE -> "dated in the future";
                        case BEFORE_SENSOR -> "dated before its sensor started";
                        case BEFORE_WINDOW -> "dated long before the span asked for";
                    });
        }
    }
}
