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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;

/**
 * When to fetch the readings a patient's history lacks: at the first poll after a start, and after a gap in the
 * patient's readings longer than {@link #GAP_INTERVALS} sensor intervals. Two ways, by vendor:
 * <ul>
 * <li>where the normal read can reach back ({@link #lookback}), the read asks for the gap itself: no extra
 * request;</li>
 * <li>where history needs a request of its own ({@link #historyRequests}), one per patient that wants history, at
 * most once per patient per {@link #HISTORY_REQUEST_INTERVAL}.</li>
 * </ul>
 * Pure: it only remembers, per patient, the newest reading seen and the last history request (the latter where its
 * caller says, so that it can outlive a restart). Not thread-safe; the poller calls it from its one cycle at a time.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class BackfillPlanner {

    /** A gap is longer than this many sensor intervals without a reading. */
    static final int GAP_INTERVALS = 3;
    /** The shortest time between two history requests for one patient. */
    static final Duration HISTORY_REQUEST_INTERVAL = Duration.ofMinutes(30);

    private final Duration interval;
    private final Duration longestLookback;
    /** Newest reading seen per patient key; {@link Instant#MIN} for a patient seen without any. */
    private final Map<String, Instant> newestSeen = new HashMap<>();
    private final Map<String, Instant> lastHistoryRequest;
    /** Who wanted history at the previous poll: a patient that starts wanting it gets it once. */
    private final Set<String> wantedBefore = new HashSet<>();
    /** Patients whose history is still missing: asked for too soon after the last request, or the request failed. */
    private final Set<String> pending = new HashSet<>();

    /**
     * @param interval how often the sensor reads
     * @param longestLookback how far back the vendor's normal read can reach; zero when it carries only the latest
     */
    public BackfillPlanner(Duration interval, Duration longestLookback) {
        this(interval, longestLookback, new HashMap<>());
    }

    /**
     * @param lastHistoryRequest when each patient's history was last requested (key: {@link #key}), kept by the caller
     *            where it outlives this planner, e.g. across restarts of the poller
     */
    public BackfillPlanner(Duration interval, Duration longestLookback, Map<String, Instant> lastHistoryRequest) {
        this.interval = interval;
        this.longestLookback = longestLookback;
        this.lastHistoryRequest = lastHistoryRequest;
    }

    /** The gap beyond which readings are fetched. */
    public Duration gapThreshold() {
        return interval.multipliedBy(GAP_INTERVALS);
    }

    /**
     * How far back the next read should reach, for vendors whose read can: the longest it can before any reading was
     * seen (the first poll, a patient who had none) and when a patient starts wanting history; the gap plus one
     * interval after a gap (of any patient: it costs no request); else zero, the normal read.
     *
     * @param wanted keys ({@link #key}) of the patients whose history is used
     */
    public Duration lookback(Instant now, Set<String> wanted) {
        if (longestLookback.isZero()) {
            return Duration.ZERO;
        }
        if (newestSeen.isEmpty() || newestSeen.containsValue(Instant.MIN) || !wantedBefore.containsAll(wanted)) {
            return longestLookback;
        }
        Duration longest = Duration.ZERO;
        for (Instant newest : newestSeen.values()) {
            Duration gap = Duration.between(newest, now);
            if (gap.compareTo(gapThreshold()) > 0 && gap.compareTo(longest) > 0) {
                longest = gap;
            }
        }
        if (longest.isZero()) {
            return Duration.ZERO;
        }
        Duration reach = longest.plus(interval);
        return reach.compareTo(longestLookback) > 0 ? longestLookback : reach;
    }

    /**
     * The ids of the patients whose history to request after a read that returned {@code patients}, for vendors whose
     * history needs its own request: those in {@code wanted} that did not want it at the previous poll (so every one
     * at the first poll after a start), whose latest reading ends a gap, or whose history is still pending; but not
     * before their last history request is {@link #HISTORY_REQUEST_INTERVAL} ago: until then it stays pending. Call
     * {@link #requested} for each request made, and {@link #failed} for each that failed.
     *
     * @param wanted keys ({@link #key}) of the patients whose history is used
     */
    public List<String> historyRequests(List<Patient> patients, Set<String> wanted, Instant now) {
        List<String> requests = new ArrayList<>();
        for (Patient patient : patients) {
            String key = Patient.key(patient.id());
            if (wanted.contains(key)
                    && (!wantedBefore.contains(key) || endsGap(key, patient.latest()) || pending.contains(key))) {
                Instant last = lastHistoryRequest.get(key);
                if (last == null || !now.isBefore(last.plus(HISTORY_REQUEST_INTERVAL))) {
                    requests.add(patient.id());
                } else {
                    pending.add(key);
                }
            }
        }
        return requests;
    }

    /** A history request for this patient was made (successful or not). */
    public void requested(String patientId, Instant now) {
        lastHistoryRequest.put(Patient.key(patientId), now);
        pending.remove(Patient.key(patientId));
    }

    /** A history request for this patient failed: it is asked for again, after {@link #HISTORY_REQUEST_INTERVAL}. */
    public void failed(String patientId) {
        pending.add(Patient.key(patientId));
    }

    /**
     * Remembers the newest reading of each patient of a successful poll, history included, and who wanted history.
     */
    public void seen(List<Patient> patients, Set<String> wanted) {
        for (Patient patient : patients) {
            Instant newest = newestSeen.getOrDefault(Patient.key(patient.id()), Instant.MIN);
            for (GlucoseReading reading : patient.recent()) {
                newest = reading.timestamp().isAfter(newest) ? reading.timestamp() : newest;
            }
            GlucoseReading latest = patient.latest();
            if (latest != null && latest.timestamp().isAfter(newest)) {
                newest = latest.timestamp();
            }
            newestSeen.put(Patient.key(patient.id()), newest);
        }
        wantedBefore.clear();
        wantedBefore.addAll(wanted);
        pending.retainAll(wanted);
    }

    private boolean endsGap(String key, @Nullable GlucoseReading latest) {
        Instant newest = newestSeen.get(key);
        if (latest == null) {
            return false;
        }
        return newest == null || newest.equals(Instant.MIN)
                || Duration.between(newest, latest.timestamp()).compareTo(gapThreshold()) > 0;
    }
}
