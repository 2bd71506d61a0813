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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.core.thing.ThingUID;

/**
 * The demo as a new user meets it: every scenario fires what the README's scenario table says, in that order, at
 * both cadences, and every new reading arrives as the current value.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DemoScenarioEventsTest extends HostTestBase {

    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_DEMO, "demo");
    /** Each patient follows the scenario a little later and at another level. */
    private static final int PATIENTS = 3;

    /**
     * @param events the events apart from the rates, in order
     * @param rateEvents FALLING_FAST and RISING_FAST, which come beside them (a fast fall before LOW, a fast rise
     *            after URGENT_LOW or before HIGH)
     */
    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = { //
            "steady        | libre  |                                     | ", //
            "steady        | dexcom |                                     | ", //
            "night-low     | libre  | PREDICTED_LOW LOW URGENT_LOW IN_RANGE | FALLING_FAST RISING_FAST", //
            "night-low     | dexcom | PREDICTED_LOW LOW URGENT_LOW IN_RANGE | FALLING_FAST RISING_FAST", //
            "meal-spike    | libre  | HIGH IN_RANGE                       | RISING_FAST", //
            "meal-spike    | dexcom | HIGH IN_RANGE                       | RISING_FAST", //
            "phone-offline | libre  | STALE FRESH                         | ", //
            "phone-offline | dexcom | STALE FRESH                         | ", //
            "sensor-ending | libre  | SENSOR_ENDING SENSOR_ENDED STALE    | ", //
            "sensor-ending | dexcom | SENSOR_ENDING SENSOR_ENDED STALE    | " })
    void eachScenarioFiresItsEventsInOrder(String scenario, String cadence, @Nullable String events,
            @Nullable String rateEvents) {
        addBridge(THING_TYPE_DEMO, "demo",
                map("scenario", scenario, "cadence", cadence, "patients", BigDecimal.valueOf(PATIENTS)));
        scheduler.advance(Duration.ofHours(3));
        for (int index = 0; index < PATIENTS; index++) {
            List<String> fired = events(new ThingUID(THING_TYPE_PATIENT, BRIDGE, DemoAccount.patientId(index)));
            String context = scenario + ", patient " + (index + 1) + ": " + fired;
            assertEquals(words(events), fired.stream().filter(e -> !e.endsWith("_FAST")).toList(), context);
            assertEquals(words(rateEvents), fired.stream().filter(e -> e.endsWith("_FAST")).toList(), context);
            if (fired.contains("FALLING_FAST")) {
                assertTrue(fired.indexOf("FALLING_FAST") < fired.indexOf("LOW"), context);
                assertTrue(fired.indexOf("RISING_FAST") > fired.indexOf("URGENT_LOW"), context);
            } else if (fired.contains("RISING_FAST")) {
                assertTrue(fired.indexOf("RISING_FAST") < fired.indexOf("HIGH"), context);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({ "libre, 1", "dexcom, 5" })
    void sensorEndingAnnouncesTheEndWithinMinutesAndTheEndWithinTheHour(String cadence, int minutesPerReading) {
        ThingUID patient = new ThingUID(THING_TYPE_PATIENT, BRIDGE, DemoAccount.patientId(0));
        addBridge(THING_TYPE_DEMO, "demo", map("scenario", "sensor-ending", "cadence", cadence));
        scheduler.advance(Duration.ofMinutes(4));
        assertEquals(List.of(), events(patient), "still warming up");
        scheduler.advance(Duration.ofMinutes(2));
        assertEquals(List.of("SENSOR_ENDING"), events(patient));
        scheduler.advance(Duration.ofMinutes(35 + minutesPerReading));
        assertEquals(List.of("SENSOR_ENDING", "SENSOR_ENDED"), events(patient), "ended 40 minutes in");
    }

    @ParameterizedTest
    @CsvSource({ "libre, 1", "dexcom, 5" })
    void everyNewReadingArrivesAsTheCurrentValueWhateverTheFractionOfTheClock(String cadence, int minutesPerReading) {
        // the main job's clock starts at the host's time, to the nanosecond, and CGM_SPEED runs it on this scheduler
        clock.set(START.plusNanos(886_902_734));
        ThingUID patient = new ThingUID(THING_TYPE_PATIENT, BRIDGE, DemoAccount.patientId(0));
        addBridge(THING_TYPE_DEMO, "demo", map("cadence", cadence));
        scheduler.advance(Duration.ofMinutes(10));
        lines.clear();
        scheduler.advance(Duration.ofHours(1));
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith(patient + " glucose timeseries")).toList(),
                "no reading only as history");
        long current = lines.stream().filter(l -> l.startsWith(patient + " " + CHANNEL_TIMESTAMP + " ")).count();
        assertEquals(60 / minutesPerReading, current, "each reading as the current value");
    }

    private static List<String> words(@Nullable String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }
}
