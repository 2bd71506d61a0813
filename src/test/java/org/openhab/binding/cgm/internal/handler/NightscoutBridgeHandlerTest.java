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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.NightscoutEndpoint;
import org.openhab.binding.cgm.internal.simulator.NightscoutSimReading;
import org.openhab.binding.cgm.internal.simulator.NightscoutSimSite;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.simulator.UploadDelays;
import org.openhab.binding.cgm.internal.testutil.LogCapture;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.UnDefType;

/**
 * A Nightscout site in openHAB, end to end against the simulator: the same patient thing as for the vendor clouds, a
 * JWT instead of the access token, one entries request per reading, and a refused token stopped at once.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class NightscoutBridgeHandlerTest extends HostTestBase {

    private static final String SECRET = "correct-horse-battery";
    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_NIGHTSCOUT, "ns");
    private static final ThingUID PATIENT = new ThingUID(THING_TYPE_PATIENT, BRIDGE, "site");

    private final NightscoutSimSite site = simulator.nightscout().addSite("anna", SECRET);
    private final String token = site.addToken("openhab", "readable");

    {
        site.setSensorPhaseSeconds(30);
    }

    private void addBridge(Object... replacements) {
        addBridge(THING_TYPE_NIGHTSCOUT, "ns", map("url", simulator.nightscoutUrl("anna"), "token", token),
                replacements);
    }

    private long count(NightscoutEndpoint endpoint) {
        return simulator.requests().count(endpoint);
    }

    @Test
    void theSiteIsOnePatientWithTheNewestEntry() {
        List<String> logLines;
        try (LogCapture logs = new LogCapture()) {
            addBridge();
            assertEquals(0, simulator.requests().all().size(), "initialize() makes no call itself");
            scheduler.runDue();
            logLines = logs.lines();
        }
        assertOnline(BRIDGE);
        String jwt = String
                .valueOf(simulator.requests().all().get(simulator.requests().all().size() - 1).header("authorization"))
                .replace("Bearer ", "");
        assertTrue(
                logLines.stream()
                        .noneMatch(line -> line.contains(token) || line.contains(jwt) || line.contains("anna")),
                "neither token, JWT nor the site in a log line");
        assertTrue(host.thing(BRIDGE).getProperties().values().stream()
                .noneMatch(value -> value.contains(token) || value.contains(jwt)));

        Map<ThingUID, DiscoveryResult> inbox = host.inbox();
        assertEquals(Set.of(PATIENT), inbox.keySet());
        DiscoveryResult result = inbox.get(PATIENT);
        assertNotNull(result);
        assertEquals("site", result.getProperties().get(CONFIG_PATIENT_ID));
        assertFalse(result.getLabel().contains("anna"), "the site's address may name the person");

        assertOnline(PATIENT);
        NightscoutSimReading reading = site.latestReading();
        assertEquals(new QuantityType<>(reading.sgv() + " mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
        assertEquals(new DateTimeType(reading.instant().atZone(ZONE)), host.state(PATIENT, CHANNEL_TIMESTAMP));
        assertEquals(new StringType(reading.direction()), host.state(PATIENT, CHANNEL_TREND));
        assertEquals(OnOffType.OFF, host.state(PATIENT, CHANNEL_HIGH), "the sensor's HI only");
        assertEquals(OnOffType.OFF, host.state(PATIENT, CHANNEL_LOW), "the sensor's LO only");
        assertEquals("15.0.3", host.thing(BRIDGE).getProperties().get(PROPERTY_NIGHTSCOUT_VERSION));
        // one exchange, one status, one entries and one properties request; the access token only in the first
        assertEquals(1, count(NightscoutEndpoint.AUTHORIZATION));
        assertEquals(1, count(NightscoutEndpoint.STATUS));
        assertEquals(1, count(NightscoutEndpoint.ENTRIES));
        for (RecordedRequest request : simulator.requests().all()) {
            if (!NightscoutEndpoint.AUTHORIZATION.matches(request.method(), request.path())) {
                assertFalse((request.path() + request.query()).contains(token), "no token in a data request URL");
                assertFalse(String.valueOf(request.header("authorization")).contains(token), "a JWT, not the token");
                assertNotNull(request.header("authorization"));
            }
        }
    }

    @Test
    void aFiveMinuteSiteCostsOneEntriesRequestPerReading() {
        addBridge();
        scheduler.runDue();
        scheduler.advance(Duration.ofHours(2));
        long entries = count(NightscoutEndpoint.ENTRIES);
        assertTrue(entries >= 24 && entries <= 28, "one request per reading: " + entries);
        // the JWT lasts an hour and is renewed before it expires: three exchanges in two hours, no refusal
        assertEquals(3, count(NightscoutEndpoint.AUTHORIZATION));
        assertEquals(1, count(NightscoutEndpoint.STATUS), "the status only at the start");
        assertEquals(new QuantityType<>(site.latestReading().sgv() + " mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
    }

    @Test
    void aOneMinuteSiteIsPolledOncePerMinuteOnceLearned() {
        NightscoutSimSite libre = simulator.nightscout().addSite("ben", SECRET, Duration.ofMinutes(1));
        libre.setSensorPhaseSeconds(20);
        addBridge(THING_TYPE_NIGHTSCOUT, "ns", map("url", simulator.nightscoutUrl("ben"), "apiSecret", SECRET));
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(60));
        long entries = simulator.requests().count(NightscoutEndpoint.ENTRIES);
        assertTrue(entries >= 55 && entries <= 62, "one request per one-minute reading: " + entries);
        assertEquals(new QuantityType<>(libre.latestReading().sgv() + " mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
    }

    @Test
    void theApiSecretGoesOnlyAsItsSha1Digest() {
        try (LogCapture logs = new LogCapture()) {
            addBridge("token", "", "apiSecret", SECRET);
            scheduler.runDue();
            assertOnline(BRIDGE);
            assertOnline(PATIENT);
            for (RecordedRequest request : simulator.requests().all()) {
                assertEquals(site.apiSecretSha1(), request.header("api-secret"));
                assertFalse(request.toString().contains(SECRET));
            }
            assertEquals(0, count(NightscoutEndpoint.AUTHORIZATION));
            assertTrue(logs.lines().stream().noneMatch(
                    line -> line.contains(SECRET) || line.contains(site.apiSecretSha1()) || line.contains("anna")));
        }
    }

    @Test
    void aSiteInMmolKeepsMgPerDlEntriesAndShowsBothUnits() {
        site.setMmol(true);
        site.setCurve(GlucoseCurve.constant(126));
        addBridge();
        scheduler.runDue();
        assertEquals(new QuantityType<>("126 mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
        assertEquals(new DecimalType(new BigDecimal("7.0")), host.state(PATIENT, CHANNEL_GLUCOSE_MMOL));
    }

    @Test
    void theSiteThresholdsAreTheTargetUnlessTheThingSetsOne() {
        site.setThresholds(60, 90, 160, 250);
        site.setCurve(GlucoseCurve.constant(170));
        addBridge();
        scheduler.runDue();
        assertEquals(new QuantityType<>("90 mg/dl"), host.state(PATIENT, CHANNEL_TARGET_LOW));
        assertEquals(new QuantityType<>("160 mg/dl"), host.state(PATIENT, CHANNEL_TARGET_HIGH));
        assertEquals(new StringType("HIGH"), host.state(PATIENT, CHANNEL_RANGE));

        host.reconfigure(PATIENT, Map.of("targetLow", 70, "targetHigh", 180));
        scheduler.advance(Duration.ofMinutes(5));
        assertEquals(new QuantityType<>("180 mg/dl"), host.state(PATIENT, CHANNEL_TARGET_HIGH));
        assertEquals(new StringType("IN_RANGE"), host.state(PATIENT, CHANNEL_RANGE));
    }

    @Test
    void insulinAndCarbsOnBoardWhileLinked() {
        site.setOnBoard(2.35, 31.0);
        addBridge();
        scheduler.runDue();
        // the first poll comes before the patient thing exists: the poll after it asks for what the thing links
        assertEquals(0, count(NightscoutEndpoint.PROPERTIES));
        scheduler.advance(Duration.ofMinutes(7));
        assertEquals(new DecimalType(new BigDecimal("2.35")), host.state(PATIENT, CHANNEL_INSULIN_ON_BOARD));
        assertEquals(new QuantityType<>("31 g"), host.state(PATIENT, CHANNEL_CARBS_ON_BOARD));

        long asked = count(NightscoutEndpoint.PROPERTIES);
        assertTrue(asked >= 1 && asked <= 3, "with the entries requests: " + asked);
        host.unlink(PATIENT, CHANNEL_INSULIN_ON_BOARD);
        host.unlink(PATIENT, CHANNEL_CARBS_ON_BOARD);
        scheduler.advance(Duration.ofMinutes(30));
        assertEquals(asked, count(NightscoutEndpoint.PROPERTIES), "nobody wants them: not asked for");
    }

    @Test
    void noOnBoardWithoutThePlugins() {
        site.setPlugins("careportal", "rawbg");
        addBridge();
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(15));
        assertOnline(PATIENT);
        assertEquals(0, count(NightscoutEndpoint.PROPERTIES));
        assertEquals(UnDefType.UNDEF, host.state(PATIENT, CHANNEL_INSULIN_ON_BOARD));
        assertEquals(UnDefType.UNDEF, host.state(PATIENT, CHANNEL_CARBS_ON_BOARD));
    }

    @Test
    void aRefusedTokenCostsOneRequestAndSaysSo() {
        addBridge("token", "openhab-0000000000000000");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.nightscout-token-refused");
        scheduler.advance(Duration.ofHours(3));
        assertEquals(1, simulator.requests().all().size(), "one request, never repeated");
    }

    @Test
    void aTokenWithoutTheRightToReadSaysSo() {
        String noRole = site.addToken("guest");
        addBridge("token", noRole);
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.nightscout-read-denied");
        scheduler.advance(Duration.ofHours(3));
        assertEquals(1, simulator.requests().all().stream().filter(r -> r.path().startsWith("/api/v1")).count(),
                "one refused request, never repeated");
    }

    @Test
    void aRefusedSecretCostsOneRequest() {
        addBridge("token", "", "apiSecret", "not-the-secret-at-all");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.nightscout-secret-refused");
        scheduler.advance(Duration.ofHours(3));
        assertEquals(1, simulator.requests().all().size());
    }

    @Test
    void aRawTokenAsBearerIsRefusedByTheSite() {
        // what the client never does, and why: the site takes only JWTs as Bearer
        addBridge();
        scheduler.runDue();
        assertOnline(BRIDGE);
        assertTrue(simulator.requests().all().stream()
                .noneMatch(r -> ("Bearer " + token).equals(r.header("authorization"))));
    }

    @Test
    void aUrlThatIsNoNightscoutSiteSaysSo() {
        addBridge("url", simulator.nightscoutUrl("nobody"), "token", "", "apiSecret", SECRET);
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.nightscout-not-a-site");
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, simulator.requests().all().size());
    }

    @Test
    void aTokenInTheUrlIsRefusedBeforeAnyCall() {
        addBridge("url", simulator.nightscoutUrl("anna") + "?token=" + token);
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.nightscout-url-invalid");
        assertEquals(0, simulator.requests().all().size());
    }

    @Test
    void aSleepingHostBacksOffAndRecovers() {
        site.setMode(NightscoutSimSite.Mode.SLEEPING);
        addBridge();
        scheduler.runDue();
        ThingStatusDetail detail = status(BRIDGE).getStatusDetail();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, detail);
        long first = simulator.requests().all().size();
        scheduler.advance(Duration.ofMinutes(10));
        long tenMinutes = simulator.requests().all().size() - first;
        assertTrue(tenMinutes <= 4, "backs off, no retry storm: " + tenMinutes);

        site.setMode(NightscoutSimSite.Mode.NORMAL);
        scheduler.advance(Duration.ofMinutes(30));
        assertOnline(BRIDGE);
        assertOnline(PATIENT);
    }

    @Test
    void aRedirectIsNotFollowedAndA5xxBacksOff() {
        addBridge();
        scheduler.runDue();
        String elsewhere = simulator.nightscoutUrl("elsewhere") + "/api/v1/entries/sgv.json";
        simulator.nightscout().injectFault(NightscoutEndpoint.ENTRIES, Fault.redirect(302, elsewhere), 1);
        scheduler.advance(Duration.ofMinutes(6));
        assertTrue(simulator.requests().all().stream().noneMatch(r -> "elsewhere".equals(r.region())),
                "the redirect is not followed");
        assertTrue(
                lines.stream().anyMatch(
                        line -> line.startsWith(BRIDGE + " status OFFLINE") && line.contains("redirect (HTTP 302)")),
                "said so: " + lines);

        simulator.nightscout().injectFault(NightscoutEndpoint.ENTRIES, Fault.httpStatus(500), Integer.MAX_VALUE);
        scheduler.advance(Duration.ofMinutes(10));
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status(BRIDGE).getStatusDetail());
        assertTrue(String.valueOf(status(BRIDGE).getDescription()).startsWith("@text/offline.comm-error.server-error"));
        long before = count(NightscoutEndpoint.ENTRIES);
        scheduler.advance(Duration.ofMinutes(30));
        assertTrue(count(NightscoutEndpoint.ENTRIES) - before <= 4, "backs off, no retry storm");
        simulator.nightscout().clearFaults();
        scheduler.advance(Duration.ofMinutes(65));
        assertOnline(BRIDGE);
    }

    @Test
    void aLoginPageIsACommunicationError() {
        site.setMode(NightscoutSimSite.Mode.LOGIN_PAGE);
        addBridge("token", "", "apiSecret", SECRET);
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                status(BRIDGE).getDescription() == null ? "" : String.valueOf(status(BRIDGE).getDescription()));
        assertTrue(String.valueOf(status(BRIDGE).getDescription()).startsWith("@text/offline.comm-error.blocked"));
    }

    @Test
    void aGapComesBackAsHistoryFromTheSameRequest() {
        addBridge();
        scheduler.runDue();
        site.phoneOffline();
        scheduler.advance(Duration.ofMinutes(40));
        Instant before = ((DateTimeType) host.state(PATIENT, CHANNEL_TIMESTAMP)).getInstant();
        long entriesBefore = count(NightscoutEndpoint.ENTRIES);
        site.phoneOnline();
        scheduler.advance(Duration.ofMinutes(6));
        assertTrue(count(NightscoutEndpoint.ENTRIES) - entriesBefore <= 3, "no extra history request");
        List<Instant> series = new ArrayList<>();
        for (TimeSeries timeSeries : host.timeSeries(PATIENT, CHANNEL_GLUCOSE)) {
            timeSeries.getStates().forEach(entry -> series.add(entry.timestamp()));
        }
        long inGap = series.stream().filter(at -> at.isAfter(before)).count();
        assertTrue(inGap >= 6, "the readings of the gap went to persistence: " + series);
        assertEquals(new DateTimeType(site.latestReading().instant().atZone(ZONE)),
                host.state(PATIENT, CHANNEL_TIMESTAMP));
    }

    @Test
    void entriesOfOtherTypesAreNoReadings() {
        site.setTypeFilterIgnored(true);
        site.setCurve(GlucoseCurve.constant(110));
        addBridge();
        scheduler.runDue();
        Instant next = site.latestReading().instant().plusSeconds(60);
        site.addMeterReading(next, 250);
        site.addCalibration(next.plusSeconds(30));
        scheduler.advance(Duration.ofMinutes(3));
        assertEquals(new QuantityType<>("110 mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
        assertTrue(host.stateUpdates(PATIENT, CHANNEL_GLUCOSE).stream()
                .noneMatch(state -> new QuantityType<>("250 mg/dl").equals(state)));
    }

    @Test
    void dexcomLowAndHighAreTheSensorsLoAndHi() {
        site.setCurve(GlucoseCurve.constant(25));
        addBridge();
        scheduler.runDue();
        assertEquals(new QuantityType<>("40 mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE),
                "Dexcom's LOW marker 39 is shown at the sensor's limit, as under a Dexcom bridge");
        assertEquals(OnOffType.ON, host.state(PATIENT, CHANNEL_LOW));
        assertEquals(OnOffType.OFF, host.state(PATIENT, CHANNEL_HIGH));
    }

    @Test
    void aSlowUploaderIsWaitedFor() {
        site.setUploads(UploadDelays.steady(7, Duration.ofMinutes(2), Duration.ofSeconds(10)));
        addBridge();
        scheduler.runDue();
        scheduler.advance(Duration.ofHours(2));
        long entries = count(NightscoutEndpoint.ENTRIES);
        // the planner aims at the learned upload delay and looks again at the floor when it missed: never a storm
        assertTrue(entries <= 3 * 24 + 3, "at most three requests a reading: " + entries);
        assertEquals(new QuantityType<>(site.latestReading().sgv() + " mg/dl"), host.state(PATIENT, CHANNEL_GLUCOSE));
    }
}
