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
package org.openhab.binding.cgm.internal.client.nightscout;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutEntry;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.NightscoutEndpoint;
import org.openhab.binding.cgm.internal.simulator.NightscoutSimSite;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The Nightscout client against the simulated site over real HTTP: the token exchange and its renewal, the secret's
 * digest, what one entries request asks for, and what counts as a reading.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class NightscoutClientTest {

    private static final String SECRET = "correct-horse-battery";
    private final HttpClient httpClient = LoopbackHttp.client();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
    private final CloudSimulator simulator = CloudSimulator.start(clock);
    private final NightscoutSimSite site = simulator.nightscout().addSite("anna", SECRET);
    private final String token = site.addToken("openhab", "readable");

    @AfterEach
    void stop() {
        simulator.close();
    }

    private NightscoutClient client(NightscoutSettings settings) {
        return new NightscoutClient(new JettyTransport(httpClient, Duration.ofSeconds(5)), clock, settings,
                () -> false);
    }

    private NightscoutClient withToken() {
        return client(new NightscoutSettings(simulator.nightscoutUrl("anna") + "/", token, null));
    }

    private List<RecordedRequest> entriesRequests() {
        return simulator.requests().all().stream().filter(r -> NightscoutEndpoint.ENTRIES.matches(r.method(), r.path()))
                .toList();
    }

    @Test
    void aRenewedJwtAfterAnHourAndAfterA401() throws CloudException {
        NightscoutClient client = withToken();
        client.logIn();
        assertTrue(client.hasSession());
        client.fetchPatients();
        clock.advance(Duration.ofMinutes(54));
        assertTrue(client.hasSession());
        clock.advance(Duration.ofMinutes(2));
        assertFalse(client.hasSession(), "renewed five minutes before the hour");

        client.logIn();
        client.fetchPatients();
        // the site forgets its JWTs (a restart with a new secret): the JWT that worked is refused, a new one is due
        simulator.nightscout().injectFault(NightscoutEndpoint.ENTRIES, Fault.canned(401, "application/json",
                "{\"status\":401,\"message\":\"Unauthorized\",\"description\":\"Invalid/Missing\"}"), 1);
        clock.advance(Duration.ofMinutes(5));
        CloudException expired = assertThrows(CloudException.class, client::fetchPatients);
        assertEquals(FailureKind.SESSION_EXPIRED, expired.kind());
        assertEquals(2, simulator.requests().count(NightscoutEndpoint.AUTHORIZATION));
    }

    @Test
    void aFreshJwtRefusedMeansNoRightToRead() throws CloudException {
        NightscoutClient client = client(
                new NightscoutSettings(simulator.nightscoutUrl("anna"), site.addToken("guest"), null));
        CloudException refused = assertThrows(CloudException.class, client::logIn);
        assertEquals(FailureKind.BAD_CREDENTIALS, refused.kind());
        assertEquals(NightscoutClient.READ_DENIED, refused.detail());
    }

    @Test
    void oneEntriesRequestAsksForWhatIsNewerThanTheNewestHeld() throws CloudException {
        // readings at :00:30, :05:30, …; the first request at 08:00:05
        site.setSensorPhaseSeconds(30);
        NightscoutClient client = withToken();
        client.logIn();
        Patient first = client.fetchPatients().get(0);
        GlucoseReading newest = first.latest();
        assertNotNull(newest);
        assertTrue(first.recent().size() >= 5, "the first request reads the last half hour");
        clock.advance(Duration.ofMinutes(12));
        Patient second = client.fetchPatients().get(0);
        List<RecordedRequest> requests = entriesRequests();
        assertEquals(2, requests.size());
        assertEquals(Long.toString(newest.timestamp().toEpochMilli()),
                requests.get(1).queryParameter("find[date][$gt]"));
        // room for one reading a minute since the newest held, and two more
        assertEquals(Long.toString(Duration.between(newest.timestamp(), clock.instant()).toMinutes() + 2),
                requests.get(1).queryParameter("count"));
        assertEquals(3, second.recent().size(), "the three readings taken since, 08:00:30 to 08:10:30");
        assertTrue(second.recent().get(0).timestamp().isAfter(newest.timestamp()));

        clock.advance(Duration.ofSeconds(30));
        Patient nothingNew = client.fetchPatients().get(0);
        assertEquals(second.latest(), nothingNew.latest(), "the newest reading held stays the latest");
    }

    @Test
    void theSiteSaysUnitsAndTarget() throws CloudException {
        site.setMmol(true);
        site.setThresholds(54, 72, 180, 250);
        NightscoutClient client = client(new NightscoutSettings(simulator.nightscoutUrl("anna"), null, SECRET));
        client.logIn();
        Patient patient = client.fetchPatients().get(0);
        assertEquals(GlucoseUnit.MMOL_PER_L, patient.unit());
        assertEquals(new TargetRange(72, 180), patient.targetRange());
        assertEquals(0, simulator.requests().count(NightscoutEndpoint.AUTHORIZATION));
    }

    @Test
    void onlySgvEntriesWithAValueAndATimeAreReadings() {
        NightscoutEntry entry = new NightscoutEntry();
        entry.type = "sgv";
        entry.sgv = 120.0;
        entry.date = 1.7e12;
        entry.direction = "FortyFiveUp";
        GlucoseReading reading = NightscoutMapper.reading(entry);
        assertNotNull(reading);
        assertEquals(Trend.FORTY_FIVE_UP, reading.trend());
        assertEquals(Boolean.FALSE, reading.high());
        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), reading.timestamp());

        entry.direction = null;
        assertEquals(Trend.NONE, NightscoutMapper.reading(entry).trend());
        entry.direction = "SomethingNew";
        assertEquals(Trend.NOT_COMPUTABLE, NightscoutMapper.reading(entry).trend());
        entry.direction = "NOT COMPUTABLE";
        assertEquals(Trend.NOT_COMPUTABLE, NightscoutMapper.reading(entry).trend());

        entry.sgv = 401.0;
        GlucoseReading hi = NightscoutMapper.reading(entry);
        assertTrue(hi.high(), "Dexcom's HIGH");
        assertEquals(400, hi.mgPerDl(), "shown at the sensor's limit, not as the marker");
        entry.sgv = 39.0;
        GlucoseReading lo = NightscoutMapper.reading(entry);
        assertTrue(lo.low(), "Dexcom's LOW");
        assertEquals(40, lo.mgPerDl(), "shown at the sensor's limit, not as the marker");
        entry.sgv = 450.0;
        GlucoseReading libre = NightscoutMapper.reading(entry);
        assertFalse(libre.high(), "a FreeStyle Libre 1 measures up to 500 mg/dL");
        assertEquals(450, libre.mgPerDl());
        entry.sgv = 9.0;
        assertNull(NightscoutMapper.reading(entry), "an error code below 39 is no reading");
        entry.sgv = 120.0;
        entry.type = "mbg";
        assertNull(NightscoutMapper.reading(entry));
        entry.type = "sgv";
        entry.date = null;
        assertNull(NightscoutMapper.reading(entry));
    }
}
