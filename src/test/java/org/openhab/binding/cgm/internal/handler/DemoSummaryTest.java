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
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * The demo speaks: every scenario gives the sentences a user would hear in its story, in English and German, as
 * the main job prints them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DemoSummaryTest extends HostTestBase {

    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_DEMO, "demo");
    private static final ThingUID PATIENT = new ThingUID(THING_TYPE_PATIENT, BRIDGE, DemoAccount.patientId(0));

    private List<String> playedSentences(String scenario, Locale locale) {
        translations.setLocale(locale);
        addBridge(THING_TYPE_DEMO, "demo", map("scenario", scenario, "cadence", "libre"));
        scheduler.runDue();
        host.thing(PATIENT).setLabel("Mia");
        scheduler.advance(Duration.ofMinutes(75));
        return host.stateUpdates(PATIENT, CHANNEL_SUMMARY).stream().map(State::toString).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { //
            "steady        | Mia is \\d+ mg/dL.*                                   | Mia liegt bei \\d+ mg/dL.*", //
            "night-low     | Mia is urgently low: \\d+ mg/dL and falling.*         | Mia ist sehr niedrig: \\d+ mg/dL und fällt.*", //
            "meal-spike    | Mia is high: \\d+ mg/dL and rising.*                  | Mia ist hoch: \\d+ mg/dL und steigt.*", //
            "phone-offline | No new reading from Mia for 1[6-9] minutes; the last was \\d+ mg/dL at \\d\\d:\\d\\d\\. " //
                    + "| Seit 1[6-9] Minuten kein neuer Wert von Mia; der letzte war \\d+ mg/dL um \\d\\d:\\d\\d Uhr\\.", //
            "sensor-ending | Mia's sensor has ended\\. New readings come with a new sensor\\. " //
                    + "| Der Sensor von Mia ist abgelaufen\\. Neue Werte kommen mit einem neuen Sensor\\." })
    void everyScenarioTellsItsStory(String scenario, String english, String german) {
        List<String> sentences = playedSentences(scenario, Locale.ENGLISH);
        assertTrue(sentences.stream().anyMatch(s -> s.matches(english)), scenario + ": " + sentences);
        host.close();
        host = newHost();
        List<String> sätze = playedSentences(scenario, Locale.GERMAN);
        assertTrue(sätze.stream().anyMatch(s -> s.matches(german)), scenario + ": " + sätze);
        for (int i = 1; i < sätze.size(); i++) {
            assertNotEquals(sätze.get(i - 1), sätze.get(i), "sent twice in a row");
        }
    }
}
