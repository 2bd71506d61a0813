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
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;

/**
 * Decides when to poll next after a successful poll: just after the next reading is due, never sooner than the
 * floor, and less often while readings stop coming (sensor warm-up, phone offline) so a silent sensor costs few
 * requests.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PollPlanner {

    /** The longest wait while readings are overdue or the account shows no reading at all. */
    static final Duration MAX_IDLE_INTERVAL = Duration.ofMinutes(5);

    private final Duration cadence;
    private final Duration publishDelay;
    private final Duration floor;

    /**
     * @param cadence how often the sensor takes a reading, and how long after it the reading is in the cloud
     * @param floor the shortest time between two polls
     */
    public PollPlanner(SensorCadence cadence, Duration floor) {
        this.cadence = cadence.interval();
        this.publishDelay = cadence.publishDelay();
        this.floor = floor;
    }

    public Duration floor() {
        return floor;
    }

    /** The next poll after one that returned these patients at {@code now}. */
    public Instant nextPoll(Instant now, List<Patient> patients) {
        Instant earliest = null;
        for (Patient patient : patients) {
            GlucoseReading latest = patient.latest();
            if (latest != null) {
                Instant candidate = nextFor(latest.timestamp(), now, now.plus(floor));
                earliest = earliest == null || candidate.isBefore(earliest) ? candidate : earliest;
            }
        }
        Instant next = earliest != null ? earliest : now.plus(MAX_IDLE_INTERVAL);
        Instant notBefore = now.plus(floor);
        return next.isBefore(notBefore) ? notBefore : next;
    }

    private Instant nextFor(Instant readingTime, Instant now, Instant notBefore) {
        Instant expected = readingTime.plus(cadence).plus(publishDelay);
        if (expected.isAfter(now)) {
            if (!expected.isBefore(notBefore)) {
                return expected;
            }
            if (cadence.compareTo(floor) > 0) {
                // the reading will be there when the floor allows the next poll
                return notBefore;
            }
            // readings come as often as polls may: take the first one due after the floor, so that polls stay in
            // step with the sensor instead of lagging each reading
            while (expected.isBefore(notBefore)) {
                expected = expected.plus(cadence);
            }
            return expected;
        }
        // overdue: wait half as long as it has been overdue, up to the idle maximum
        Duration overdue = Duration.between(expected, now);
        Duration wait = overdue.dividedBy(2);
        return now.plus(wait.compareTo(MAX_IDLE_INTERVAL) > 0 ? MAX_IDLE_INTERVAL : wait);
    }
}
