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
package org.openhab.binding.cgm.internal.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * When a sensor's readings exist: one per spacing (1 min for LibreLinkUp, 5 min for Dexcom) at the spacing boundary
 * plus a phase offset, except inside pauses (sensor or phone offline), which stay gaps. Not thread-safe; the owning
 * sensor guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReadingSchedule {

    private final Duration spacing;
    private final long spacingSeconds;
    private int phaseSeconds;
    private final List<Pause> pauses = new ArrayList<>();

    private static final class Pause {
        final Instant start;
        /** The phone kept the readings and uploads them when it is back: the pause hides nothing once it ended. */
        final boolean uploadedLater;
        @Nullable
        Instant end;

        Pause(Instant start, boolean uploadedLater) {
            this.start = start;
            this.uploadedLater = uploadedLater;
        }

        /** Readings at the pause start were already taken; those from the resume on come again. */
        boolean hides(Instant reading) {
            Instant until = end;
            if (until != null && uploadedLater) {
                return false;
            }
            return reading.isAfter(start) && (until == null || reading.isBefore(until));
        }
    }

    ReadingSchedule(Duration spacing, int phaseSeconds) {
        this.spacing = spacing;
        this.spacingSeconds = spacing.toSeconds();
        setPhaseSeconds(phaseSeconds);
    }

    int phaseSeconds() {
        return phaseSeconds;
    }

    void setPhaseSeconds(int seconds) {
        if (seconds < 0 || seconds >= spacingSeconds) {
            throw new IllegalArgumentException("phase must be 0.." + (spacingSeconds - 1) + " s: " + seconds);
        }
        phaseSeconds = seconds;
    }

    private boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).end == null;
    }

    void pause(Instant now) {
        if (!isPaused()) {
            pauses.add(new Pause(now, false));
        }
    }

    /** The phone goes offline: readings are taken but not uploaded until {@link #resume}. */
    void holdBack(Instant now) {
        if (!isPaused()) {
            pauses.add(new Pause(now, true));
        }
    }

    void resume(Instant now) {
        if (isPaused()) {
            pauses.get(pauses.size() - 1).end = now;
        }
    }

    /** The newest existing reading at or before {@code at}, however old. */
    Instant latestAtOrBefore(Instant at) {
        Instant candidate = floorToReading(at);
        Pause hiding = hidingPause(candidate);
        while (hiding != null) {
            candidate = floorToReading(hiding.start);
            hiding = hidingPause(candidate);
        }
        return candidate;
    }

    /** Existing readings from {@code now - window} (inclusive) to {@code now}, newest first, at most {@code max}. */
    List<Instant> newestFirst(Instant now, Duration window, int max) {
        Instant oldest = now.minus(window);
        List<Instant> instants = new ArrayList<>();
        Instant at = floorToReading(now);
        while (!at.isBefore(oldest) && instants.size() < max) {
            if (hidingPause(at) == null) {
                instants.add(at);
            }
            at = at.minus(spacing);
        }
        return instants;
    }

    /**
     * Every {@code stride}-th reading slot (those whose index is {@code slot} modulo {@code stride}), {@code count}
     * such slots ending at or before {@code at}, oldest first. Slots inside a pause stay gaps, so a span of fixed
     * length is covered.
     */
    List<Instant> everyNthOldestFirst(Instant at, int stride, int slot, int count) {
        Instant newest = floorToReading(at);
        while (Math.floorMod(slotIndex(newest), stride) != slot) {
            newest = newest.minus(spacing);
        }
        Duration step = spacing.multipliedBy(stride);
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant point = newest.minus(step.multipliedBy(i));
            if (hidingPause(point) == null) {
                instants.add(point);
            }
        }
        Collections.reverse(instants);
        return instants;
    }

    private Instant floorToReading(Instant at) {
        return Instant.ofEpochSecond(slotIndex(at) * spacingSeconds + phaseSeconds);
    }

    private long slotIndex(Instant at) {
        return Math.floorDiv(at.getEpochSecond() - phaseSeconds, spacingSeconds);
    }

    private @Nullable Pause hidingPause(Instant reading) {
        for (Pause pause : pauses) {
            if (pause.hides(reading)) {
                return pause;
            }
        }
        return null;
    }
}
