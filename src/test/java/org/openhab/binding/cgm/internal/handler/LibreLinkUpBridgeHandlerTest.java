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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.SimReading;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * A LibreLinkUp account in openHAB, end to end: discovery, channels, statuses and request counts, over hours of
 * virtual time against the simulator.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpBridgeHandlerTest extends TwoPatientTestBase {

    private void assertReadingShown(ThingUID thing, SimReading reading) {
        assertEquals(new QuantityType<>(reading.mgPerDl() + " mg/dl"), host.state(thing, CHANNEL_GLUCOSE));
        assertEquals(new DateTimeType(reading.instant().atZone(ZONE)), host.state(thing, CHANNEL_TIMESTAMP));
    }

    @Test
    void discoversPatientsAndShowsTheirReadingsWithOneLoginAndOneCallPerCycle() {
        addBridge();
        assertEquals(0, simulator.requests().all().size(), "initialize() makes no call itself");
        assertEquals(ThingStatus.UNKNOWN, status(BRIDGE).getStatus());

        scheduler.runDue();
        assertOnline(BRIDGE);
        // the patients approved from the inbox on that read get their start history in the same cycle, in eu
        assertEquals(
                List.of("global", "eu", "eu"), simulator.requests().all().stream()
                        .filter(r -> !LluEndpoint.GRAPH.matches(r.method(), r.path())).map(r -> r.region()).toList(),
                "redirect, then eu");
        assertEquals(Set.of("eu"),
                simulator.requests().all().stream().filter(r -> LluEndpoint.GRAPH.matches(r.method(), r.path()))
                        .map(r -> r.region()).collect(Collectors.toSet()));
        assertEquals("eu", host.thing(BRIDGE).getProperties().get(PROPERTY_REGION));

        Map<ThingUID, DiscoveryResult> inbox = host.inbox();
        assertEquals(Set.of(ANNA_THING, BEN_THING), inbox.keySet());
        DiscoveryResult annaResult = inbox.get(ANNA_THING);
        assertNotNull(annaResult);
        assertEquals(ANNA, annaResult.getProperties().get(CONFIG_PATIENT_ID));
        assertEquals(CONFIG_PATIENT_ID, annaResult.getRepresentationProperty());
        assertEquals(BRIDGE, annaResult.getBridgeUID());
        assertTrue(annaResult.getLabel().contains("Anna"), "labelled with the first name");

        assertOnline(ANNA_THING);
        assertOnline(BEN_THING);
        SimReading annaReading = anna.latestReading();
        assertReadingShown(ANNA_THING, annaReading);
        assertEquals(new StringType(expectedColor(annaReading.color())),
                host.state(ANNA_THING, CHANNEL_MEASUREMENT_COLOR));
        assertEquals(OnOffType.from(annaReading.isHigh()), host.state(ANNA_THING, CHANNEL_HIGH));
        assertEquals(OnOffType.from(annaReading.isLow()), host.state(ANNA_THING, CHANNEL_LOW));
        State trend = host.state(ANNA_THING, CHANNEL_TREND);
        assertEquals(new StringType(expectedTrend(annaReading.trendArrow())), trend);
        assertEquals(new DecimalType(java.math.BigDecimal.valueOf(ben.latestReading().value()).setScale(1)),
                host.state(BEN_THING, CHANNEL_GLUCOSE_MMOL), "Ben's app shows mmol/L: the same figure here");
        assertEquals("FreeStyle Libre 3", host.thing(ANNA_THING).getProperties().get(PROPERTY_SENSOR_MODEL));

        scheduler.advance(Duration.ofHours(3));
        assertEquals(2, count(LluEndpoint.LOGIN), "global and eu, once, for three hours");
        assertEquals(2, count(LluEndpoint.GRAPH), "one history request per linked patient after the start, by the"
                + " bridge: patients never call the cloud");
        long cycles = count(LluEndpoint.CONNECTIONS);
        assertTrue(cycles >= 170 && cycles <= 181, "one call a minute serves both patients: " + cycles);
        assertReadingShown(ANNA_THING, anna.latestReading());
        // one call a minute cannot land just after both sensors' readings: Ben's may trail by up to a minute
        State benTime = host.state(BEN_THING, CHANNEL_TIMESTAMP);
        assertTrue(benTime instanceof DateTimeType);
        Duration benLag = Duration.between(((DateTimeType) benTime).getInstant(), ben.latestReading().instant());
        assertTrue(benLag.compareTo(Duration.ofMinutes(1)) <= 0, "Ben trails by " + benLag);
    }

    private static String expectedTrend(int arrow) {
        return switch (arrow) {
            case 1 -> "SingleDown";
            case 2 -> "FortyFiveDown";
            case 3 -> "Flat";
            case 4 -> "FortyFiveUp";
            case 5 -> "SingleUp";
            default -> "NOT COMPUTABLE";
        };
    }

    private static String expectedColor(int code) {
        return List.of("GREEN", "YELLOW", "ORANGE", "RED").get(code - 1);
    }

    @Test
    void pollsFollowTheSensorCadence() {
        addBridge("region", "eu");
        scheduler.runDue();
        // two patients: the polls first walk through the minute, 62 s apart, to learn when each one's readings appear
        Instant previous = nextPending();
        scheduler.advanceTo(previous);
        for (int poll = 2; poll < 30; poll++) {
            Instant next = nextPending();
            assertEquals(Duration.ofSeconds(62), Duration.between(previous, next), "survey poll " + poll);
            scheduler.advanceTo(next);
            previous = next;
        }
        // Anna reads at :17, Ben at :40, each in the cloud 20 s later, at :37 and :00: then one poll a minute just
        // after
        // :00 leaves them waiting 23 s in sum, one at :37 would leave them 37 s
        scheduler.advanceTo(nextPending());
        Instant settled = nextPending();
        assertTrue(settled.getEpochSecond() % 60 <= 2, "polls at " + settled);
        scheduler.advanceTo(settled);
        assertEquals(settled.plus(Duration.ofMinutes(1)), nextPending());
    }

    @Test
    void aReadingIsPublishedOnceNotOnEveryPoll() {
        addBridge("region", "eu");
        scheduler.runDue();
        anna.pauseReadings();
        lines.clear();
        // within staleAfter (15 minutes): after it, the glucose channels turn UNDEF (see the freshness tests)
        scheduler.advance(Duration.ofMinutes(14));
        assertTrue(count(LluEndpoint.CONNECTIONS) > 3);
        // (the history fetched once the discovered thing exists comes as a time series, not as an update)
        assertFalse(lines.stream().anyMatch(l -> l.startsWith(ANNA_THING + " glucose ") && !l.contains(" timeseries ")),
                "no new reading, no update");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(BEN_THING + " glucose ")));
    }

    @Test
    void refreshRepublishesFromMemoryWithoutACall() {
        addBridge("region", "eu");
        scheduler.runDue();
        long before = simulator.requests().all().size();
        lines.clear();
        var handler = host.thing(ANNA_THING).getHandler();
        assertNotNull(handler);
        handler.handleCommand(new ChannelUID(ANNA_THING, CHANNEL_GLUCOSE), RefreshType.REFRESH);
        assertEquals(List.of(ANNA_THING + " glucose " + anna.latestReading().mgPerDl() + " mg/dl"), lines);
        assertEquals(before, simulator.requests().all().size());
    }

    @Test
    void wrongPasswordTriesOnceUntilTheConfigurationChanges() {
        addBridge("region", "eu", "password", "wrong");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.librelinkup-bad-credentials");
        assertTrue(host.translate(status(BRIDGE)).contains("LibreLinkUp (follower)"));
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, count(LluEndpoint.LOGIN));

        host.reconfigure(BRIDGE, map("password", PASSWORD));
        scheduler.runDue();
        assertEquals(2, count(LluEndpoint.LOGIN));
        assertOnline(BRIDGE);
    }

    @Test
    void aLockoutMeansNoLoginBeforeItEnds() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
        addBridge("region", "eu");
        scheduler.runDue();
        // locked for 300 s from 08:00:05 UTC: 09:05 in Berlin
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.locked [\"09:05\"]");
        scheduler.advanceTo(START.plusSeconds(299));
        assertEquals(1, count(LluEndpoint.LOGIN));
        scheduler.advanceTo(START.plusSeconds(300));
        assertEquals(2, count(LluEndpoint.LOGIN));
        assertOnline(BRIDGE);
    }

    @Test
    void pendingTermsAskTheUserToActInTheApp() {
        account.requireTerms("tou");
        addBridge("region", "eu");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.step-terms [\"09:30\"]");
        assertTrue(host.translate(status(BRIDGE)).contains("accept the updated terms of use"));
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status(BRIDGE).getStatusDetail());
    }

    @Test
    void aVersionFloorIsAdoptedRetriedOnceAndShown() {
        addBridge("region", "eu", "clientVersion", "4.12.0");
        scheduler.runDue();
        assertOnline(BRIDGE);
        List<String> versions = simulator.requests().all().stream().filter(r -> r.path().equals("/llu/auth/login"))
                .map(r -> String.valueOf(r.header("version"))).toList();
        assertEquals(List.of("4.12.0", "4.16.0"), versions, "refused once, then the demanded version");
        assertEquals("4.16.0", host.thing(BRIDGE).getProperties().get(PROPERTY_CLIENT_VERSION));
        scheduler.advance(Duration.ofHours(1));
        assertEquals(2, count(LluEndpoint.LOGIN));
        assertTrue(simulator.requests().all().stream().skip(2).allMatch(r -> "4.16.0".equals(r.header("version"))));
    }

    @Test
    void aForbiddenLoginWithoutVersionFloorIsATemporaryBlock() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(403), 1);
        addBridge("region", "eu");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.forbidden [\"10:00\"]");
        scheduler.advance(Duration.ofMinutes(59));
        assertEquals(1, count(LluEndpoint.LOGIN), "a long back-off, not a retry a minute later");
        scheduler.advance(Duration.ofMinutes(2));
        assertEquals(2, count(LluEndpoint.LOGIN));
        assertOnline(BRIDGE);
    }

    @Test
    void aRateLimitShowsTheLocalTimeOfTheNextAttemptAndWaitsForIt() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(476, "65620"), 1);
        addBridge("region", "eu");
        scheduler.runDue();
        // 08:00:05 UTC + 65620 s = 02:13:45 UTC the next day, 03:13 in Berlin
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.rate-limited [\"HTTP 476\", \"2026-11-22 03:13\"]");
        scheduler.advanceTo(START.plusSeconds(65619));
        assertEquals(1, simulator.requests().all().size());
        scheduler.advanceTo(START.plusSeconds(65620));
        assertOnline(BRIDGE);
    }

    @Test
    void serverFaultsBackOffKeepTheLastValuesAndRecover() {
        addBridge("region", "eu");
        scheduler.runDue();
        State shown = host.state(ANNA_THING, CHANNEL_GLUCOSE);
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503), 3);
        lines.clear();
        Instant failed = nextPending();
        scheduler.advanceTo(failed);
        // the next attempt a minute later, in the bridge's local time
        String retry = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE).format(failed.plus(Duration.ofMinutes(1)));
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.server-error [\"HTTP 503\", \"" + retry + "\"]");
        assertEquals(failed.plus(Duration.ofMinutes(1)), nextPending());
        assertEquals(ThingStatusDetail.BRIDGE_OFFLINE, status(ANNA_THING).getStatusDetail());
        assertEquals(shown, host.state(ANNA_THING, CHANNEL_GLUCOSE), "a failed poll never blanks a good value");
        assertFalse(lines.stream().anyMatch(l -> l.contains("UNDEF")));

        // back-off: 1, 2, then 4 minutes
        scheduler.advanceTo(Instant.parse("2026-11-21T08:03:00Z"));
        scheduler.advanceTo(Instant.parse("2026-11-21T08:05:00Z"));
        assertEquals(ThingStatus.OFFLINE, status(BRIDGE).getStatus());
        scheduler.advanceTo(Instant.parse("2026-11-21T08:09:00Z"));
        assertOnline(BRIDGE);
        assertOnline(ANNA_THING);
        assertEquals(1, count(LluEndpoint.LOGIN), "server faults cost no login");
        scheduler.advanceTo(nextPending());
        assertReadingShown(ANNA_THING, anna.latestReading());
    }

    @Test
    void everyFaultGetsAClearCommunicationStatus() {
        addBridge("region", "eu");
        scheduler.runDue();
        Map<Fault, String> texts = Map.of(Fault.cloudflareHtml(), "offline.comm-error.blocked", Fault.truncatedJson(),
                "offline.comm-error.bad-response", Fault.httpStatus(500), "offline.comm-error.server-error",
                Fault.maintenance(), "offline.comm-error.maintenance", Fault.httpStatus(430),
                "offline.comm-error.rate-limited", Fault.slowResponse(Duration.ofSeconds(20)),
                "offline.comm-error.network");
        texts.forEach((fault, key) -> {
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, fault, 1);
            scheduler.advanceTo(nextPending());
            String description = String.valueOf(status(BRIDGE).getDescription());
            assertTrue(description.startsWith("@text/" + key), fault + " → " + description);
            assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status(BRIDGE).getStatusDetail());
            assertFalse(host.translate(status(BRIDGE)).contains("{"), "every argument filled in");
            scheduler.advanceTo(nextPending());
            assertOnline(BRIDGE);
        });
        assertEquals(1, count(LluEndpoint.LOGIN));
    }

    @Test
    void anExpiredTokenCostsExactlyOneLogin() {
        addBridge("region", "eu");
        scheduler.runDue();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.expiredToken(), 1);
        lines.clear();
        scheduler.advanceTo(nextPending());
        assertEquals(2, count(LluEndpoint.LOGIN));
        assertOnline(BRIDGE);
        assertFalse(lines.stream().anyMatch(l -> l.contains(" status ")), "no status flicker");
    }

    @Test
    void patientsComeAndGo() {
        addBridge("region", "eu");
        scheduler.runDue();
        account.removePatient(BEN);
        String carla = "c4a1b2c3-d4e5-4f60-8172-a3b4c5d6e7f8";
        account.addPatient(carla, "Carla", "C", GlucoseUnitCode.MG_DL, ZONE);
        scheduler.advanceTo(nextPending());
        ThingUID carlaThing = new ThingUID(THING_TYPE_PATIENT, BRIDGE, carla);
        assertEquals(Set.of(ANNA_THING, carlaThing), host.inbox().keySet());
        assertStatus(BEN_THING, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.patient-not-shared");
        assertOnline(carlaThing);
    }

    @Test
    void aPatientWithoutIdAsksForOne() {
        addBridge("region", "eu");
        scheduler.runDue();
        ThingUID manual = new ThingUID(THING_TYPE_PATIENT, BRIDGE, "manual");
        host.addThing(THING_TYPE_PATIENT, BRIDGE, "manual", map("patientId", " "));
        assertStatus(manual, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.patient-id-missing");
    }

    @Test
    void aReEnabledPatientShowsTheLastPollAtOnceWithoutACall() {
        addBridge("region", "eu");
        scheduler.runDue();
        host.disable(ANNA_THING);
        long before = simulator.requests().all().size();
        lines.clear();
        host.enable(ANNA_THING);
        assertOnline(ANNA_THING);
        assertTrue(lines.contains(ANNA_THING + " glucose " + anna.latestReading().mgPerDl() + " mg/dl"),
                lines.toString());
        assertEquals(before, simulator.requests().all().size());
    }

    @Test
    void configurationErrorsAreCaughtBeforeAnyCall() {
        Map<Object[], String> cases = Map.of(new Object[] { "email", " " },
                "@text/offline.config-error.credentials-missing", new Object[] { "region", "xx" },
                "@text/offline.config-error.unknown-region [\"xx\"]", new Object[] { "clientVersion", "latest" },
                "@text/offline.config-error.invalid-client-version [\"latest\"]",
                new Object[] { "baseUrl", "ftp://example.com" }, "@text/offline.config-error.invalid-base-url");
        cases.forEach((config, description) -> {
            addBridge(config);
            scheduler.runDue();
            assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description);
            host.disable(BRIDGE);
        });
        assertEquals(0, simulator.requests().all().size());
    }

    @Test
    void disposeCancelsEveryPlannedCall() {
        addBridge("region", "eu");
        scheduler.runDue();
        assertFalse(scheduler.pendingDueTimes().isEmpty());
        host.close();
        assertTrue(scheduler.pendingDueTimes().isEmpty());
        long before = simulator.requests().all().size();
        scheduler.advance(Duration.ofHours(1));
        assertEquals(before, simulator.requests().all().size());
    }
}
