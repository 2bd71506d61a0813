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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Lossy (latest-only answers, one poll per reading): what to do once the planned delay has climbed to the ceiling, a
 * poll when the next reading is taken, and polls there still miss their readings. No plan can see those readings in
 * time: they come after the next one is taken (a phone that uploads some readings minutes late, or a long tail of
 * delays). The climb that brought the plan up took every miss for one a later poll would have avoided, so the plan
 * waits at the ceiling for readings that most minutes come far sooner: half a cadence of waiting, no better than a
 * poll at a random second.
 * <p>
 * So the plan steps down from the ceiling, {@link #STEP_MS} at a time, each step tried for {@link #WINDOW_POLLS}
 * polls. A poll misses where it does not see the reading it came for (it comes a poll later, or is lost). A step may
 * miss as often as the ceiling did (measured over {@link #CEILING_POLLS} polls), and more by what the waiting saved
 * is worth, each miss counted as {@link #MISS_WORTH} of waiting. A step that missed more by the end of its window goes
 * back up and is tried again after {@link #FIRST_PAUSE}: as likely a step that costs what it saves as a worse one. A
 * step that clearly misses more (by chance but once in a hundred windows, {@link #CHANCE}), at any poll from the
 * {@link #MIN_TEST_POLLS}th, goes back up at once and doubles the pause: a phone whose delays end just below the
 * ceiling misses at once below it, so its steps fail within a few polls, and ever less often.
 * <p>
 * Where the ceiling misses fewer than {@link #CEILING_MISS_SHARE} of readings, nothing changes: the plan stays where
 * the climb put it. Not thread-safe; the model guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class CeilingDescent {

    /** How far below the ceiling the climb may stop and still count as at it. */
    static final long CEILING_TOLERANCE_MS = UploadTimingModel.RAISE_MS;
    /** How many polls at the ceiling measure how often it misses, before the first step down. */
    static final int CEILING_POLLS = 120;
    /** The share of polls at the ceiling that miss, from which the plan steps down. */
    static final double CEILING_MISS_SHARE = 0.02;
    /**
     * One step: more than the planner's {@link PollPlanner#STEP_HYSTERESIS_MS_PER_PATIENT}, or a poll in step would
     * keep its second. A step down skips one poll, as polls cannot come closer than a minute.
     */
    static final long STEP_MS = 6_000;
    static final int WINDOW_POLLS = 60;
    /**
     * How much waiting one miss is worth: a lost reading is missing from the live view (history fills it later), and
     * the next one comes a cadence later.
     */
    static final Duration MISS_WORTH = Duration.ofMinutes(10);
    /** How rarely chance may miss as often as a step that goes back up at once. */
    static final double CHANCE = 0.01;
    /** Fewer polls than this take a burst of slow uploads (misses come in clusters) for a worse step. */
    static final int MIN_TEST_POLLS = 10;
    static final Duration FIRST_PAUSE = Duration.ofHours(1);
    static final Duration LONGEST_PAUSE = Duration.ofHours(16);

    private final long ceilingMs;

    private int ceilingPolls;
    private int ceilingMisses;
    /** The planned delay while below the ceiling, else null. */
    private @Nullable Long levelMs;
    /** Whether the current level is still being tried, one step below the last that held. */
    private boolean trying;
    private int levelPolls;
    private int levelMisses;
    private Duration pause = FIRST_PAUSE;
    private @Nullable Instant pausedUntil;

    /** @param cadence how often the sensor takes a reading: the ceiling of the planned delay */
    CeilingDescent(Duration cadence) {
        this.ceilingMs = cadence.toMillis();
    }

    /** The planned delay below the ceiling, or null while the climb's plan holds. */
    @Nullable
    Long level() {
        return levelMs;
    }

    /**
     * Counts a poll that came at the planned delay after a reading.
     *
     * @param climbedMs the delay the climb planned
     * @param missed whether the poll did not see the reading it came for
     */
    void polled(Instant now, long climbedMs, boolean missed) {
        Long level = levelMs;
        if (level == null) {
            atCeiling(now, climbedMs, missed);
            return;
        }
        levelPolls++;
        levelMisses += missed ? 1 : 0;
        double allowed = allowedShare(level);
        if (levelPolls >= MIN_TEST_POLLS && tooMany(levelMisses, levelPolls, allowed)) {
            stepUp(now, level, pause);
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        } else if (trying && levelPolls >= WINDOW_POLLS && levelMisses > levelPolls * allowed) {
            stepUp(now, level, FIRST_PAUSE);
        } else if (trying && levelPolls >= WINDOW_POLLS) {
            trying = false; // the step holds
        } else if (levelPolls >= WINDOW_POLLS && !paused(now) && level - STEP_MS >= 0) {
            arrive(level - STEP_MS, true);
        } else if (levelPolls >= 4 * WINDOW_POLLS) {
            // a level that holds keeps a sliding memory: halve the counts
            levelPolls /= 2;
            levelMisses /= 2;
        }
    }

    private void atCeiling(Instant now, long climbedMs, boolean missed) {
        if (climbedMs < ceilingMs - CEILING_TOLERANCE_MS) {
            return;
        }
        ceilingPolls++;
        ceilingMisses += missed ? 1 : 0;
        if (ceilingPolls > 2 * CEILING_POLLS) {
            // a sliding memory: halve the counts
            ceilingPolls /= 2;
            ceilingMisses /= 2;
        }
        if (ceilingPolls >= CEILING_POLLS && ceilingShare() >= CEILING_MISS_SHARE && !paused(now)) {
            arrive(ceilingMs - STEP_MS, true);
        }
    }

    private void stepUp(Instant now, long level, Duration pauseNow) {
        pausedUntil = now.plus(pauseNow);
        long up = level + STEP_MS;
        arrive(up >= ceilingMs - CEILING_TOLERANCE_MS ? null : up, false);
    }

    private boolean paused(Instant now) {
        Instant paused = pausedUntil;
        return paused != null && now.isBefore(paused);
    }

    /** The share of polls at {@code level} that may miss: as at the ceiling, and by what the waiting saved is worth. */
    private double allowedShare(long level) {
        return Math.min(1, ceilingShare() + (double) (ceilingMs - level) / MISS_WORTH.toMillis());
    }

    private double ceilingShare() {
        return ceilingPolls == 0 ? 0 : (double) ceilingMisses / ceilingPolls;
    }

    /**
     * Whether {@code misses} of {@code polls} is more than polls that each miss with the probability {@code allowed}
     * reach but with the probability {@link #CHANCE}: the binomial tail.
     */
    static boolean tooMany(int misses, int polls, double allowed) {
        if (misses <= polls * allowed) {
            return false;
        }
        if (allowed <= 0) {
            return true;
        }
        // P(X >= misses) = 1 - P(X < misses), summed term by term from P(X = 0)
        double term = Math.pow(1 - allowed, polls);
        double below = 0;
        for (int i = 0; i < misses; i++) {
            below += term;
            term *= (double) (polls - i) / (i + 1) * allowed / (1 - allowed);
        }
        return 1 - below < CHANCE;
    }

    private void arrive(@Nullable Long level, boolean trial) {
        levelMs = level;
        trying = trial;
        levelPolls = 0;
        levelMisses = 0;
    }
}
