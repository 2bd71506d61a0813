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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * When to look for one patient's next reading where each answer carries recent history (Dexcom) and readings come at
 * least two floors apart: a look that comes too soon costs a little time, never the reading, so the looks aim at the
 * bulk of the upload delays rather than at their longest.
 * <p>
 * Each reading is looked for up to three times, each look at least {@link #WINDOW_MS} after the previous: an
 * <b>early</b> look one window before the <b>late</b> one, and a <b>retry</b> one window after the late one when that
 * came too soon (more often only while the phone is learned, {@link #LEARNING_HITS}). A reading whose delay lies within
 * a window before the early look and two windows after it is so seen
 * within a window of becoming visible. The late look's delay tracks a quantile of the upload delays: it falls a little
 * with each reading seen by then and rises a step with each late look that came too soon, so that about
 * {@link #MISS_RATE} of them do; a reading that comes minutes late (a backfill) is not the phone's usual delay and
 * takes its step back. The early look goes only while it is worth its request ({@link EarlyLookRecord}; a steady
 * phone uploads after it), and then as a rare probe: one request per reading. Not thread-safe; the tracker guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LosslessLooks {

    /** The shortest time between two looks at one reading. */
    static final long WINDOW_MS = 30_000;
    /** How far a poll may fall from a planned look and still count as that look. */
    static final long AIM_TOLERANCE_MS = UploadTimingModel.AIM_TOLERANCE_MS;
    /** The share of late looks allowed to come too soon (each is followed by the retry). */
    static final double MISS_RATE = 0.03;
    /**
     * The late look's rise after it came too soon, doubled while they come too soon in a row (a phone learned anew).
     */
    static final long STEP_MS = 5_000;
    /** How far its fall per reading seen keeps the misses at {@link #MISS_RATE}. */
    static final long FALL_MS = Math.round(STEP_MS * MISS_RATE / (1 - MISS_RATE));
    /**
     * Until this many late looks saw their reading, the late look is still rising to the phone's delays: a reading it
     * missed is looked for again a window later until it comes (within a cadence), which teaches the delay quickly
     * and keeps the readings fresh meanwhile, and what early looks see is not counted (aimed too soon, they would teach
     * that they are not worth it). Early looks begin after {@link #EARLY_AFTER_HITS}.
     */
    static final int LEARNING_HITS = 12;
    static final int EARLY_AFTER_HITS = 3;

    private final long cadenceMs;
    /** When the late look comes after the reading was taken. */
    private long lateMs;
    private @Nullable Instant latest;
    /** The reading looked for: the one after {@link #latest}, or a later one when that one did not come in time. */
    private @Nullable Instant target;

    private final EarlyLookRecord early = new EarlyLookRecord();
    /** Late looks that saw their reading since the phone's phase was found (see {@link #EARLY_AFTER_HITS}). */
    private int lateHits;
    /** Late looks in a row that came too soon. */
    private int missStreak;

    /** What happened to the reading now looked for (the one after {@link #latest}). */
    private boolean earlyMissed;
    private boolean lateMissed;
    /** Whether the last poll was the early look and came too soon, or the late one did: the next look is due. */
    private boolean earlyJustMissed;
    private boolean lateJustMissed;
    /** The late look's rise for the reading now looked for, taken back if it proves to be a backfill. */
    private long rise;
    private long lateAtMiss;
    /**
     * The oldest reading given up on, and the late look's rises since: they stand or fall with how it comes
     * ({@link #settleOverdue}).
     */
    private @Nullable Instant overdue;
    private long overdueRise;

    LosslessLooks(Duration cadence, Duration initialDelay) {
        this.cadenceMs = cadence.toMillis();
        this.lateMs = initialDelay.toMillis();
    }

    /** When the late look for the next reading comes, or null before the first reading. */
    @Nullable
    Instant lateLook() {
        Instant expected = target;
        return expected == null ? null : expected.plusMillis(lateMs);
    }

    /**
     * When the early look for the next reading comes, or null: none is planned (not worth it, or no late look has seen
     * its reading yet), or the late one has come already.
     */
    @Nullable
    Instant earlyLook() {
        Instant expected = target;
        if (expected == null || lateHits < EARLY_AFTER_HITS || earlyMissed || lateMissed || !early.lookNext()) {
            return null;
        }
        return expected.plusMillis(Math.max(0, lateMs - WINDOW_MS));
    }

    /** Whether the last poll was the early look and came too soon: the late one follows, a window later at least. */
    boolean earlyJustMissed() {
        return earlyJustMissed;
    }

    /** Whether the last poll was the late look and came too soon: the retry follows, a window later. */
    boolean lateJustMissed() {
        return lateJustMissed;
    }

    /** Learns from a poll at {@code poll} whose answer carried these readings of the patient, oldest first. */
    void observe(Instant poll, List<GlucoseReading> recent) {
        Instant earlyAt = earlyLook();
        earlyJustMissed = false;
        lateJustMissed = false;
        if (recent.isEmpty()) {
            return;
        }
        Instant newest = recent.get(recent.size() - 1).timestamp();
        Instant known = latest;
        Instant expected = target;
        if (known == null || expected == null || newest.isBefore(known)
                || !UploadTimingModel.onGrid(known, newest, cadenceMs)) {
            // first sight, or a new sensor phase: the looks so far were aimed at readings that never existed
            undoRise();
            lateHits = 0;
            startAfter(newest);
            return;
        }
        settleOverdue(poll, newest);
        boolean seen = contains(recent, expected);
        boolean isEarly = earlyAt != null && Math.abs(poll.toEpochMilli() - earlyAt.toEpochMilli()) <= AIM_TOLERANCE_MS;
        long sinceExpected = poll.toEpochMilli() - expected.toEpochMilli();
        if (isEarly) {
            earlyLooked(seen);
        } else if (seen) {
            seenLate(sinceExpected);
        } else if (newest.isAfter(expected)) {
            // a newer reading came first: the one looked for is a backfill, not the phone's usual delay
            undoRise();
        } else {
            if (!lateMissed && sinceExpected >= lateMs - AIM_TOLERANCE_MS) {
                lateMissed();
            }
            boolean afterRetry = lateMissed && sinceExpected >= lateAtMiss + WINDOW_MS - AIM_TOLERANCE_MS;
            if (afterRetry && lateHits < LEARNING_HITS && sinceExpected < cadenceMs) {
                lateJustMissed = true;
            } else if (afterRetry && missStreak == 1 && lateHits >= LEARNING_HITS
                    || sinceExpected >= cadenceMs + lateMs - AIM_TOLERANCE_MS) {
                // where the late look usually sees its reading, one not there at the retry either is most likely
                // minutes late: the next answers bring it with their history whenever it comes, and the next reading
                // is looked for; whether its delay was the phone's shows when it comes. Late looks that keep coming
                // too soon (learning, or a phone grown slower) go on at the floor instead, to learn its delay, until
                // the next reading is due.
                moveOn(expected);
                return;
            }
        }
        if (newest.isAfter(known)) {
            latest = newest;
            startAt(Instant.ofEpochMilli(
                    Math.max(expected.toEpochMilli() + (seen ? cadenceMs : 0), newest.toEpochMilli() + cadenceMs)));
        }
    }

    /**
     * The readings given up on since the oldest of them, {@link #overdue}: when it came as the newest within a cadence
     * of being taken, the phone's delay was that long, and the late look's rises stand; when it came later, it was a
     * backfill or a phone grown slow (its next reading tells), and only the rises are taken back; when a newer one came
     * first, it was a backfill or the phone was offline, and the late looks in a row that came too soon are forgotten.
     */
    private void settleOverdue(Instant poll, Instant newest) {
        Instant late = overdue;
        if (late == null || newest.isBefore(late)) {
            return;
        }
        if (!newest.equals(late) || poll.isAfter(late.plusMillis(cadenceMs))) {
            lateMs = Math.max(0, lateMs - overdueRise);
        }
        if (!newest.equals(late)) {
            missStreak = 0;
        }
        overdue = null;
        overdueRise = 0;
    }

    private void earlyLooked(boolean seen) {
        if (seen) {
            if (lateHits >= LEARNING_HITS) {
                early.looked(true);
            }
            // the late look would have seen it too
            missStreak = 0;
            fall();
        } else {
            earlyMissed = true;
            earlyJustMissed = true;
        }
    }

    /**
     * The reading looked for came, {@code sinceExpected} after it was due to be taken, at a poll that was no early
     * look.
     */
    private void seenLate(long sinceExpected) {
        if (sinceExpected > cadenceMs) {
            // more than a cadence after it was taken: a backfill, not the phone's usual delay
            undoRise();
            return;
        }
        if (earlyMissed && lateHits >= LEARNING_HITS) {
            // counted only now: an early look at a reading that comes minutes late says nothing of its worth
            early.looked(false);
        }
        if (!lateMissed && sinceExpected <= lateMs + AIM_TOLERANCE_MS) {
            lateHits++;
            if (missStreak > 1) {
                // the rises doubled on the way up: the delay lies above the last miss, not far above
                lateMs = Math.min(lateMs, lateAtMiss + 2 * STEP_MS);
            }
            missStreak = 0;
            fall();
        } else if (lateMissed && sinceExpected <= lateAtMiss + WINDOW_MS + AIM_TOLERANCE_MS) {
            // seen by the retry: an ordinary miss of the quantile, not a phone grown slower
            missStreak = 0;
        }
    }

    /** Gives up on the reading taken at {@code expected} for now and looks for the next; see {@link #settleOverdue}. */
    private void moveOn(Instant expected) {
        if (overdue == null) {
            overdue = expected;
        }
        overdueRise += rise;
        rise = 0;
        startAt(expected.plusMillis(cadenceMs));
    }

    private void lateMissed() {
        lateMissed = true;
        lateJustMissed = true;
        lateAtMiss = lateMs;
        rise = STEP_MS << Math.min(missStreak++, 3);
        lateMs += rise;
    }

    private void fall() {
        lateMs = Math.max(0, lateMs - FALL_MS);
    }

    private void undoRise() {
        if (rise > 0) {
            lateMs = Math.max(0, lateMs - rise);
            missStreak = Math.max(0, missStreak - 1);
        }
        rise = 0;
    }

    private void startAfter(Instant newest) {
        latest = newest;
        startAt(newest.plusMillis(cadenceMs));
    }

    /** Looks for the reading taken at {@code next}, afresh. */
    private void startAt(Instant next) {
        if (!next.equals(target)) {
            target = next;
            early.nextReading();
            earlyMissed = false;
            lateMissed = false;
            rise = 0;
        }
    }

    private static boolean contains(List<GlucoseReading> recent, Instant taken) {
        for (GlucoseReading reading : recent) {
            if (reading.timestamp().equals(taken)) {
                return true;
            }
        }
        return false;
    }
}
