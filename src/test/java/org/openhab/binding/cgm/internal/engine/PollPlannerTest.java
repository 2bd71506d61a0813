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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * When the next poll falls.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class PollPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private final PollPlanner libre = new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofSeconds(60));
    /** Dexcom's cadence with LibreLinkUp's publish delay, so that both read the same below. */
    private final PollPlanner dexcom = new PollPlanner(
            new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(20)), Duration.ofSeconds(60));

    private static Patient patientWithReadingAt(String id, Instant at) {
        return new Patient(id, "x", new GlucoseReading(at, 100, null, Trend.FLAT, null, false, false),
                GlucoseUnit.MG_PER_DL, null, null);
    }

    @Test
    void pollsJustAfterTheNextReadingIsDue() {
        assertEquals(Instant.parse("2026-11-21T08:04:40Z"),
                dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(40)))));
    }

    @Test
    void stepsToTheFirstReadingDueAfterTheFloorToStayInStep() {
        // due at +30 s, sooner than the 60 s floor: the one after, at +90 s
        assertEquals(NOW.plusSeconds(90), libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(50)))));
        PollPlanner slowFloor = new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofSeconds(150));
        assertEquals(NOW.plusSeconds(150),
                slowFloor.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(50)))));
    }

    @Test
    void aSlowCadenceDueBeforeTheFloorIsPolledAtTheFloor() {
        // Dexcom: reading 4 min 30 s old, in the cloud 30 s from now; the floor allows a poll in 60 s
        assertEquals(NOW.plusSeconds(60), dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(270)))));
    }

    @Test
    void theEarliestPatientDecidesForTheAccount() {
        Instant next = dexcom.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(10)),
                patientWithReadingAt("b", NOW.minusSeconds(200))));
        assertEquals(NOW.plusSeconds(120), next);
    }

    @Test
    void withoutAnyReadingItWaitsTheIdleMaximum() {
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL), libre.nextPoll(NOW, List.of()));
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL),
                libre.nextPoll(NOW, List.of(new Patient("a", "x", null, GlucoseUnit.MG_PER_DL, null, null))));
    }

    @Test
    void anOverdueReadingWaitsHalfItsDelayWithinFloorAndMaximum() {
        // taken 07:50:00, due in the cloud 07:51:20, 8 min 40 s overdue → wait 4 min 20 s
        assertEquals(NOW.plusSeconds(260), libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minusSeconds(600)))));
        assertEquals(NOW.plus(PollPlanner.MAX_IDLE_INTERVAL),
                libre.nextPoll(NOW, List.of(patientWithReadingAt("a", NOW.minus(Duration.ofHours(3))))));
    }
}
