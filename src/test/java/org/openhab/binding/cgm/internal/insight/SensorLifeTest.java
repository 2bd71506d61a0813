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
package org.openhab.binding.cgm.internal.insight;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.insight.Curves.*;
import static org.openhab.binding.cgm.internal.insight.GlucoseEvent.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sensor life: its states, its events once each, a sensor change, and warm-up hiding staleness.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SensorLifeTest {

    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);
    private static final SensorInfo FIRST = SensorInfo.of("A1", T0, FOURTEEN_DAYS, null);

    private final PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);

    @ParameterizedTest
    @CsvSource({ "PT0S, WARMING_UP", "PT59M, WARMING_UP", "PT1H, ACTIVE", "PT311H, ACTIVE", "PT312H, ENDING",
            "PT335H59M, ENDING", "PT336H, ENDED", "PT999H, ENDED" })
    void theStateFollowsWarmUpWarningAndExpiry(Duration sinceStart, SensorState expected) {
        SensorLife life = SensorLife.of(FIRST, T0.plus(sinceStart), Duration.ofHours(24));
        assertEquals(expected, life.state());
        assertEquals(T0.plus(FOURTEEN_DAYS), life.expires());
        assertEquals(T0.plus(SensorInfo.DEFAULT_WARM_UP), life.warmUpEnds());
        assertEquals("A1", life.serial());
    }

    @Test
    void withoutALifespanItIsActiveForeverAndWithoutAStartUnknown() {
        SensorInfo noLifespan = SensorInfo.of("B", T0, null, Duration.ofMinutes(30));
        assertEquals(SensorState.WARMING_UP,
                SensorLife.of(noLifespan, T0.plus(Duration.ofMinutes(29)), Duration.ZERO).state());
        SensorLife muchLater = SensorLife.of(noLifespan, T0.plus(Duration.ofDays(100)), Duration.ofHours(24));
        assertEquals(SensorState.ACTIVE, muchLater.state());
        assertNull(muchLater.expires());
        SensorInfo noStart = SensorInfo.of("C", null, FOURTEEN_DAYS, null);
        assertEquals(SensorLife.UNKNOWN, SensorLife.of(noStart, T0, Duration.ZERO));
        assertEquals(SensorLife.UNKNOWN, SensorLife.of(null, T0, Duration.ZERO));
    }

    private List<GlucoseEvent> hourlyTicks(Instant from, int hours) {
        List<GlucoseEvent> events = new ArrayList<>();
        for (int hour = 0; hour <= hours; hour++) {
            Instant now = from.plus(Duration.ofHours(hour));
            events.addAll(insight.sensorSeen(FIRST, now).events());
            events.addAll(insight.tick(now).events());
        }
        return events;
    }

    @Test
    void endingAndEndedFireOnceEachAndTheFirstSensorIsSilent() {
        assertEquals(List.of(), insight.sensorSeen(FIRST, T0.plus(Duration.ofDays(2))).events());
        assertEquals(List.of(SENSOR_ENDING, SENSOR_ENDED), hourlyTicks(T0.plus(Duration.ofDays(2)), 14 * 24));
    }

    @Test
    void aRestartWhileEndingDoesNotRepeatEnding() {
        Update first = insight.sensorSeen(FIRST, T0.plus(Duration.ofHours(320)));
        assertEquals(SensorState.ENDING, first.sensor().state());
        assertEquals(List.of(), first.events());
        assertEquals(List.of(SENSOR_ENDED), hourlyTicks(T0.plus(Duration.ofHours(321)), 24));
    }

    @Test
    void aNewSensorStartsAfreshAndItsWarmUpHidesStaleness() {
        Instant endOfFirst = T0.plus(FOURTEEN_DAYS);
        insight.sensorSeen(FIRST, endOfFirst.minus(Duration.ofHours(1)));
        Instant lastReading = endOfFirst.minus(Duration.ofMinutes(2));
        insight.accept(List.of(reading(lastReading, 100)), lastReading);
        assertEquals(List.of(SENSOR_ENDED), insight.tick(endOfFirst.plus(Duration.ofMinutes(1))).events());

        // a new sensor 10 minutes later: started, warming up, the old reading is not stale while it warms up
        Instant start = endOfFirst.plus(Duration.ofMinutes(10));
        Update change = insight.sensorSeen(SensorInfo.of("A2", start, FOURTEEN_DAYS, null), start);
        assertEquals(List.of(SENSOR_STARTED), change.events());
        assertEquals(SensorState.WARMING_UP, change.sensor().state());
        assertEquals("A2", change.sensor().serial());
        List<GlucoseEvent> events = new ArrayList<>();
        for (int minute = 1; minute <= 90; minute++) {
            Update tick = insight.tick(start.plus(Duration.ofMinutes(minute)));
            events.addAll(tick.events());
            assertEquals(minute >= 60, tick.freshness().stale(), "minute " + minute);
        }
        assertEquals(List.of(STALE), events, "STALE once the warm-up has ended without readings");
        assertEquals(List.of(FRESH), insight
                .accept(List.of(reading(start.plus(Duration.ofMinutes(91)), 110)), start.plus(Duration.ofMinutes(91)))
                .events());
        assertEquals(List.of(SENSOR_ENDING), hourlyTicksOf("A2", start, 13 * 24 + 1));
    }

    private List<GlucoseEvent> hourlyTicksOf(String serial, Instant start, int hours) {
        List<GlucoseEvent> events = new ArrayList<>();
        SensorInfo info = SensorInfo.of(serial, start, FOURTEEN_DAYS, null);
        for (int hour = 2; hour <= hours; hour++) {
            events.addAll(insight.sensorSeen(info, start.plus(Duration.ofHours(hour))).events());
        }
        return events.stream().filter(e -> e.name().startsWith("SENSOR_")).toList(); // readings stopped: STALE
    }

    @Test
    void staleBeforeTheWarmUpIsFreshOnlyWhenReadingsResume() {
        insight.accept(List.of(reading(0, 100)), T0);
        insight.sensorSeen(SensorInfo.of("A0", T0.minus(Duration.ofDays(2)), FOURTEEN_DAYS, null), T0);
        assertEquals(List.of(STALE), insight.tick(T0.plus(Duration.ofMinutes(16))).events());
        Instant start = T0.plus(Duration.ofMinutes(20));
        Update change = insight.sensorSeen(SensorInfo.of("A2", start, FOURTEEN_DAYS, null), start);
        assertEquals(List.of(SENSOR_STARTED), change.events(), "hidden, not FRESH");
        assertFalse(change.freshness().stale());
        assertEquals(List.of(), insight.tick(start.plus(Duration.ofMinutes(61))).events(), "STALE is not repeated");
        assertEquals(List.of(FRESH), insight
                .accept(List.of(reading(start.plus(Duration.ofMinutes(62)), 100)), start.plus(Duration.ofMinutes(62)))
                .events());
    }

    @Test
    void noSensorForAWhileIsUnknownAndTheSameSensorBackIsNotNew() {
        insight.sensorSeen(FIRST, T0.plus(Duration.ofHours(2)));
        assertEquals(SensorState.UNKNOWN, insight.sensorSeen(null, T0.plus(Duration.ofHours(3))).sensor().state());
        Update back = insight.sensorSeen(FIRST, T0.plus(Duration.ofHours(4)));
        assertEquals(List.of(), back.events());
        assertEquals(SensorState.ACTIVE, back.sensor().state());
    }
}
