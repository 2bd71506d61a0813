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
 * When a patient's readings exist: one per minute at the minute boundary plus a phase offset, except inside pauses
 * (phone offline / sensor gap), which stay gaps. The graph uses every fifth reading. Not thread-safe; the owning
 * patient guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReadingSchedule {

    static final Duration GRAPH_SPACING = Duration.ofMinutes(5);
    /** The graph trails the current value by 15..20 min, as observed on the real service. */
    static final Duration GRAPH_LAG = Duration.ofMinutes(15);
    /** 144 points at 5 min = 12 h. */
    static final int GRAPH_POINTS = 144;

    private static final int SLOTS = (int) GRAPH_SPACING.toMinutes();

    private int phaseSeconds;
    private final int graphSlot;
    private final List<Pause> pauses = new ArrayList<>();

    private static final class Pause {
        final Instant start;
        @Nullable
        Instant end;

        Pause(Instant start) {
            this.start = start;
        }

        /** Readings at the pause start were already taken; those from the resume on come again. */
        boolean hides(Instant reading) {
            Instant until = end;
            return reading.isAfter(start) && (until == null || reading.isBefore(until));
        }
    }

    ReadingSchedule(int phaseSeconds, int graphSlot) {
        setPhaseSeconds(phaseSeconds);
        this.graphSlot = Math.floorMod(graphSlot, SLOTS);
    }

    int phaseSeconds() {
        return phaseSeconds;
    }

    void setPhaseSeconds(int seconds) {
        if (seconds < 0 || seconds > 59) {
            throw new IllegalArgumentException("phase must be 0..59 s: " + seconds);
        }
        phaseSeconds = seconds;
    }

    boolean isPaused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).end == null;
    }

    void pause(Instant now) {
        if (!isPaused()) {
            pauses.add(new Pause(now));
        }
    }

    void resume(Instant now) {
        if (isPaused()) {
            pauses.get(pauses.size() - 1).end = now;
        }
    }

    /** The newest existing reading at or before {@code at}. */
    Instant latestAtOrBefore(Instant at) {
        Instant candidate = floorToReading(at);
        Pause hiding = hidingPause(candidate);
        while (hiding != null) {
            candidate = floorToReading(hiding.start);
            hiding = hidingPause(candidate);
        }
        return candidate;
    }

    /** Graph instants, oldest first: every fifth reading of the 12 h ending at least {@link #GRAPH_LAG} ago. */
    List<Instant> graphInstants(Instant now) {
        Instant newest = floorToReading(now.minus(GRAPH_LAG));
        while (Math.floorMod(minuteIndex(newest), SLOTS) != graphSlot) {
            newest = newest.minus(Duration.ofMinutes(1));
        }
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < GRAPH_POINTS; i++) {
            Instant point = newest.minus(GRAPH_SPACING.multipliedBy(i));
            if (hidingPause(point) == null) {
                instants.add(point);
            }
        }
        Collections.reverse(instants);
        return instants;
    }

    private Instant floorToReading(Instant at) {
        return Instant.ofEpochSecond(minuteIndex(at) * 60 + phaseSeconds);
    }

    private long minuteIndex(Instant at) {
        return Math.floorDiv(at.getEpochSecond() - phaseSeconds, 60);
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
