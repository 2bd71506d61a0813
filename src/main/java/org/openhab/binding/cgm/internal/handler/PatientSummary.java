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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.CHANNEL_SUMMARY;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.Freshness;
import org.openhab.binding.cgm.internal.insight.SensorLife;
import org.openhab.binding.cgm.internal.insight.SpokenSummary;
import org.openhab.binding.cgm.internal.insight.Update;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.State;

/**
 * The {@code summary} channel of one patient: follows what the patient's judgement says (the newest reading, its
 * freshness, the sensor) and whether the account can be read, and words it on demand. Not thread-safe: the patient
 * handler calls it under its own lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class PatientSummary {

    private static final int MAX_NAME_LENGTH = 60;

    private final @Nullable Speech speech;
    private @Nullable CurrentReading current;
    private Freshness freshness = Freshness.UNKNOWN;
    private SensorLife sensor = SensorLife.UNKNOWN;
    private boolean reachable = true;
    private GlucoseUnit patientUnit = GlucoseUnit.MG_PER_DL;
    private String patientName = "";

    /** @param speech null on a host without the binding's translations: then there is no summary */
    PatientSummary(@Nullable Speech speech) {
        this.speech = speech;
    }

    void clear() {
        current = null;
        freshness = Freshness.UNKNOWN;
        sensor = SensorLife.UNKNOWN;
        reachable = true;
        patientUnit = GlucoseUnit.MG_PER_DL;
        patientName = "";
    }

    void take(Update update) {
        CurrentReading newCurrent = update.current();
        if (newCurrent != null) {
            current = newCurrent;
        }
        freshness = update.freshness();
        sensor = update.sensor();
    }

    /** The patient as the account sees it: the unit of the vendor app, and the name when the thing has no label. */
    void seen(Patient patient) {
        reachable = true;
        patientUnit = patient.unit();
        patientName = spokenName(patient.displayName());
    }

    void reachable(boolean canRead) {
        reachable = canRead;
    }

    /** The newest reading as judged when it arrived, null before the first. */
    @Nullable
    CurrentReading current() {
        return current;
    }

    Freshness freshness() {
        return freshness;
    }

    /**
     * The channel's state now: the sentence for the thing's label (the patient's name as the cloud has it when the
     * thing has none), empty without translations.
     *
     * @param unit the unit the user chose, null for the vendor app's
     */
    Map<String, State> state(@Nullable String label, @Nullable GlucoseUnit unit, ZoneId zone, Instant now) {
        Speech words = speech;
        if (words == null) {
            return Map.of();
        }
        String name = label != null && !label.isBlank() ? label.trim() : patientName;
        String sentence = words.wording().sentence(SpokenSummary.of(current, freshness, sensor, reachable, now), name,
                unit != null ? unit : patientUnit, words.localeProvider().getLocale(), zone);
        return sentence != null ? Map.of(CHANNEL_SUMMARY, new StringType(sentence)) : Map.of();
    }

    /** A name the cloud sent, as plain words: letters, marks, digits, spaces, dots, hyphens and apostrophes. */
    private static String spokenName(String name) {
        String plain = name.replaceAll("[^\\p{L}\\p{M}\\p{N} .'-]", " ").replaceAll("\\s+", " ").trim();
        return plain.length() > MAX_NAME_LENGTH ? plain.substring(0, MAX_NAME_LENGTH).trim() : plain;
    }
}
