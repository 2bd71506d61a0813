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
package org.openhab.binding.cgm.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.SimReading;
import org.openhab.binding.cgm.internal.testutil.LogCapture;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * The summary channel end to end, over the simulator on a manual clock: it follows the readings, ages at most once a
 * minute, never sends the same sentence twice, says when readings stopped or the account is down, speaks openHAB's
 * language and the patient's unit, and its name never reaches a log line.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SummaryChannelTest extends PatientTestBase {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** Anna, her thing labelled as the family calls her. */
    private LluPatient anna() {
        LluPatient anna = addAnna(libreLinkUpAccount());
        anna.setSensorPhaseSeconds(17);
        addLibreLinkUpBridge("auto");
        addPatientThing(LLU_BRIDGE, ANNA, new HashMap<>());
        host.thing(ANNA_THING).setLabel("Anna");
        return anna;
    }

    private String summary(ThingUID thing) {
        State state = host.state(thing, CHANNEL_SUMMARY);
        assertNotNull(state, "a summary");
        return state.toString();
    }

    private List<String> sentences(ThingUID thing) {
        return host.stateUpdates(thing, CHANNEL_SUMMARY).stream().map(State::toString).toList();
    }

    private static void assertNoRepeats(List<String> sentences) {
        for (int i = 1; i < sentences.size(); i++) {
            assertNotEquals(sentences.get(i - 1), sentences.get(i), "sent twice in a row");
        }
    }

    @Test
    void followsTheReadingsAgesOncePerMinuteAndSaysWhenTheyStop() {
        try (LogCapture log = new LogCapture()) {
            LluPatient anna = anna();
            scheduler.advance(Duration.ofMinutes(20));
            SimReading last = anna.latestReading();
            assertTrue(summary(ANNA_THING).startsWith("Anna is " + last.mgPerDl() + " mg/dL and "),
                    summary(ANNA_THING));
            assertTrue(summary(ANNA_THING).matches(".*, (just now|1 minute ago|\\d+ minutes ago)\\."),
                    summary(ANNA_THING));
            // a reading a minute and a minute's age: at most two sentences a minute
            assertTrue(sentences(ANNA_THING).size() <= 2 * 20 + 2, sentences(ANNA_THING).toString());

            anna.pauseReadings();
            scheduler.advance(Duration.ofMinutes(17));
            String at = CLOCK.format(last.instant().atZone(ZONE));
            assertTrue(summary(ANNA_THING).matches("No new reading from Anna for 1[67] minutes; the last was "
                    + last.mgPerDl() + " mg/dL at " + at + "\\."), summary(ANNA_THING));
            int before = sentences(ANNA_THING).size();
            scheduler.advance(Duration.ofMinutes(10));
            int aging = sentences(ANNA_THING).size() - before;
            assertTrue(aging >= 9 && aging <= 10, "one new sentence a minute: " + aging);

            translations.setLocale(Locale.GERMAN);
            scheduler.advance(Duration.ofMinutes(1));
            assertTrue(summary(ANNA_THING).matches("Seit 2[78] Minuten kein neuer Wert von Anna; der letzte war "
                    + last.mgPerDl() + " mg/dL um " + at + " Uhr\\."), summary(ANNA_THING));
            assertNoRepeats(sentences(ANNA_THING));

            List<String> lines = log.lines();
            assertFalse(lines.isEmpty(), "the binding logged something to check");
            for (String line : lines) {
                for (String name : List.of("Anna", "Ander")) {
                    assertFalse(line.contains(name), "a log line holds a name: " + line);
                }
            }
        }
    }

    @Test
    void saysTheAccountIsDownOnceTheLastReadingIsStale() {
        LluPatient anna = anna();
        scheduler.advance(Duration.ofMinutes(5));
        SimReading last = anna.latestReading();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503), 1000);
        scheduler.advance(Duration.ofMinutes(5));
        assertEquals(ThingStatus.OFFLINE, status(LLU_BRIDGE).getStatus());
        assertTrue(summary(ANNA_THING).startsWith("Anna is "), "a fresh reading is still true: " + summary(ANNA_THING));
        scheduler.advance(Duration.ofMinutes(15));
        assertEquals(
                "Anna's glucose cannot be fetched: the connection to the account is down. The last reading was "
                        + last.mgPerDl() + " mg/dL at " + CLOCK.format(last.instant().atZone(ZONE)) + ".",
                summary(ANNA_THING));
        assertNoRepeats(sentences(ANNA_THING));
    }

    @Test
    void speaksTheUnitThePatientUsesUnlessTheThingSaysOtherwise() {
        LluAccount account = libreLinkUpAccount();
        String benId = "7a2d9b64-0c1e-4f8a-b3d2-5e6f7a8b9c0d";
        LluPatient ben = account.addPatient(benId, "Ben", "Brook", GlucoseUnitCode.MMOL, ZoneId.of("Europe/London"));
        addAnna(account);
        addLibreLinkUpBridge("auto");
        addPatientThing(LLU_BRIDGE, benId, new HashMap<>());
        addPatientThing(LLU_BRIDGE, ANNA, new HashMap<>(Map.of("unit", "mmol/L")));
        ThingUID benThing = new ThingUID(THING_TYPE_PATIENT, LLU_BRIDGE, benId);
        scheduler.advance(Duration.ofMinutes(3));
        String benValue = String.format(Locale.ENGLISH, "%.1f mmol/L", ben.latestReading().value());
        assertTrue(summary(benThing).startsWith("Ben is " + benValue), summary(benThing));
        assertTrue(summary(ANNA_THING).matches("Anna is \\d+\\.\\d mmol/L.*"), summary(ANNA_THING));

        host.reconfigure(benThing, Map.of("unit", "mg/dL"));
        scheduler.advance(Duration.ofMinutes(1));
        assertTrue(summary(benThing).matches("Ben is \\d+ mg/dL.*"), summary(benThing));
    }

    @Test
    void anUnknownUnitIsAConfigurationError() {
        addAnna(libreLinkUpAccount());
        addLibreLinkUpBridge("auto");
        addPatientThing(LLU_BRIDGE, ANNA, new HashMap<>(Map.of("unit", "mmol/dl")));
        scheduler.advance(Duration.ofMinutes(2));
        assertStatus(ANNA_THING, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.unit [\"mmol/dl\"]");
        assertEquals("Unknown display unit \"mmol/dl\". Use mg/dL, mmol/L or leave it empty.",
                host.translate(status(ANNA_THING)));
    }
}
