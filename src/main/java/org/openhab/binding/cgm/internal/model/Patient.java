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
package org.openhab.binding.cgm.internal.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A person whose readings an account can see, with the latest state the cloud knows.
 *
 * @param id the vendor's stable identifier of the patient (never a position in a list)
 * @param displayName a short name for the inbox label; personal data, never logged
 * @param latest the latest reading, if the cloud has one
 * @param unit the unit the patient's own app shows
 * @param targetRange the target range set in the vendor app, if the vendor sends one
 * @param sensor the sensor worn, if the vendor reports it
 * @param recent the readings this answer carried, oldest first, ending with {@code latest}; several where the vendor
 *            sends recent history in the same request (Dexcom), otherwise just the latest
 * @param onBoard insulin and carbohydrates on board, where the source computes them (Nightscout); otherwise null
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Patient(String id, String displayName, @Nullable GlucoseReading latest, GlucoseUnit unit,
        @Nullable TargetRange targetRange, @Nullable Sensor sensor, List<GlucoseReading> recent,
        @Nullable OnBoard onBoard) {

    public Patient {
        recent = List.copyOf(recent);
    }

    /** A patient of a source that knows nothing of insulin or carbohydrates on board. */
    public Patient(String id, String displayName, @Nullable GlucoseReading latest, GlucoseUnit unit,
            @Nullable TargetRange targetRange, @Nullable Sensor sensor, List<GlucoseReading> recent) {
        this(id, displayName, latest, unit, targetRange, sensor, recent, null);
    }

    /**
     * The key to compare patient ids by: ids are UUIDs (or "publisher"), the same patient whatever the letter case
     * or the spaces a configuration adds.
     */
    public static String key(String patientId) {
        return patientId.trim().toLowerCase(Locale.ROOT);
    }

    /** A patient whose answer carried only the latest reading. */
    public Patient(String id, String displayName, @Nullable GlucoseReading latest, GlucoseUnit unit,
            @Nullable TargetRange targetRange, @Nullable Sensor sensor) {
        this(id, displayName, latest, unit, targetRange, sensor, latest != null ? List.of(latest) : List.of());
    }

    /**
     * This patient with {@code history} merged into {@link #recent()}: oldest first, one reading per instant (the one
     * the answer carried where both have it).
     */
    public Patient withHistory(List<GlucoseReading> history) {
        Map<Instant, GlucoseReading> byTime = new TreeMap<>();
        history.forEach(reading -> byTime.put(reading.timestamp(), reading));
        recent.forEach(reading -> byTime.put(reading.timestamp(), reading));
        return new Patient(id, displayName, latest, unit, targetRange, sensor, new ArrayList<>(byTime.values()),
                onBoard);
    }

    @Override
    public String toString() {
        // keeps the name out of any log line that prints a patient
        return "Patient[latest=" + latest + "]";
    }
}
