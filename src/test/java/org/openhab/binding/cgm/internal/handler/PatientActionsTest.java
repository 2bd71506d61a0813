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
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.SimReading;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;

/**
 * The thing actions as a rule gets them: found by scope and thing, as {@code getActions("cgm", uid)} in DSL does,
 * and called through the static twins a DSL rule uses (JavaScript calls the same instance methods).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class PatientActionsTest extends PatientTestBase {

    private LluPatient anna;

    PatientActionsTest() {
        anna = addAnna(libreLinkUpAccount());
        anna.setSensorPhaseSeconds(17);
    }

    private ThingActions actions() {
        return host.actions("cgm", ANNA_THING);
    }

    private void start() {
        addLibreLinkUpBridge("auto");
        addPatientThing(LLU_BRIDGE, ANNA, new HashMap<>());
        host.thing(ANNA_THING).setLabel("Anna");
    }

    @Test
    void beforeTheFirstReadingEveryAnswerIsEmpty() {
        start();
        ThingActions actions = actions();
        assertEquals("", PatientActions.getSummary(actions));
        assertEquals(Map.of(), PatientActions.getNewestReading(actions));
        assertEquals(Map.of("readings", List.of(), "count", 0), PatientActions.getReadings(actions, 60));
        assertEquals(Map.of(), PatientActions.getDayFigures(actions));
    }

    @Test
    void theNewestReadingTheLastMinutesAndTheSentence() {
        start();
        scheduler.advance(Duration.ofMinutes(30));
        ThingActions actions = actions();
        SimReading last = anna.latestReading();

        State summary = host.state(ANNA_THING, CHANNEL_SUMMARY);
        assertNotNull(summary);
        assertEquals(summary.toString(), PatientActions.getSummary(actions));
        assertTrue(PatientActions.getSummary(actions).startsWith("Anna is " + last.mgPerDl() + " mg/dL"));

        Map<String, Object> newest = PatientActions.getNewestReading(actions);
        assertEquals(last.mgPerDl(), newest.get("mgPerDl"));
        assertEquals(GlucoseUnit.toMmolPerL(last.mgPerDl()).doubleValue(), newest.get("mmolPerL"));
        assertEquals(last.instant().atZone(ZONE), newest.get("time"));
        assertInstanceOf(String.class, newest.get("trend"));
        assertEquals(false, newest.get("stale"));

        Map<String, Object> tenMinutes = PatientActions.getReadings(actions, 10);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> readings = (List<Map<String, Object>>) tenMinutes.get("readings");
        assertNotNull(readings);
        assertEquals(readings.size(), tenMinutes.get("count"));
        // a reading a minute
        assertTrue(readings.size() >= 9 && readings.size() <= 11, "readings: " + readings.size());
        assertEquals(newest.get("time"), readings.get(0).get("time"), "newest first");
        for (int i = 1; i < readings.size(); i++) {
            assertTrue(((ZonedDateTime) readings.get(i).get("time"))
                    .isBefore((ZonedDateTime) readings.get(i - 1).get("time")));
        }
        int all = (Integer) PatientActions.getReadings(actions, 100_000).get("count");
        assertTrue(all >= readings.size(), "a longer window holds more");
        assertEquals(all, PatientActions.getReadings(actions, PatientActions.MAX_MINUTES).get("count"),
                "at most the day held");
        assertEquals(0, PatientActions.getReadings(actions, 0).get("count"));
        assertEquals(0, PatientActions.getReadings(actions, null).get("count"));
    }

    @Test
    void theDaysFiguresAreTheStatisticsChannels() {
        start();
        scheduler.advance(Duration.ofMinutes(30));
        Map<String, Object> day = PatientActions.getDayFigures(actions());
        Map<String, String> channels = Map.of("timeInRange", CHANNEL_TIME_IN_RANGE, "timeBelowRange",
                CHANNEL_TIME_BELOW_RANGE, "timeAboveRange", CHANNEL_TIME_ABOVE_RANGE, "timeVeryLow",
                CHANNEL_TIME_VERY_LOW, "averageGlucose", CHANNEL_AVERAGE_GLUCOSE, "glucoseVariability",
                CHANNEL_GLUCOSE_VARIABILITY, "gmi", CHANNEL_GMI, "dataCoverage", CHANNEL_DATA_COVERAGE);
        // the graph's history gives more than half a day: every figure is known
        assertEquals(channels.keySet(), day.keySet());
        channels.forEach((figure, channel) -> {
            QuantityType<?> shown = (QuantityType<?>) host.state(ANNA_THING, channel);
            assertNotNull(shown, channel);
            assertEquals(shown.doubleValue(), (Double) day.get(figure), 1e-9, figure);
        });
    }

    @Test
    void staleReadingsAndAnEmptyWindow() {
        start();
        scheduler.advance(Duration.ofMinutes(10));
        anna.pauseReadings();
        scheduler.advance(Duration.ofMinutes(20));
        ThingActions actions = actions();
        assertEquals(true, PatientActions.getNewestReading(actions).get("stale"));
        assertEquals(Map.of("readings", List.of(), "count", 0), PatientActions.getReadings(actions, 5));
        assertTrue(PatientActions.getSummary(actions).startsWith("No new reading from Anna for "));
    }

    @Test
    void theStaticTwinsRefuseOtherActions() {
        start();
        ThingActions other = new ThingActions() {
            @Override
            public void setThingHandler(ThingHandler handler) {
            }

            @Override
            public @Nullable ThingHandler getThingHandler() {
                return null;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> PatientActions.getSummary(other));
    }
}
