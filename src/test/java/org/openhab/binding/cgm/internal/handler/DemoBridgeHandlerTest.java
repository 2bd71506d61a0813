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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * The demo account in openHAB, through the real handlers: online without a network, its patients in the inbox, the
 * same channels as a real account, and a scenario that replays when the configuration is saved.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DemoBridgeHandlerTest extends HostTestBase {

    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_DEMO, "demo");

    private static ThingUID patient(int index) {
        return new ThingUID(THING_TYPE_PATIENT, BRIDGE, DemoAccount.patientId(index));
    }

    private void addDemo(Object... configuration) {
        addBridge(THING_TYPE_DEMO, "demo", map(configuration));
    }

    private int glucose(ThingUID patient) {
        State state = host.state(patient, CHANNEL_GLUCOSE);
        assertNotNull(state, "no glucose for " + patient);
        return ((QuantityType<?>) state).intValue();
    }

    @Test
    void goesOnlineWithoutANetworkAndShowsItIsSimulated() {
        addDemo("patients", BigDecimal.valueOf(3), "scenario", "steady", "cadence", "libre");
        scheduler.runDue();
        assertOnline(BRIDGE);
        assertEquals("true", host.thing(BRIDGE).getProperties().get(PROPERTY_SIMULATED));
        assertEquals(0, simulator.requests().all().size(), "no request to any cloud");

        Map<ThingUID, DiscoveryResult> inbox = host.inbox();
        assertEquals(Set.of(patient(0), patient(1), patient(2)), inbox.keySet());
        assertTrue(inbox.values().stream().allMatch(r -> r.getLabel().contains("Simulated")),
                inbox.values().stream().map(DiscoveryResult::getLabel).collect(Collectors.joining(", ")));
        for (int i = 0; i < 3; i++) {
            assertOnline(patient(i));
            int mgPerDl = glucose(patient(i));
            assertTrue(mgPerDl > 80 && mgPerDl < 160, "in range: " + mgPerDl);
            assertEquals(new StringType("GREEN"), host.state(patient(i), CHANNEL_MEASUREMENT_COLOR));
            assertNotNull(host.state(patient(i), CHANNEL_TREND));
            assertNotNull(host.state(patient(i), CHANNEL_TIMESTAMP));
        }
    }

    @Test
    void theDefaultsAreOnePatientSteadyAtTheLibreCadence() {
        addDemo();
        scheduler.runDue();
        assertOnline(BRIDGE);
        assertEquals(Set.of(patient(0)), host.inbox().keySet());
        lines.clear();
        scheduler.advance(Duration.ofMinutes(10));
        long updates = lines.stream().filter(l -> l.startsWith(patient(0) + " glucose ")).count();
        assertTrue(updates >= 9 && updates <= 11, "a reading a minute: " + updates);
    }

    @Test
    void nightLowReachesTheChannelsAsAFallThroughLowAndUrgentLow() {
        addDemo("scenario", "night-low", "cadence", "dexcom");
        scheduler.runDue();
        int min = glucose(patient(0));
        boolean lowFlagSeen = false;
        for (int minute = 0; minute < 30; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
            min = Math.min(min, glucose(patient(0)));
            lowFlagSeen |= new StringType("RED").equals(host.state(patient(0), CHANNEL_MEASUREMENT_COLOR));
        }
        assertTrue(min < 55, "urgent low within 30 minutes: " + min);
        assertTrue(lowFlagSeen);
        scheduler.advance(Duration.ofHours(2));
        int recovered = glucose(patient(0));
        assertTrue(recovered >= 70 && recovered <= 180, "recovered: " + recovered);
        assertOnline(BRIDGE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "libre", "dexcom" })
    void nightLowFiresPredictedLowLowAndUrgentLowOnceEachThenInRange(String cadence) {
        addDemo("scenario", "night-low", "cadence", cadence);
        scheduler.advance(Duration.ofHours(2));
        List<String> events = events(patient(0));
        assertEquals(Set.copyOf(events).size(), events.size(), "each once: " + events);
        // the fall is fast (and so is the recovery): the rate events come beside the range events
        assertTrue(events.indexOf("FALLING_FAST") < events.indexOf("LOW"), events.toString());
        assertEquals(List.of("PREDICTED_LOW", "LOW", "URGENT_LOW", "IN_RANGE"),
                events.stream().filter(e -> !e.endsWith("_FAST")).toList());
        assertEquals(new StringType("IN_RANGE"), host.state(patient(0), CHANNEL_RANGE));
    }

    @Test
    void mealSpikeFiresHighOnceAndPhoneOfflineFiresStaleThenFresh() {
        addBridge(THING_TYPE_DEMO, "demo", map("scenario", "meal-spike"));
        scheduler.advance(Duration.ofHours(3));
        assertEquals(List.of("HIGH", "IN_RANGE"),
                events(patient(0)).stream().filter(e -> !e.endsWith("_FAST")).toList());
        host.reconfigure(BRIDGE, map("scenario", "phone-offline"));
        lines.clear();
        scheduler.advance(Duration.ofHours(1));
        assertEquals(List.of("STALE", "FRESH"), events(patient(0)));
    }

    @Test
    void sensorEndingFiresSensorEndedWithinTheHour() {
        addDemo("scenario", "sensor-ending");
        scheduler.advance(Duration.ofHours(1));
        assertTrue(events(patient(0)).contains("SENSOR_ENDED"), events(patient(0)).toString());
        assertEquals(new StringType("ENDED"), host.state(patient(0), CHANNEL_SENSOR_STATE));
    }

    @Test
    void savingTheConfigurationReplaysTheScenario() {
        addDemo("scenario", "night-low");
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(25));
        assertTrue(glucose(patient(0)) < 70);
        host.reconfigure(BRIDGE, map("scenario", "night-low"));
        // a re-initialized bridge waits out the polling floor since the account's last request
        scheduler.advance(Duration.ofMinutes(1));
        assertOnline(BRIDGE);
        // the readings from before the new start are older than the one shown: the first new one comes with the next
        // poll
        scheduler.advance(Duration.ofMinutes(2));
        assertTrue(glucose(patient(0)) > 100, "starts again in range: " + glucose(patient(0)));
        scheduler.advance(Duration.ofMinutes(23));
        assertTrue(glucose(patient(0)) < 70, "and falls again");
    }

    @Test
    void theSensorOfSensorEndingShowsOnThePatient() {
        addDemo("scenario", "sensor-ending");
        scheduler.runDue();
        Map<String, String> properties = host.thing(patient(0)).getProperties();
        assertTrue(properties.get(PROPERTY_SENSOR_MODEL).contains("simulated"), properties.toString());
        assertNotNull(properties.get(PROPERTY_SENSOR_ACTIVATED));
    }

    @Test
    void anUnknownScenarioSaysWhichOnesExist() {
        addDemo("scenario", "hypo");
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.demo-scenario [\"hypo\"]");
        assertTrue(host.translate(status(BRIDGE)).contains("night-low"));
    }

    @Test
    void tooManyPatientsOrAnUnknownCadenceAreConfigurationErrors() {
        addDemo("patients", BigDecimal.valueOf(6));
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.demo-patients");
        host.reconfigure(BRIDGE, map("patients", BigDecimal.ONE, "cadence", "medtronic"));
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.demo-cadence [\"medtronic\"]");
    }
}
