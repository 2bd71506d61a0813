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
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where one poll per reading serves several patients (LibreLinkUp: one poll a minute for all patients of an account),
 * which second of the minute serves them best. Polls that settle at one second see each patient at one fixed offset
 * after its readings: whether a reading was there or not, nothing more. So where in the minute each patient's readings
 * appear is learned by a survey first: {@link #surveyPolls()} polls, each {@link #STEP_MS} later in the minute than the
 * one before, cover the whole minute. The polls extend each patient's window of appearance: from the earliest offset
 * after its reading a poll saw one at, to one survey step past the latest offset a poll missed one at (the top lies
 * between that and the next offset the survey tried). One offset far beyond all others (a reading uploaded minutes
 * late) does not count, and outside a survey a miss counts only where the polls at that second miss often
 * ({@link #OFTEN_ONE_IN}): a phone that uploads now and then late would otherwise widen its window wherever the poll
 * goes, and chase it away from the second that serves it. The second chosen has the least expected cost over all
 * patients,
 * each patient's readings taken to appear evenly over its window: the waiting, and each lost reading counted as
 * {@link CeilingDescent#MISS_WORTH} of waiting. A second inside a window soon misses readings there, which extends
 * that window and may move the second; it moves only where the move pays for the readings it costs before the next
 * survey. A survey every {@link #SURVEY_INTERVAL} starts the windows afresh (phones change); for its half hour it
 * waits about as long as a poll at a random second, and it costs about one reading per patient, as its polls come a
 * little less often than readings.
 * <p>
 * Not thread-safe; the planner calls it from the poller's one cycle at a time.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class MinuteSurvey {

    /** How much later in the cadence each poll of a survey comes. */
    static final long STEP_MS = 2_000;
    /**
     * Outside a survey, misses at one second widen a patient's window only from two on, and where at least one poll in
     * this many there missed: a phone that uploads a reading late now and then misses anywhere, a second inside the
     * window of a patient's readings misses often.
     */
    static final int OFTEN_ONE_IN = 5;
    /** How many polls at one second the count of misses keeps before it halves them. */
    static final int OFTEN_MEMORY = 16;
    static final Duration SURVEY_INTERVAL = Duration.ofHours(24);

    private final long cadenceMs;
    private final Map<String, Window> windows = new HashMap<>();
    private int surveyPollsLeft;
    private @Nullable Instant nextSurvey;
    /** The chosen offset in the cadence (epoch milliseconds modulo the cadence), or null before a survey ended. */
    private @Nullable Long chosenMs;
    private boolean windowsChanged;

    MinuteSurvey(Duration cadence) {
        this.cadenceMs = cadence.toMillis();
    }

    /** How many polls one survey takes: the whole cadence in steps. */
    int surveyPolls() {
        return (int) (cadenceMs / STEP_MS);
    }

    /**
     * Learns from a poll at {@code now}: for each patient, whether the reading it took in the cadence before the poll
     * was there.
     *
     * @param newest each patient's newest reading in the poll's answer
     */
    void observe(Instant now, Map<String, Instant> newest) {
        if (newest.size() < 2) {
            windows.clear(); // one patient: the polls follow its own plan
            return;
        }
        windows.keySet().retainAll(newest.keySet());
        newest.forEach((patient, taken) -> {
            long since = now.toEpochMilli() - taken.toEpochMilli();
            if (since < 0 || since >= 2 * cadenceMs) {
                return; // a clock off, or a sensor silent: says nothing about when readings appear
            }
            Window window = Objects.requireNonNull(windows.computeIfAbsent(patient, p -> new Window(cadenceMs)));
            window.phaseMs = Math.floorMod(taken.toEpochMilli(), cadenceMs);
            boolean sawIt = since < cadenceMs;
            boolean often = window.missesOften(since % cadenceMs, sawIt);
            if (sawIt) {
                windowsChanged |= window.seenAt(since);
            } else if (surveyPollsLeft > 0 || chosenMs == null || often) {
                windowsChanged |= window.missedAt(since - cadenceMs);
            }
        });
    }

    /**
     * The next poll, where several patients share the polls: the next step of a survey, else the chosen second, never
     * before {@code notBefore}; null where the survey has no say (fewer than two patients).
     */
    @Nullable
    Instant nextPoll(Instant now, Instant notBefore, int patientCount) {
        if (patientCount < 2) {
            surveyPollsLeft = 0;
            return null;
        }
        Instant due = nextSurvey;
        if (surveyPollsLeft == 0 && (due == null || !now.isBefore(due))) {
            // this poll and one at each further step of the cadence
            surveyPollsLeft = surveyPolls();
            nextSurvey = now.plus(SURVEY_INTERVAL);
            windows.values().forEach(Window::forget);
        }
        if (surveyPollsLeft > 0) {
            if (--surveyPollsLeft > 0) {
                return notBefore.plusMillis(STEP_MS);
            }
            chosenMs = null; // the survey's last poll is in: choose afresh
        }
        Long chosen = chosenMs;
        if (chosen == null || windowsChanged) {
            chosen = choose(chosen, now);
            chosenMs = chosen;
            windowsChanged = false;
        }
        return notBefore.plusMillis(Math.floorMod(chosen - notBefore.toEpochMilli(), cadenceMs));
    }

    /**
     * The offset in the cadence with the least expected cost, at whole seconds; the current one unless the change pays
     * for itself before the next survey. A change always delays one poll by the shift, and each patient whose reading
     * and the next both appear within the longer gap loses one: shifts just short of a cadence cost a reading of
     * nearly every patient.
     */
    private long choose(@Nullable Long current, Instant now) {
        long best = 0;
        double bestCost = Double.MAX_VALUE;
        for (long candidate = 0; candidate < cadenceMs; candidate += 1_000) {
            double cost = cost(candidate);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        if (current == null) {
            return best;
        }
        Instant due = nextSurvey;
        double cadencesLeft = due == null ? 0 : (double) Duration.between(now, due).toMillis() / cadenceMs;
        double shiftShare = (double) Math.floorMod(best - current, cadenceMs) / cadenceMs;
        double changeCost = windows.size() * shiftShare * CeilingDescent.MISS_WORTH.toSeconds();
        return (cost(current) - bestCost) * cadencesLeft > changeCost ? best : current;
    }

    /** The expected cost of polls at {@code offsetMs} in the cadence, in seconds of waiting per cadence. */
    double cost(long offsetMs) {
        double cost = 0;
        for (Window window : windows.values()) {
            cost += window.cost(Math.floorMod(offsetMs - window.phaseMs, cadenceMs), cadenceMs);
        }
        return cost;
    }

    /**
     * Where in the cadence after its reading one patient's readings appear, as far as polls have shown, and how often
     * the polls at each second missed them.
     */
    private static final class Window {
        long phaseMs;
        /** Per second after the reading: the polls there and how many missed it (at most 32: bytes). */
        final byte[] polls;
        final byte[] missed;

        Window(long cadenceMs) {
            polls = new byte[(int) (cadenceMs / 1000)];
            missed = new byte[polls.length];
        }

        /** Counts a poll {@code offsetMs} after the reading; whether polls there miss often (not now and then). */
        boolean missesOften(long offsetMs, boolean sawIt) {
            int second = (int) (offsetMs / 1000);
            polls[second]++;
            missed[second] += sawIt ? 0 : 1;
            if (polls[second] > 2 * OFTEN_MEMORY) {
                // a sliding memory: halve the counts
                polls[second] /= 2;
                missed[second] /= 2;
            }
            return missed[second] >= 2 && missed[second] * OFTEN_ONE_IN >= polls[second];
        }

        long earliestSeen = Long.MAX_VALUE;
        long secondEarliestSeen = Long.MAX_VALUE;
        long latestMissed = Long.MIN_VALUE;
        long secondLatestMissed = Long.MIN_VALUE;

        /** Whether the window changed. */
        boolean seenAt(long offsetMs) {
            if (offsetMs >= secondEarliestSeen) {
                return false;
            }
            if (offsetMs < earliestSeen) {
                secondEarliestSeen = earliestSeen;
                earliestSeen = offsetMs;
            } else {
                secondEarliestSeen = offsetMs;
            }
            return true;
        }

        /** Whether the window changed. */
        boolean missedAt(long offsetMs) {
            if (offsetMs <= secondLatestMissed) {
                return false;
            }
            if (offsetMs > latestMissed) {
                secondLatestMissed = latestMissed;
                latestMissed = offsetMs;
            } else {
                secondLatestMissed = offsetMs;
            }
            return true;
        }

        void forget() {
            Arrays.fill(polls, (byte) 0);
            Arrays.fill(missed, (byte) 0);
            earliestSeen = Long.MAX_VALUE;
            secondEarliestSeen = Long.MAX_VALUE;
            latestMissed = Long.MIN_VALUE;
            secondLatestMissed = Long.MIN_VALUE;
        }

        /**
         * The expected cost, in seconds, of a poll {@code offsetMs} after each reading, the readings taken to appear
         * evenly over the window: the waiting of those it sees; of those it misses, the waiting until the next poll,
         * or a lost reading where the reading after it is there by then.
         */
        double cost(long offsetMs, long cadenceMs) {
            if (secondEarliestSeen == Long.MAX_VALUE || secondLatestMissed == Long.MIN_VALUE) {
                return 0; // nothing known yet: no second is better than another for this patient
            }
            // a single reading far off the others (a late upload) does not move the window
            long from = secondEarliestSeen - earliestSeen > 2 * STEP_MS ? secondEarliestSeen : earliestSeen;
            long missed = latestMissed - secondLatestMissed > 2 * STEP_MS ? secondLatestMissed : latestMissed;
            // the top lies above the latest offset a reading was missed at, by less than a survey's step
            long to = Math.max(from, missed) + STEP_MS;
            double there = Math.max(0, Math.min(1, (double) (offsetMs - from) / (to - from)));
            double center = (from + to) / 2.0;
            double seenWait = offsetMs >= to ? offsetMs - center : (offsetMs - from) / 2.0;
            double laterWait = cadenceMs + offsetMs - (offsetMs <= from ? center : (offsetMs + to) / 2.0);
            double missing = (1 - there) * (there * CeilingDescent.MISS_WORTH.toMillis() + (1 - there) * laterWait);
            return (there * seenWait + missing) / 1000;
        }
    }
}
