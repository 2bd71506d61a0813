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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;

/**
 * What one account's polls have shown about when each patient's readings become visible: one
 * {@link UploadTimingModel} per patient, fed by every successful poll, and which of them lack a recent reading that may
 * still be backfilled. Patients the account no longer sees are
 * forgotten.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class VisibilityTracker {

    /** How long a missing reading in the recent history is waited for at the floor (Dexcom backfills). */
    static final Duration BACKFILL_WAIT = Duration.ofMinutes(10);

    private final SensorCadence cadence;
    private final Duration floor;
    private final Map<String, UploadTimingModel> models = new HashMap<>();
    /** Where readings come at least two floors apart and answers carry recent history: the looks per reading. */
    private final Map<String, LosslessLooks> looks = new HashMap<>();
    /** Patients whose last answer carried recent history. */
    private final Set<String> lossless = new HashSet<>();
    private final boolean twoLooks;
    /** Patients whose recent history has a hole young enough to be a backfill still on its way. */
    private final Set<String> awaitingBackfill = new HashSet<>();

    VisibilityTracker(SensorCadence cadence, Duration floor) {
        this.cadence = cadence;
        this.floor = floor;
        this.twoLooks = cadence.interval().compareTo(floor.multipliedBy(PollPlanner.WINDOW_FLOORS)) >= 0;
    }

    /** Learns from a poll that returned these patients at {@code now}. */
    synchronized void observe(Instant now, List<Patient> patients) {
        Set<String> seen = new HashSet<>();
        for (Patient patient : patients) {
            seen.add(patient.id());
            GlucoseReading latest = patient.latest();
            if (latest != null) {
                UploadTimingModel model = Objects.requireNonNull(models.computeIfAbsent(patient.id(),
                        id -> new UploadTimingModel(cadence.interval(), cadence.publishDelay(), floor)));
                boolean withHistory = patient.recent().size() > 1;
                model.observe(now, latest.timestamp(), withHistory);
                if (twoLooks) {
                    Objects.requireNonNull(looks.computeIfAbsent(patient.id(),
                            id -> new LosslessLooks(cadence.interval(), cadence.publishDelay())))
                            .observe(now, patient.recent());
                }
                if (withHistory) {
                    lossless.add(patient.id());
                } else {
                    lossless.remove(patient.id());
                }
                if (hasYoungHole(patient.recent(), latest)) {
                    awaitingBackfill.add(patient.id());
                } else {
                    awaitingBackfill.remove(patient.id());
                }
            }
        }
        models.keySet().retainAll(seen);
        looks.keySet().retainAll(seen);
        lossless.retainAll(seen);
        awaitingBackfill.retainAll(seen);
    }

    /** True when a reading is missing between recent ones taken within {@link #BACKFILL_WAIT} of the newest. */
    private boolean hasYoungHole(List<GlucoseReading> recent, GlucoseReading latest) {
        long cadenceMs = cadence.interval().toMillis();
        for (int i = recent.size() - 1; i > 0; i--) {
            Instant newer = recent.get(i).timestamp();
            if (Duration.between(newer, latest.timestamp()).compareTo(BACKFILL_WAIT) >= 0) {
                return false;
            }
            long gap = newer.toEpochMilli() - recent.get(i - 1).timestamp().toEpochMilli();
            if (gap > cadenceMs * 3 / 2 && gap < cadenceMs * 3) {
                return true;
            }
        }
        return false;
    }

    /** Whether a patient's history lacks a reading that may still arrive: worth a look at the floor. */
    synchronized boolean awaitsBackfill(String patientId) {
        return awaitingBackfill.contains(patientId);
    }

    /** The looks at the patient's next reading, where each may be looked for early, late and once more; else null. */
    private @Nullable LosslessLooks looksOf(String patientId) {
        return lossless.contains(patientId) ? looks.get(patientId) : null;
    }

    /** When to look early for the patient's next reading (recent history in the answers, wide delays), or null. */
    synchronized @Nullable Instant earlyVisible(String patientId) {
        LosslessLooks patientLooks = looksOf(patientId);
        return patientLooks == null ? null : patientLooks.earlyLook();
    }

    /**
     * Whether the last poll was the early or the late look at the patient's next reading and came too soon: the next
     * look follows, a window later at least.
     */
    synchronized boolean lookMissed(String patientId) {
        LosslessLooks patientLooks = looksOf(patientId);
        return patientLooks != null && (patientLooks.earlyJustMissed() || patientLooks.lateJustMissed());
    }

    /** Whether readings come at least two floors apart, so that each may be looked for more than once. */
    boolean looksTwice() {
        return twoLooks;
    }

    /** Whether the patient's last answer carried recent history, not only the latest reading. */
    synchronized boolean carriesHistory(String patientId) {
        return lossless.contains(patientId);
    }

    /** When the patient's next reading should be visible, or null while none was seen. */
    synchronized @Nullable Instant nextVisible(String patientId) {
        LosslessLooks patientLooks = looksOf(patientId);
        if (patientLooks != null) {
            return patientLooks.lateLook();
        }
        UploadTimingModel model = models.get(patientId);
        return model == null ? null : model.nextVisible();
    }
}
