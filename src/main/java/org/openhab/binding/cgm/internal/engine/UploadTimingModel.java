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
 * When one patient's readings become visible in the cloud, learned from the polls alone: the sensor's phase is the
 * timestamp of the newest reading, the upload delay is learned from which poll first saw each reading. The clouds
 * never say when a reading was uploaded, so the only evidence is censored: a poll that saw a reading says its delay
 * was at most that long; a poll aimed at a reading that did not see it says its delay was longer.
 * <p>
 * Two regimes, chosen by what a poll too early costs:
 * <ul>
 * <li><b>lossy</b> (the answer carries only the latest reading, LibreLinkUp): with one poll a minute, a reading missed
 * by an early poll is usually gone for good. The planned delay climbs quickly after a miss (the first miss at once
 * above the usual spread of a phone's delays, {@link #SPREAD_MS}) and only creeps down
 * towards, never below, the longest delay seen missed in the last hours ({@link #EDGE_GRACE}). Where it climbs to
 * the next reading and polls there still miss, {@link CeilingDescent} plans instead.</li>
 * <li><b>lossless</b> (the answer carries recent history, Dexcom, Nightscout): a missed reading arrives with the next
 * poll, so the planned delay tracks a high quantile ({@link #LOSSLESS_MISS_RATE} of polls come too early) and follows
 * changes in both directions. A reading that comes minutes late (a backfill) is not the phone's usual delay and is not
 * learned. Where readings come at least two floors apart, {@link LosslessLooks} plans the looks instead.</li>
 * </ul>
 * A reading off the usual grid is a new sensor phase: the miss it caused is not taken for a longer delay.
 * Not thread-safe; the tracker guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class UploadTimingModel {

    /** How far a poll may fall after the planned visibility and still count as aimed at it. */
    static final long AIM_TOLERANCE_MS = 2_000;
    /** Lossy: the planned delay stays this far above the longest delay seen missed. */
    static final long MARGIN_MS = 1_000;
    /**
     * Lossy: after this many aimed hits in a row, a plan at least {@link #PROBE_JUMP_MS} above the longest delay
     * seen missed jumps down to it. Polls a minute apart cannot move earlier without skipping one reading, so never
     * in small steps.
     */
    static final int HITS_BEFORE_PROBE = 10;
    static final long PROBE_JUMP_MS = 3_000;
    /** Lossy: the raise after each miss; while one behind, a poll each minute catches the previous reading. */
    static final long RAISE_MS = 2_000;
    /**
     * Lossy: how far one phone's upload delays are taken to spread. Each miss inside the spread loses a reading, so
     * the first miss (no aimed poll has seen its reading yet) raises the plan this far above it at once, losing that
     * one reading, rather than climbing through the spread in {@link #RAISE_MS} steps and losing one at each.
     */
    static final long SPREAD_MS = 10_000;
    /** Lossy: how long a missed delay keeps the plan above it before it fades ({@link #EDGE_FADE_MS_PER_HOUR}). */
    static final Duration EDGE_GRACE = Duration.ofHours(12);
    static final long EDGE_FADE_MS_PER_HOUR = 1_000;
    /** Lossless: the share of aimed polls allowed to come too early, and the step per miss. */
    static final double LOSSLESS_MISS_RATE = 0.01;
    /** Lossless: the raise after a miss, doubled for each further aimed miss in a row (up to eight times). */
    static final long LOSSLESS_RAISE_MS = 10_000;
    /** A timestamp this far off the grid of the last reading means a new sensor phase. */
    static final long PHASE_TOLERANCE_MS = 2_000;

    private final long cadenceMs;
    private final long floorMs;
    private long delayMs;
    private final CeilingDescent descent;
    private @Nullable Instant latest;
    private int hits;
    private int missStreak;
    /** Whether an aimed poll ever saw its reading: until then a miss says where the phone's delays begin. */
    private boolean edgeFound;

    private long edgeMs = Long.MIN_VALUE;
    private @Nullable Instant edgeAt;

    /** The reading the last aimed miss was about, and what the plan was before it (to undo an outlier). */
    private @Nullable Instant missed;
    private boolean undoable;
    private long delayBeforeMiss;
    /** How long after the missed reading was taken the poll that missed it came. */
    private long missedLateMs;
    private long edgeBeforeMiss;
    private @Nullable Instant edgeAtBeforeMiss;

    UploadTimingModel(Duration cadence, Duration initialDelay, Duration floor) {
        this.cadenceMs = cadence.toMillis();
        this.floorMs = floor.toMillis();
        this.delayMs = initialDelay.toMillis();
        this.descent = new CeilingDescent(cadence);
    }

    /** The newest reading seen, or null before the first. */
    @Nullable
    Instant latest() {
        return latest;
    }

    /** When the reading after the newest one seen should be visible. */
    @Nullable
    Instant nextVisible() {
        Instant newest = latest;
        return newest == null ? null : newest.plusMillis(cadenceMs + plannedDelay());
    }

    private long plannedDelay() {
        Long level = descent.level();
        return level != null ? level : delayMs;
    }

    /**
     * Learns from one poll at {@code poll} whose answer's newest reading was taken at {@code newest}.
     *
     * @param lossless whether the answer carried recent history, so that a reading missed now comes with the next
     */
    void observe(Instant poll, Instant newest, boolean lossless) {
        Instant known = latest;
        if (known == null || newest.isBefore(known)) {
            // first sight, or the sensor's clock went back (new sensor): start on the new grid
            latest = newest;
            missed = null;
            return;
        }
        if (!onGrid(known, newest, cadenceMs)) {
            // a new phase: the poll that missed was aimed at a reading that never existed
            undoMiss();
            latest = newest;
            hits = 0;
            return;
        }
        Instant aimedByPlan = lossless ? null : aimedByPlan(poll, known);
        if (aimedByPlan != null) {
            descent.polled(poll, delayMs, newest.isBefore(aimedByPlan));
            if (descent.level() != null) {
                // below the ceiling the descent plans: the climb waits where it stopped
                latest = newest.isAfter(known) ? newest : known;
                return;
            }
        }
        // the newest reading that should be visible at this poll, on the grid of the last known one
        long slots = slotsAfter(poll, known, delayMs);
        Instant aimed = slots >= 1 ? known.plusMillis(slots * cadenceMs) : null;
        if (newest.isAfter(known)) {
            sawNew(poll, newest, lossless);
        }
        if (aimed == null) {
            return;
        }
        long late = poll.toEpochMilli() - aimed.toEpochMilli();
        if (!newest.isBefore(aimed)) {
            if (late - delayMs <= AIM_TOLERANCE_MS) {
                aimedHit(lossless, poll);
            }
        } else if (!newest.isBefore(aimed.minusMillis(cadenceMs)) && late < cadenceMs) {
            // aimed at a reading one step after what came: its delay was longer than planned
            aimedMiss(aimed, late, lossless, poll);
        }
    }

    private void sawNew(Instant poll, Instant newest, boolean lossless) {
        Instant wasMissed = missed;
        if (wasMissed != null) {
            missed = null;
            boolean atFirstRetry = newest.equals(wasMissed)
                    && poll.toEpochMilli() - wasMissed.toEpochMilli() - missedLateMs <= floorMs + AIM_TOLERANCE_MS;
            if (lossless && !atFirstRetry) {
                // not even there at the first retry: a backfill minutes late, not the phone's usual delay
                undoMiss();
                missStreak = 0;
            }
        }
        undoable = false;
        long seenAfter = poll.toEpochMilli() - newest.toEpochMilli();
        if (seenAfter < delayMs - MARGIN_MS) {
            // a poll not aimed at it saw it already: the delay is shorter than planned
            delayMs = Math.max(seenAfter, lossless ? delayMs - LOSSLESS_RAISE_MS : edge(poll) + MARGIN_MS);
        }
        latest = newest;
    }

    private void aimedHit(boolean lossless, Instant poll) {
        edgeFound = true;
        undoable = false;
        missStreak = 0;
        if (lossless) {
            // quantile tracking: down a little per hit, up LOSSLESS_RAISE_MS per miss
            delayMs -= Math.round(LOSSLESS_RAISE_MS * LOSSLESS_MISS_RATE / (1 - LOSSLESS_MISS_RATE));
            delayMs = Math.max(delayMs, 0);
            return;
        }
        long edge = edge(poll);
        if (++hits >= HITS_BEFORE_PROBE && edge != Long.MIN_VALUE && delayMs - (edge + MARGIN_MS) >= PROBE_JUMP_MS) {
            // one poll a minute cannot move earlier without skipping a reading: only in one jump worth it
            hits = 0;
            delayMs = edge + MARGIN_MS;
        }
    }

    private void aimedMiss(Instant aimed, long late, boolean lossless, Instant poll) {
        if (aimed.equals(missed)) {
            return; // a retry for the same reading teaches nothing new
        }
        missed = aimed;
        undoable = true;
        delayBeforeMiss = delayMs;
        missedLateMs = late;
        edgeBeforeMiss = edgeMs;
        edgeAtBeforeMiss = edgeAt;
        hits = 0;
        if (lossless) {
            delayMs = Math.max(delayMs, late) + (LOSSLESS_RAISE_MS << Math.min(missStreak++, 3));
        } else {
            long raise = edgeFound ? RAISE_MS : SPREAD_MS;
            if (late >= edge(poll)) {
                // after the first miss, the edge is taken as high as the spread allows: no probe below it
                edgeMs = late + raise - RAISE_MS;
                edgeAt = poll;
            }
            delayMs = Math.max(delayMs, late + raise);
        }
    }

    private void undoMiss() {
        if (undoable) {
            delayMs = delayBeforeMiss;
            edgeMs = edgeBeforeMiss;
            edgeAt = edgeAtBeforeMiss;
        }
        missed = null;
        undoable = false;
    }

    /**
     * The reading on the grid of {@code known} that the poll came for, where it came at the planned delay after it;
     * else null.
     */
    private @Nullable Instant aimedByPlan(Instant poll, Instant known) {
        long slots = slotsAfter(poll, known, plannedDelay());
        long sinceVisible = poll.toEpochMilli() - known.toEpochMilli() - plannedDelay();
        boolean aimed = sinceVisible + AIM_TOLERANCE_MS / 2 - slots * cadenceMs <= AIM_TOLERANCE_MS;
        return aimed && slots >= 1 ? known.plusMillis(slots * cadenceMs) : null;
    }

    /**
     * How many readings after {@code known} should be visible at {@code poll} with the delay {@code delay}, a poll
     * just short of a planned visibility counted as at it.
     */
    private long slotsAfter(Instant poll, Instant known, long delay) {
        return Math.floorDiv(poll.toEpochMilli() + AIM_TOLERANCE_MS / 2 - delay - known.toEpochMilli(), cadenceMs);
    }

    /** Whether {@code newest} lies on the grid of readings {@code cadenceMs} apart that {@code known} is on. */
    static boolean onGrid(Instant known, Instant newest, long cadenceMs) {
        long since = newest.toEpochMilli() - known.toEpochMilli();
        return Math.abs(since - Math.round((double) since / cadenceMs) * cadenceMs) <= PHASE_TOLERANCE_MS;
    }

    /** The longest delay seen missed, fading after {@link #EDGE_GRACE}; {@link Long#MIN_VALUE} when none. */
    private long edge(Instant now) {
        Instant at = edgeAt;
        if (at == null) {
            return Long.MIN_VALUE;
        }
        long overGrace = Duration.between(at, now).minus(EDGE_GRACE).toMillis();
        return overGrace <= 0 ? edgeMs : edgeMs - overGrace * EDGE_FADE_MS_PER_HOUR / 3_600_000;
    }
}
