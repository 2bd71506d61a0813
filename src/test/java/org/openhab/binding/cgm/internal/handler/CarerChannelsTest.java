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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.SimReading;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.UnDefType;

/**
 * What a carer's rules rely on, end to end over the simulator on a manual clock: a value that gets old is never shown
 * as current, whether the bridge is online or not, and a fall fires each event once, in order, on both vendors.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class CarerChannelsTest extends PatientTestBase {

    /** Anna found by discovery after a regional redirect. */
    private LluPatient libreLinkUpPatient() {
        LluPatient anna = addAnna(libreLinkUpAccount());
        anna.setSensorPhaseSeconds(17);
        addLibreLinkUpBridge("auto");
        return anna;
    }

    private DexcomAccount dexcomPublisher() {
        DexcomAccount account = dexcomAccount();
        addDexcomBridge();
        return account;
    }

    private void assertGlucoseUndefined(ThingUID thing) {
        for (String channel : PatientStates.CURRENT_GLUCOSE) {
            assertEquals(UnDefType.UNDEF, host.state(thing, channel), channel + " must not read as current");
        }
    }

    private void assertShown(ThingUID thing, SimReading reading) {
        assertEquals(new QuantityType<>(reading.mgPerDl() + " mg/dl"), host.state(thing, CHANNEL_GLUCOSE));
        assertEquals(new DateTimeType(reading.instant().atZone(ZONE)), host.state(thing, CHANNEL_TIMESTAMP));
        assertEquals(OnOffType.OFF, host.state(thing, CHANNEL_STALE));
    }

    @Test
    void aPhoneThatStopsUploadingTurnsStaleAndANewReadingRestoresEverything() {
        LluPatient anna = libreLinkUpPatient();
        scheduler.advance(Duration.ofMinutes(20));
        SimReading last = anna.latestReading();
        assertShown(ANNA_THING, last);
        assertEquals(new StringType("IN_RANGE"), host.state(ANNA_THING, CHANNEL_RANGE));
        assertNotEquals(UnDefType.UNDEF, host.state(ANNA_THING, CHANNEL_RATE_OF_CHANGE), "20 minutes of history");

        anna.pauseReadings();
        scheduler.advance(Duration.ofMinutes(14));
        assertEquals(OnOffType.OFF, host.state(ANNA_THING, CHANNEL_STALE), "not yet older than 15 minutes");
        assertEquals(new QuantityType<>(last.mgPerDl() + " mg/dl"), host.state(ANNA_THING, CHANNEL_GLUCOSE));

        scheduler.advance(Duration.ofMinutes(2));
        assertEquals(ThingStatus.ONLINE, status(LLU_BRIDGE).getStatus(), "the cloud answers, the phone is silent");
        assertEquals(OnOffType.ON, host.state(ANNA_THING, CHANNEL_STALE));
        assertGlucoseUndefined(ANNA_THING);
        assertEquals(new DateTimeType(last.instant().atZone(ZONE)), host.state(ANNA_THING, CHANNEL_TIMESTAMP),
                "the time of the last reading stays");
        QuantityType<?> age = (QuantityType<?>) host.state(ANNA_THING, CHANNEL_READING_AGE);
        assertNotNull(age);
        // updated once a minute: at least staleAfter, at most a minute more
        assertTrue(age.intValue() >= 15 && age.intValue() <= 16, age.toString());
        assertEquals(List.of("STALE"), events(ANNA_THING));

        anna.resumeReadings();
        // a silent sensor is polled at least every 5 minutes
        scheduler.advance(Duration.ofMinutes(6));
        assertEquals(OnOffType.OFF, host.state(ANNA_THING, CHANNEL_STALE));
        for (String channel : PatientStates.CURRENT_GLUCOSE) {
            if (!channel.equals(CHANNEL_RATE_OF_CHANGE) && !channel.equals(CHANNEL_DELTA)) {
                assertNotEquals(UnDefType.UNDEF, host.state(ANNA_THING, channel), channel);
            }
        }
        DateTimeType shownTime = (DateTimeType) host.state(ANNA_THING, CHANNEL_TIMESTAMP);
        assertNotNull(shownTime);
        assertTrue(shownTime.getInstant().isAfter(last.instant()));
        assertEquals(List.of("STALE", "FRESH"), events(ANNA_THING));
    }

    @Test
    void readingsTurnStaleWhileTheBridgeIsOffline() {
        libreLinkUpPatient();
        scheduler.advance(Duration.ofMinutes(5));
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503), 1000);
        scheduler.advance(Duration.ofMinutes(20));
        assertEquals(ThingStatus.OFFLINE, status(LLU_BRIDGE).getStatus());
        assertEquals(ThingStatus.OFFLINE, status(ANNA_THING).getStatus());
        assertEquals(OnOffType.ON, host.state(ANNA_THING, CHANNEL_STALE));
        assertGlucoseUndefined(ANNA_THING);
        assertEquals(List.of("STALE"), events(ANNA_THING));

        simulator.libreLinkUp().clearFaults();
        scheduler.advance(Duration.ofMinutes(35));
        assertEquals(ThingStatus.ONLINE, status(ANNA_THING).getStatus());
        assertEquals(OnOffType.OFF, host.state(ANNA_THING, CHANNEL_STALE));
        assertEquals(List.of("STALE", "FRESH"), events(ANNA_THING));
    }

    @Test
    void keepStaleValuesKeepsTheLastValueButStillSaysStale() {
        LluPatient anna = libreLinkUpPatient();
        scheduler.advance(Duration.ofMinutes(2));
        host.reconfigure(ANNA_THING, java.util.Map.of("keepStaleValues", true));
        scheduler.advance(Duration.ofMinutes(1));
        SimReading last = anna.latestReading();
        anna.pauseReadings();
        scheduler.advance(Duration.ofMinutes(20));
        assertEquals(OnOffType.ON, host.state(ANNA_THING, CHANNEL_STALE));
        assertEquals(new QuantityType<>(last.mgPerDl() + " mg/dl"), host.state(ANNA_THING, CHANNEL_GLUCOSE));
    }

    @Test
    void aFallingLibreLinkUpPatientIsPredictedLowThenLowThenUrgentLowOnce() {
        LluPatient anna = libreLinkUpPatient();
        // 120 mg/dL falling 1 mg/dL a minute: below 70 after 50 minutes, below 55 after 65
        anna.setCurve(GlucoseCurve.linear(START, 120, -1.0));
        scheduler.advance(Duration.ofMinutes(45));
        assertEquals(List.of("PREDICTED_LOW"), events(ANNA_THING), "predicted, still in range");
        scheduler.advance(Duration.ofMinutes(30));
        assertEquals(List.of("PREDICTED_LOW", "LOW", "URGENT_LOW"), events(ANNA_THING));
        assertEquals(new StringType("URGENT_LOW"), host.state(ANNA_THING, CHANNEL_RANGE));
        assertEquals(new StringType("RED"), host.state(ANNA_THING, CHANNEL_MEASUREMENT_COLOR));
    }

    @Test
    void aFallingDexcomPatientIsPredictedLowThenLowOnce() {
        DexcomAccount publisher = dexcomPublisher();
        publisher.setCurve(GlucoseCurve.linear(START, 120, -1.0));
        scheduler.advance(Duration.ofMinutes(45));
        assertEquals(List.of("PREDICTED_LOW"), events(PUBLISHER));
        assertEquals(new QuantityType<>("-5 mg/dl"), host.state(PUBLISHER, CHANNEL_DELTA));
        scheduler.advance(Duration.ofMinutes(15));
        assertEquals(List.of("PREDICTED_LOW", "LOW"), events(PUBLISHER));
        assertEquals(new StringType("LOW"), host.state(PUBLISHER, CHANNEL_RANGE));
        assertEquals(OnOffType.OFF, host.state(PUBLISHER, CHANNEL_LOW), "below target is the range, not LO");
    }

    @Test
    void theDexcomRateIsKnownFromTheFirstPoll() {
        DexcomAccount publisher = dexcomPublisher();
        publisher.setCurve(GlucoseCurve.linear(START.minus(Duration.ofHours(1)), 160, -1.0));
        scheduler.runDue();
        assertEquals(new org.openhab.core.library.types.DecimalType(new java.math.BigDecimal("-1.0")),
                host.state(PUBLISHER, CHANNEL_RATE_OF_CHANGE));
        assertEquals(List.of(), events(PUBLISHER), "the first poll sets the states silently");
        assertEquals(new StringType("UNKNOWN"), host.state(PUBLISHER, CHANNEL_SENSOR_STATE),
                "Dexcom Share says nothing about the sensor");
        assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_SENSOR_EXPIRY));
    }
}
