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
import java.time.ZoneId;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.UnDefType;

/**
 * Sensor life on the channels, end to end over the simulator: the lifespan of each known model, a sensor change, the
 * warm-up that is not "stale", and the end of a sensor announced once.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SensorChannelsTest extends HostTestBase {

    private static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final ThingUID LLU_BRIDGE = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
    private static final ThingUID ANNA_THING = new ThingUID(THING_TYPE_PATIENT, LLU_BRIDGE, ANNA);
    private static final ThingUID DEXCOM_BRIDGE = new ThingUID(THING_TYPE_DEXCOM, "dx");
    private static final ThingUID PUBLISHER = new ThingUID(THING_TYPE_PATIENT, DEXCOM_BRIDGE, "publisher");

    /** Anna wears the sensor {@code setUp} describes, then openHAB starts with her thing. */
    private LluPatient start(java.util.function.Consumer<LluPatient> setUp, Object... patientConfig) {
        LluAccount account = simulator.libreLinkUp().addAccount("parent@example.com", "s3cret-Passw0rd", "eu");
        LluPatient anna = account.addPatient(ANNA, "Anna", "Ander", GlucoseUnitCode.MG_DL, ZoneId.of("Europe/Berlin"));
        anna.setCurve(GlucoseCurve.constant(120));
        setUp.accept(anna);
        addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", "parent@example.com", "password", "s3cret-Passw0rd",
                "region", "eu", "baseUrl", simulator.libreLinkUpUrlTemplate()));
        java.util.Map<String, Object> config = map(patientConfig);
        config.put(CONFIG_PATIENT_ID, ANNA);
        host.addThing(THING_TYPE_PATIENT, LLU_BRIDGE, ANNA, config);
        scheduler.runDue();
        return anna;
    }

    private List<String> events(ThingUID thing) {
        String prefix = thing + " " + CHANNEL_EVENT + " triggered ";
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .toList();
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
        simulator.dexcom().addAccount("publisher-anna", "Dexcom-Secret-1", "ous");
        addBridge(THING_TYPE_DEXCOM, "dx", map("username", "publisher-anna", "password", "Dexcom-Secret-1", "region",
                "ous", "baseUrl", simulator.dexcomUrlTemplate()));
        host.addThing(THING_TYPE_PATIENT, DEXCOM_BRIDGE, "publisher", map(CONFIG_PATIENT_ID, "publisher"));
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(30));
        assertEquals(new StringType("UNKNOWN"), host.state(PUBLISHER, CHANNEL_SENSOR_STATE));
        assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_SENSOR_ACTIVATED));
        assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_SENSOR_EXPIRY));
        assertTrue(events(PUBLISHER).stream().noneMatch(event -> event.startsWith("SENSOR_")));
    }
}
