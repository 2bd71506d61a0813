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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

/**
 * {@code low} and {@code high} are the sensor's LO and HI (beyond what it can measure) under every source, and a LO or
 * HI reading shows the sensor's limit, not a figure beyond it; below or above the target range is {@code range}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LowHighChannelsTest extends PatientTestBase {

    private void assertShows(ThingUID thing, int mgPerDl, OnOffType low, OnOffType high, String range) {
        assertEquals(new QuantityType<>(mgPerDl + " mg/dl"), host.state(thing, CHANNEL_GLUCOSE));
        assertEquals(low, host.state(thing, CHANNEL_LOW), "low");
        assertEquals(high, host.state(thing, CHANNEL_HIGH), "high");
        assertEquals(new StringType(range), host.state(thing, CHANNEL_RANGE));
    }

    @Test
    void libreLinkUpFollowsTheSensorsOwnFlagsNotTheTargets() {
        LluPatient anna = addAnna(libreLinkUpAccount());
        anna.setCurve(GlucoseCurve.constant(47));
        addLibreLinkUpBridge("eu");
        scheduler.runDue();
        assertShows(ANNA_THING, 47, OnOffType.OFF, OnOffType.OFF, "URGENT_LOW");

        // the simulated cloud flags isLow below 40 and isHigh above 400, as the sensor reports LO and HI
        anna.setCurve(GlucoseCurve.constant(36));
        scheduler.advance(Duration.ofMinutes(3));
        assertShows(ANNA_THING, 40, OnOffType.ON, OnOffType.OFF, "URGENT_LOW");

        anna.setCurve(GlucoseCurve.constant(260));
        scheduler.advance(Duration.ofMinutes(3));
        assertShows(ANNA_THING, 260, OnOffType.OFF, OnOffType.OFF, "URGENT_HIGH");
    }

    @Test
    void dexcomLowAndHighAreTheValues39And401WhichShowAsTheLimits() {
        DexcomAccount publisher = dexcomAccount();
        publisher.setCurve(GlucoseCurve.constant(63));
        addDexcomBridge();
        scheduler.runDue();
        assertShows(PUBLISHER, 63, OnOffType.OFF, OnOffType.OFF, "LOW");

        publisher.setCurve(GlucoseCurve.constant(39));
        scheduler.advance(Duration.ofMinutes(10));
        assertShows(PUBLISHER, 40, OnOffType.ON, OnOffType.OFF, "URGENT_LOW");
        assertEquals("2.2", String.valueOf(host.state(PUBLISHER, CHANNEL_GLUCOSE_MMOL)), "the limit, converted");

        publisher.setCurve(GlucoseCurve.constant(401));
        scheduler.advance(Duration.ofMinutes(10));
        assertShows(PUBLISHER, 400, OnOffType.OFF, OnOffType.ON, "URGENT_HIGH");
    }

    @Test
    void theDemoNightLowIsAnUrgentLowRangeNotTheSensorsLo() {
        ThingUID bridge = new ThingUID(THING_TYPE_DEMO, "demo");
        ThingUID patient = new ThingUID(THING_TYPE_PATIENT, bridge, DemoAccount.patientId(0));
        addBridge(THING_TYPE_DEMO, "demo", map("scenario", "night-low"));
        boolean urgentLowSeen = false;
        for (int minute = 0; minute < 60; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
            State glucose = host.state(patient, CHANNEL_GLUCOSE);
            urgentLowSeen |= new StringType("URGENT_LOW").equals(host.state(patient, CHANNEL_RANGE));
            assertEquals(OnOffType.OFF, host.state(patient, CHANNEL_LOW), "at " + glucose);
            assertEquals(OnOffType.OFF, host.state(patient, CHANNEL_HIGH), "at " + glucose);
        }
        assertTrue(urgentLowSeen, "the scenario reaches 50 mg/dL, above the simulated sensor's LO at 40");
    }
}
