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
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.UnDefType;

/**
 * Sensor life on the channels, end to end over the simulator: the lifespan of each known model, a sensor change, the
 * warm-up that is not "stale", and the end of a sensor announced once.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SensorChannelsTest extends PatientTestBase {

    /** Anna wears the sensor {@code setUp} describes, then openHAB starts with her thing. */
    private LluPatient start(java.util.function.Consumer<LluPatient> setUp, Object... patientConfig) {
        LluPatient anna = addAnna(libreLinkUpAccount());
        anna.setCurve(GlucoseCurve.constant(120));
        setUp.accept(anna);
        addLibreLinkUpBridge("eu");
        addPatientThing(LLU_BRIDGE, ANNA, map(patientConfig));
        scheduler.runDue();
        return anna;
    }

    private void assertSensor(String state, Instant activated, Duration lifespan) {
        assertEquals(new StringType(state), host.state(ANNA_THING, CHANNEL_SENSOR_STATE));
        assertEquals(new DateTimeType(activated.atZone(ZONE)), host.state(ANNA_THING, CHANNEL_SENSOR_ACTIVATED));
        assertEquals(new DateTimeType(activated.plus(lifespan).atZone(ZONE)),
                host.state(ANNA_THING, CHANNEL_SENSOR_EXPIRY));
    }

    @ParameterizedTest(name = "pt {0}, dtid {1}: {2} days")
    @CsvSource({ "3, 40067, 14", "4, 40068, 15", ", 40066, 14", ", 40067, 14" })
    void eachKnownModelLastsItsDays(@Nullable Integer productType, int deviceType, int days) {
        Instant activated = START.minus(Duration.ofDays(3));
        start(anna -> {
            anna.setSensor("0M0001", activated, productType, 60);
            anna.setDeviceType(deviceType);
        });
        assertSensor("ACTIVE", activated, Duration.ofDays(days));
    }

    @Test
    void aNewSensorMidRunFiresSensorStartedOnceAndResetsTheState() {
        // the old sensor ends within the warning: ENDING, set silently by the first poll
        Instant oldActivated = START.minus(Duration.ofDays(15)).plus(Duration.ofHours(10));
        LluPatient anna = start(a -> a.setSensor("0M0001", oldActivated, 4, 60));
        assertSensor("ENDING", oldActivated, Duration.ofDays(15));
        scheduler.advance(Duration.ofMinutes(10));
        Instant newActivated = clock.instant().minus(Duration.ofHours(2));
        anna.setSensor("0M0002", newActivated, 4, 60);
        scheduler.advance(Duration.ofMinutes(10));
        assertSensor("ACTIVE", newActivated, Duration.ofDays(15));
        assertEquals("0M0002", host.thing(ANNA_THING).getProperties().get(PROPERTY_SENSOR_SERIAL));
        scheduler.advance(Duration.ofHours(2));
        assertEquals(List.of("SENSOR_STARTED"), events(ANNA_THING), "once; the new sensor is far from its end");
    }

    @Test
    void aWarmingUpSensorIsNotStaleUntilTheWarmUpEnded() {
        LluPatient anna = start(a -> {
        });
        scheduler.advance(Duration.ofMinutes(5));
        anna.pauseReadings();
        Instant activated = clock.instant().minus(Duration.ofMinutes(10));
        anna.setSensor("0M0009", activated, 4, 60);
        scheduler.advance(Duration.ofMinutes(45));
        assertEquals(new StringType("WARMING_UP"), host.state(ANNA_THING, CHANNEL_SENSOR_STATE));
        assertEquals(OnOffType.OFF, host.state(ANNA_THING, CHANNEL_STALE), "no reading for 45 minutes, warming up");
        assertEquals(List.of("SENSOR_STARTED"), events(ANNA_THING));
        scheduler.advance(Duration.ofMinutes(10));
        assertEquals(new StringType("ACTIVE"), host.state(ANNA_THING, CHANNEL_SENSOR_STATE));
        assertEquals(OnOffType.ON, host.state(ANNA_THING, CHANNEL_STALE), "the warm-up ended without a reading");
        assertEquals(List.of("SENSOR_STARTED", "STALE"), events(ANNA_THING));
    }

    @Test
    void theEndOfASensorIsAnnouncedOnceEachAsTimePasses() {
        Instant activated = START.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(90));
        start(anna -> anna.setSensor("0M0001", activated, 3, 60), "sensorWarningHours", new BigDecimal(1));
        assertSensor("ACTIVE", activated, Duration.ofDays(14));
        scheduler.advance(Duration.ofMinutes(35));
        assertEquals(new StringType("ENDING"), host.state(ANNA_THING, CHANNEL_SENSOR_STATE));
        assertEquals(List.of("SENSOR_ENDING"), events(ANNA_THING));
        scheduler.advance(Duration.ofMinutes(60));
        assertEquals(new StringType("ENDED"), host.state(ANNA_THING, CHANNEL_SENSOR_STATE));
        scheduler.advance(Duration.ofHours(2));
        assertEquals(List.of("SENSOR_ENDING", "SENSOR_ENDED"), events(ANNA_THING));
    }

    @Test
    void dexcomSaysNothingAboutTheSensor() {
        dexcomAccount();
        addDexcomBridge();
        addPatientThing(DEXCOM_BRIDGE, "publisher", map());
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(30));
        assertEquals(new StringType("UNKNOWN"), host.state(PUBLISHER, CHANNEL_SENSOR_STATE));
        assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_SENSOR_ACTIVATED));
        assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_SENSOR_EXPIRY));
        assertTrue(events(PUBLISHER).stream().noneMatch(event -> event.startsWith("SENSOR_")));
    }
}
