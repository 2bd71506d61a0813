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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;

/**
 * Decides when to poll next after a successful poll: just after each patient's next reading is expected to be
 * visible in the cloud, as learned by a {@link VisibilityTracker} from earlier polls (sensor phase and upload delay),
 * never sooner than the floor, and less often while readings stop coming (sensor warm-up, phone offline) so a silent
 * sensor costs few requests. Where the floor allows fewer polls than readings come (LibreLinkUp: one a minute), the
 * poll falls at the second of the minute that gives the patients of the account the least combined wait and the fewest
 * lost readings: with several patients, the second a {@link MinuteSurvey} found.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PollPlanner {

    /** The longest wait while readings are overdue or the account shows no reading at all. */
    static final Duration MAX_IDLE_INTERVAL = Duration.ofMinutes(5);
    /** A reading overdue by less than this many cadences is looked for at the floor, later ones ever less often. */
    static final int EAGER_OVERDUE_CADENCES = 2;
    /** Where the answers carry only the latest reading, how long an overdue reading is looked for at the floor. */
    static final Duration LATEST_ONLY_EAGER_OVERDUE = Duration.ofHours(2);
    /**
     * Polls in step keep their second unless another saves more than this much waiting per further patient: with
     * many patients, chasing one patient's jitter would skip readings of the others.
     */
    static final long STEP_HYSTERESIS_MS_PER_PATIENT = 5_000;
    /**
     * A poll this little before a patient's planned visibility falls inside the spread of its upload delays (the plan
     * sits at their top): counted as half a cadence more waiting, for the readings it loses.
     */
    static final long STRADDLE_MS = UploadTimingModel.SPREAD_MS;

    /**
     * Where readings come at least this many floors apart and the answers carry recent history, each reading is looked
     * for by {@link LosslessLooks}: early, late and once more, each look at least {@link #WINDOW} after the previous
     * and so closer than the floor. The floor then bounds the polls between readings, not those at one reading; on
     * the benchmark's days the average stays below two requests per reading.
     */
    static final int WINDOW_FLOORS = 2;
    /** The shortest time between two looks at one reading. */
    static final Duration WINDOW = Duration.ofMillis(LosslessLooks.WINDOW_MS);
    /**
     * Where readings come at least two floors apart, a hole in a patient's recent history (a reading that may come
     * minutes late, after newer ones) is looked for once in this many floors while it is young, halves of floors
     * counted: every 90 s with a 60 s floor. At the floor, the holes of a phone that often uploads late would take
     * the requests the readings' own looks need.
     */
    static final int HOLE_LOOK_HALF_FLOORS = 3;

    private final Duration floor;
    private Duration cadence;
    private VisibilityTracker tracker;
    /** Learns the cadence from the readings where the account's is only a guess; null where it is the sensor's. */
    private final @Nullable CadenceLearner learner;
    /** Where readings come as often as polls may or more often: which second of the cadence serves all patients. */
    private @Nullable MinuteSurvey survey;

    /**
     * @param cadence how often the sensor takes a reading, and the first guess of how long after it the reading is in
     *            the cloud
     * @param floor the shortest time between two polls
     */
    public PollPlanner(SensorCadence cadence, Duration floor) {
        this(cadence, floor, false);
    }

    /**
     * @param learnCadence true when the cadence is a first guess and the readings tell the true one (see
     *            {@link org.openhab.binding.cgm.internal.client.CloudAccount#cadenceVaries()})
     */
    public PollPlanner(SensorCadence cadence, Duration floor, boolean learnCadence) {
        this.cadence = cadence.interval();
        this.floor = floor;
        this.tracker = new VisibilityTracker(cadence, floor);
        this.learner = learnCadence ? new CadenceLearner(cadence) : null;
        this.survey = survey(this.cadence, floor);
    }

    private static @Nullable MinuteSurvey survey(Duration cadence, Duration floor) {
        return cadence.compareTo(floor) <= 0 ? new MinuteSurvey(cadence) : null;
    }

    public Duration floor() {
        return floor;
    }

    /** The next poll after one that returned these patients at {@code now}; learns from what it returned. */
    public Instant nextPoll(Instant now, List<Patient> patients) {
        CadenceLearner cadenceLearner = learner;
        if (cadenceLearner != null) {
            SensorCadence learned = cadenceLearner.observe(patients);
            if (!learned.interval().equals(cadence)) {
                // a new cadence: what was learned of the old one's timing no longer applies
                cadence = learned.interval();
                tracker = new VisibilityTracker(learned, floor);
                survey = survey(cadence, floor);
            }
        }
        tracker.observe(now, patients);
        boolean twoLooks = tracker.looksTwice();
        Instant notBefore = now.plus(floor);
        List<Instant> due = new ArrayList<>();
        Instant overdueRetry = null;
        // the earliest look closer than the floor allows, where readings come at least two floors apart
        Instant look = null;
        // a reading missing from a patient's history may still come, out of order: looked for now and then
        Instant holeCheck = null;
        for (Patient patient : patients) {
            Instant visible = tracker.nextVisible(patient.id());
            if (visible == null) {
                continue;
            }
            if (tracker.awaitsBackfill(patient.id())) {
                holeCheck = now.plus(twoLooks ? floor.multipliedBy(HOLE_LOOK_HALF_FLOORS).dividedBy(2) : floor);
            }
            Instant patientLook = twoLooks ? look(patient.id(), visible, now) : null;
            if (patientLook != null) {
                look = look == null || patientLook.isBefore(look) ? patientLook : look;
            } else if (visible.isAfter(now)) {
                due.add(visible);
            } else {
                Instant retry = overdueRetry(visible, now, tracker.carriesHistory(patient.id()));
                overdueRetry = overdueRetry == null || retry.isBefore(overdueRetry) ? retry : overdueRetry;
            }
        }
        Instant next = look != null && due.isEmpty() && overdueRetry == null ? look
                : planned(due, overdueRetry, look, now, notBefore);
        MinuteSurvey minuteSurvey = survey;
        if (minuteSurvey != null) {
            minuteSurvey.observe(now, newest(patients));
            Instant surveyed = minuteSurvey.nextPoll(now, notBefore, due.size());
            next = surveyed != null ? surveyed : next;
        }
        // the hole is looked for unless a planned poll comes within a floor after: that one serves, and is not pushed
        // back by the floor after the hole's
        return holeCheck != null && holeCheck.plus(floor).isBefore(next) ? holeCheck : next;
    }

    private static Map<String, Instant> newest(List<Patient> patients) {
        Map<String, Instant> newest = new HashMap<>();
        for (Patient patient : patients) {
            GlucoseReading latest = patient.latest();
            if (latest != null) {
                newest.put(patient.id(), latest.timestamp());
            }
        }
        return newest;
    }

    /** The early look, or the next look after one that came too soon; null where the late look is all that is due. */
    private @Nullable Instant look(String patientId, Instant lateLook, Instant now) {
        if (tracker.lookMissed(patientId)) {
            Instant soonest = now.plus(WINDOW);
            return lateLook.isBefore(soonest) ? soonest : lateLook;
        }
        Instant early = tracker.earlyVisible(patientId);
        return early != null && early.isAfter(now) ? early : null;
    }

    private Instant planned(List<Instant> due, @Nullable Instant overdueRetry, @Nullable Instant look, Instant now,
            Instant notBefore) {
        Instant next;
        if (overdueRetry != null && overdueRetry.equals(now)) {
            next = now;
        } else if (due.isEmpty()) {
            next = overdueRetry != null ? overdueRetry : now.plus(MAX_IDLE_INTERVAL);
        } else if (cadence.compareTo(floor) > 0) {
            // polls may come more often than readings: each reading when it is there; the earliest decides
            next = due.stream().min(Instant::compareTo).orElseThrow();
        } else {
            next = bestInStep(due, notBefore);
        }
        next = next.isBefore(notBefore) ? notBefore : next;
        return look != null && look.isBefore(next) ? look : next;
    }

    /**
     * Readings come as often as polls may, or more often: the polls settle into a fixed second of the cadence. The
     * one that keeps every patient's readings waiting least in sum, among the first due time of each patient from
     * the floor on (taking one lets the readings of the others wait, and may skip one reading to get in step). A
     * second that falls just before a patient's reading is due, within {@link #STRADDLE_MS}, would lose that patient's
     * later readings: it counts half a cadence more, so the poll avoids straddling a patient's delays where it can.
     * Where several patients are due, the {@link MinuteSurvey} decides instead; this serves one patient.
     */
    Instant bestInStep(List<Instant> due, Instant notBefore) {
        long cadenceMs = cadence.toMillis();
        Instant best = notBefore;
        long bestCost = Long.MAX_VALUE;
        List<Instant> candidates = new ArrayList<>(due.size() + 1);
        candidates.add(notBefore);
        for (Instant visible : due) {
            long behind = Math.max(0, notBefore.toEpochMilli() - visible.toEpochMilli());
            long steps = (behind + cadenceMs - 1) / cadenceMs;
            candidates.add(visible.plusMillis(steps * cadenceMs));
        }
        long inStepCost = 0;
        for (Instant candidate : candidates) {
            long cost = 0;
            for (Instant visible : due) {
                long wait = Math.floorMod(candidate.toEpochMilli() - visible.toEpochMilli(), cadenceMs);
                // just before a patient's planned visibility, inside the spread of its delays: its reading is lost
                // whenever it comes later than usual
                cost += cadenceMs - wait <= STRADDLE_MS ? wait + cadenceMs / 2 : wait;
            }
            if (candidate.equals(notBefore)) {
                inStepCost = cost;
            }
            if (cost < bestCost || (cost == bestCost && candidate.isBefore(best))) {
                best = candidate;
                bestCost = cost;
            }
        }
        // never less than one step's worth, a single patient too: a poll a second past a reading is in step, and
        // skipping a minute for so little would lose a reading
        long hysteresis = STEP_HYSTERESIS_MS_PER_PATIENT * Math.max(1, due.size() - 1);
        return inStepCost - bestCost <= hysteresis ? notBefore : best;
    }

    /**
     * A reading later than expected: looked for again at the floor while it may just be late (a slow upload), then
     * after half as long as it has been overdue, up to the idle maximum. Where the answers carry only the latest
     * reading, every minute the sensor comes back before the next look loses a reading: there the floor holds for
     * {@link #LATEST_ONLY_EAGER_OVERDUE} (a lost signal, a sensor warming up), one request a minute as when readings
     * come.
     */
    private Instant overdueRetry(Instant expected, Instant now, boolean withHistory) {
        Duration overdue = Duration.between(expected, now);
        Duration eager = withHistory ? cadence.multipliedBy(EAGER_OVERDUE_CADENCES) : LATEST_ONLY_EAGER_OVERDUE;
        if (overdue.compareTo(eager) < 0) {
            return now;
        }
        Duration wait = overdue.dividedBy(2);
        return now.plus(wait.compareTo(MAX_IDLE_INTERVAL) > 0 ? MAX_IDLE_INTERVAL : wait);
    }
}
