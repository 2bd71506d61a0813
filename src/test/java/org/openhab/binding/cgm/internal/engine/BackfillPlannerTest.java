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
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * When the readings a history lacks are fetched, and how: inside the read (Dexcom) or by a request of its own
 * (LibreLinkUp), once per gap, at most once per patient per 30 minutes, only for patients who want history.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class BackfillPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final Set<String> ANNA_WANTS = Set.of("anna");

    private final BackfillPlanner libre = new BackfillPlanner(Duration.ofMinutes(1), Duration.ZERO);
    private final BackfillPlanner dexcom = new BackfillPlanner(Duration.ofMinutes(5), Duration.ofMinutes(1440));

    private static Patient patient(String id, Instant latest) {
        return new Patient(id, "x", new GlucoseReading(latest, 100, null, Trend.FLAT, null, false, false),
                GlucoseUnit.MG_PER_DL, null, null);
    }

    /** One poll of the LibreLinkUp planner: the history requests it asks for, counted as made. */
    private List<String> poll(Instant now, Set<String> wanted, Patient... patients) {
        List<String> requests = libre.historyRequests(List.of(patients), wanted, now);
        requests.forEach(id -> libre.requested(id, now));
        libre.seen(List.of(patients), wanted);
        return requests;
    }

    @Test
    void theFirstPollAfterAStartFetchesHistoryForEveryPatientWhoWantsIt() {
        assertEquals(List.of("Anna"), poll(NOW, ANNA_WANTS, patient("Anna", NOW), patient("ben", NOW)),
                "Ben's glucose is not linked: he costs nothing; ids compare without case");
        assertEquals(List.of(), poll(NOW.plusSeconds(60), ANNA_WANTS, patient("Anna", NOW.plusSeconds(60))));
    }

    @Test
    void aGapLongerThanThreeIntervalsFetchesOnceAndNotAgainWithinHalfAnHour() {
        poll(NOW, ANNA_WANTS, patient("anna", NOW));
        assertEquals(List.of(), poll(NOW.plusSeconds(180), ANNA_WANTS, patient("anna", NOW.plusSeconds(180))),
                "three intervals are no gap");
        assertEquals(List.of("anna"),
                poll(NOW.plus(Duration.ofMinutes(40)), ANNA_WANTS, patient("anna", NOW.plus(Duration.ofMinutes(40)))),
                "two hours' outage");
        assertEquals(List.of(),
                poll(NOW.plus(Duration.ofMinutes(41)), ANNA_WANTS, patient("anna", NOW.plus(Duration.ofMinutes(41)))),
                "the gap is filled");
        // a second gap 20 minutes later: within 30 minutes of the last request, nothing
        assertEquals(List.of(),
                poll(NOW.plus(Duration.ofMinutes(60)), ANNA_WANTS, patient("anna", NOW.plus(Duration.ofMinutes(60)))));
        // a third one after the half hour: fetched
        assertEquals(List.of("anna"),
                poll(NOW.plus(Duration.ofMinutes(80)), ANNA_WANTS, patient("anna", NOW.plus(Duration.ofMinutes(80)))));
    }

    @Test
    void aPatientWhoStartsWantingHistoryGetsItOnce() {
        poll(NOW, Set.of(), patient("anna", NOW));
        assertEquals(List.of("anna"), poll(NOW.plusSeconds(60), ANNA_WANTS, patient("anna", NOW.plusSeconds(60))));
        assertEquals(List.of(), poll(NOW.plusSeconds(120), ANNA_WANTS, patient("anna", NOW.plusSeconds(120))));
    }

    @Test
    void aSilentSensorIsNoGapUntilAReadingEndsIt() {
        poll(NOW, ANNA_WANTS, patient("anna", NOW));
        // the phone is offline: the latest stays the same, poll after poll
        for (int minute = 1; minute < 60; minute++) {
            assertEquals(List.of(), poll(NOW.plus(Duration.ofMinutes(minute)), ANNA_WANTS, patient("anna", NOW)));
        }
        assertEquals(List.of("anna"),
                poll(NOW.plus(Duration.ofMinutes(60)), ANNA_WANTS, patient("anna", NOW.plus(Duration.ofMinutes(60)))));
    }

    @Test
    void aVendorWhoseReadReachesBackAsksForTheGapInTheReadAndNeverRequestsHistory() {
        assertEquals(Duration.ofMinutes(1440), dexcom.lookback(NOW, Set.of()), "the first poll: all it can");
        dexcom.seen(List.of(patient("publisher", NOW)), Set.of("publisher"));
        assertEquals(Duration.ZERO, dexcom.lookback(NOW.plus(Duration.ofMinutes(15)), Set.of("publisher")),
                "three intervals are no gap");
        assertEquals(Duration.ofMinutes(125), dexcom.lookback(NOW.plus(Duration.ofMinutes(120)), Set.of("publisher")),
                "the gap and one interval");
        assertEquals(Duration.ofMinutes(1440), dexcom.lookback(NOW.plus(Duration.ofDays(3)), Set.of("publisher")),
                "never beyond what the read allows");
        dexcom.seen(List.of(patient("publisher", NOW.plus(Duration.ofMinutes(120)))), Set.of());
        assertEquals(Duration.ZERO, dexcom.lookback(NOW.plus(Duration.ofMinutes(121)), Set.of()), "filled");
        assertEquals(Duration.ofMinutes(1440), dexcom.lookback(NOW.plus(Duration.ofMinutes(121)), Set.of("publisher")),
                "a patient who starts wanting history");
        assertEquals(Duration.ZERO, libre.lookback(NOW, ANNA_WANTS), "LibreLinkUp's read carries the latest only");
    }
}
