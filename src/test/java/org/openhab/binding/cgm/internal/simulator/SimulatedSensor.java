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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A simulated sensor: a glucose curve read on a fixed cadence, with pauses that stay gaps. A LibreLinkUp patient and
 * a Dexcom publisher account each own one; the owner says how the curve at a reading instant becomes its vendor's
 * reading. Guarded by the owner's lock, which the simulation shares with the request handling.
 *
 * @param <R> the vendor's reading type
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatedSensor<R> {

    /** The vendor's reading at instant {@code at} of {@code curve}; called with the lock held. */
    @FunctionalInterface
    interface Reader<R> {
        R read(GlucoseCurve curve, Instant at);
    }

    private final Object lock;
    private final Clock clock;
    private final ReadingSchedule schedule;
    private final Reader<R> reader;
    private GlucoseCurve curve;
    private UploadDelays uploads = UploadDelays.IMMEDIATE;

    /** {@code seed} picks the phase and the default curve, so that sensors differ. */
    SimulatedSensor(Object lock, Clock clock, Duration spacing, int seed, Reader<R> reader) {
        this.lock = lock;
        this.clock = clock;
        this.schedule = new ReadingSchedule(spacing, Math.floorMod(seed, (int) spacing.toSeconds()));
        this.reader = reader;
        this.curve = GlucoseCurve.standard(seed);
    }

    void pause() {
        synchronized (lock) {
            schedule.pause(clock.instant());
        }
    }

    void holdBack() {
        synchronized (lock) {
            schedule.holdBack(clock.instant());
        }
    }

    void resume() {
        synchronized (lock) {
            schedule.resume(clock.instant());
        }
    }

    /**
     * The newest reading visible now (simulator clock); while paused, the last one before the pause. A reading whose
     * upload is still pending is not there yet.
     */
    R latestReading() {
        synchronized (lock) {
            return readingAt(latestVisible(clock.instant()));
        }
    }

    /** How the phone uploads; by default each reading is visible when it is taken. */
    void setUploads(UploadDelays uploads) {
        synchronized (lock) {
            this.uploads = uploads;
        }
    }

    /** When the reading taken at {@code taken} became (or becomes) visible in the cloud. */
    Instant visibleAt(Instant taken) {
        synchronized (lock) {
            return uploads.visibleAt(taken);
        }
    }

    /** The instants of the readings taken in {@code [from, to)}, oldest first; pauses stay gaps. */
    List<Instant> takenBetween(Instant from, Instant to) {
        synchronized (lock) {
            List<Instant> newestFirst = schedule.newestFirst(to.minusNanos(1), Duration.between(from, to),
                    Integer.MAX_VALUE);
            List<Instant> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            return oldestFirst.stream().filter(at -> !at.isBefore(from)).toList();
        }
    }

    void setPhaseSeconds(int seconds) {
        synchronized (lock) {
            schedule.setPhaseSeconds(seconds);
        }
    }

    int phaseSeconds() {
        synchronized (lock) {
            return schedule.phaseSeconds();
        }
    }

    void setCurve(GlucoseCurve curve) {
        synchronized (lock) {
            this.curve = curve;
        }
    }

    // callers below hold the lock

    /** For queries over many readings; pair with {@link #readingsAt}. */
    ReadingSchedule schedule() {
        return schedule;
    }

    List<R> readingsAt(List<Instant> instants) {
        return instants.stream().map(this::readingAt).toList();
    }

    /** Those of {@code instants} whose readings are visible at {@code now}. */
    List<Instant> visible(List<Instant> instants, Instant now) {
        if (uploads == UploadDelays.IMMEDIATE) {
            return instants;
        }
        return instants.stream().filter(at -> !uploads.visibleAt(at).isAfter(now)).toList();
    }

    private Instant latestVisible(Instant now) {
        Instant candidate = schedule.latestAtOrBefore(now);
        // an upload pending for hours is not a case worth more steps than a day of readings
        for (int i = 0; i < 1440 && uploads.visibleAt(candidate).isAfter(now); i++) {
            candidate = schedule.latestAtOrBefore(candidate.minusSeconds(1));
        }
        return candidate;
    }

    private R readingAt(Instant at) {
        return reader.read(curve, at);
    }
}
