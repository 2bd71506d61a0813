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
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.DexcomReading;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * A Dexcom Share account in openHAB, end to end against the simulator: the same patient thing and channels as
 * LibreLinkUp, the five-minute cadence, and a login budget of one attempt after a refusal.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomBridgeHandlerTest extends HostTestBase {

    private static final String USER = "publisher-anna";
    private static final String PASSWORD = "Dexcom-Secret-1";
    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_DEXCOM, "dx");
    private static final ThingUID PUBLISHER = new ThingUID(THING_TYPE_PATIENT, BRIDGE, "publisher");

    private final DexcomAccount account = simulator.dexcom().addAccount(USER, PASSWORD, "ous");

    {
        account.setSensorPhaseSeconds(30);
    }

    private void addBridge(Object... replacements) {
        addBridge(THING_TYPE_DEXCOM, "dx",
                map("username", USER, "password", PASSWORD, "region", "ous", "baseUrl", simulator.dexcomUrlTemplate()),
                replacements);
    }

    private long count(DexcomEndpoint endpoint) {
        return simulator.requests().count(endpoint);
    }

    @Test
    void thePublisherIsThePatientWithTheSameChannelsAsLibreLinkUp() {
        addBridge();
        assertEquals(0, simulator.requests().all().size(), "initialize() makes no call itself");
        scheduler.runDue();
        assertOnline(BRIDGE);

        Map<ThingUID, DiscoveryResult> inbox = host.inbox();
        assertEquals(Set.of(PUBLISHER), inbox.keySet());
        DiscoveryResult result = inbox.get(PUBLISHER);
        assertNotNull(result);
        assertEquals("publisher", result.getProperties().get(CONFIG_PATIENT_ID));
        assertFalse(result.getLabel().contains(USER), "the user name is personal");

        assertOnline(PUBLISHER);
        DexcomReading reading = account.latestReading();
        int mgPerDl = reading.mgPerDl();
        assertEquals(new QuantityType<>(mgPerDl + " mg/dl"), host.state(PUBLISHER, CHANNEL_GLUCOSE));
        assertEquals(new DateTimeType(reading.instant().atZone(ZONE)), host.state(PUBLISHER, CHANNEL_TIMESTAMP));
        assertEquals(new StringType(reading.trendName()), host.state(PUBLISHER, CHANNEL_TREND));
        // Dexcom sends no colour: computed from the thing's target range, 70-180 by default
        assertEquals(new StringType(TargetRange.CONSENSUS.colorOf(mgPerDl).name()),
                host.state(PUBLISHER, CHANNEL_MEASUREMENT_COLOR));
        // high/low are the sensor's HI/LO, which only the values 401 and 39 mean
        assertEquals(OnOffType.from(mgPerDl > 400), host.state(PUBLISHER, CHANNEL_HIGH));
        assertEquals(OnOffType.from(mgPerDl < 40), host.state(PUBLISHER, CHANNEL_LOW));
    }

    @Test
    void pollsFollowTheFiveMinuteCadenceWithOneLogin() {
        addBridge();
        scheduler.runDue();
        // latest reading 07:55:30; the next, taken 08:00:30, is in the cloud at 08:00:45, before the floor allows
        assertEquals(Instant.parse("2026-11-21T08:01:05Z"), nextPending());
        scheduler.advanceTo(Instant.parse("2026-11-21T08:01:05Z"));
        assertEquals(Instant.parse("2026-11-21T08:05:45Z"), nextPending());
        scheduler.advance(Duration.ofHours(2));
        assertEquals(1, count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(1, count(DexcomEndpoint.LOGIN_BY_ID));
        long reads = count(DexcomEndpoint.READ_GLUCOSE);
        assertTrue(reads >= 24 && reads <= 27, "one read per reading: " + reads);
        assertEquals(new QuantityType<>(account.latestReading().mgPerDl() + " mg/dl"),
                host.state(PUBLISHER, CHANNEL_GLUCOSE));
    }

    @Test
    void theTargetRangeOfTheThingClassifiesReadings() {
        account.setCurve(GlucoseCurve.constant(150));
        addBridge();
        scheduler.runDue();
        assertEquals(new StringType("GREEN"), host.state(PUBLISHER, CHANNEL_MEASUREMENT_COLOR));
        assertEquals(OnOffType.OFF, host.state(PUBLISHER, CHANNEL_HIGH));
        host.reconfigure(PUBLISHER,
                map("targetLow", java.math.BigDecimal.valueOf(80), "targetHigh", java.math.BigDecimal.valueOf(140)));
        assertEquals(new StringType("YELLOW"), host.state(PUBLISHER, CHANNEL_MEASUREMENT_COLOR));
        assertEquals(OnOffType.OFF, host.state(PUBLISHER, CHANNEL_HIGH), "above target is not the sensor's HI");
        assertEquals(OnOffType.OFF, host.state(PUBLISHER, CHANNEL_LOW));
    }

    @Test
    void aWrongPasswordTriesOnceAndNamesTheRegionPitfall() {
        addBridge("password", "wrong");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.dexcom-bad-credentials");
        assertTrue(host.translate(status(BRIDGE)).contains("region ous"));
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, simulator.requests().all().size(), "Dexcom locks accounts: one attempt only");

        host.reconfigure(BRIDGE, map("password", PASSWORD));
        scheduler.runDue();
        assertOnline(BRIDGE);
    }

    /** Issue 16, defect 1: Dexcom's SSO sign-in answers a wrong password with SSO_InternalError (HTTP 500). */
    @Test
    void aWrongPasswordAnsweredTheSsoWayIsAWrongPasswordByNameAndById() {
        simulator.dexcom().setSsoPasswordErrors(true);
        addBridge("password", "wrong");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.dexcom-bad-credentials");
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, simulator.requests().all().size(), "logins stop");

        host.reconfigure(BRIDGE, map("username", "", "accountId", account.accountId(), "password", "wrong"));
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.dexcom-bad-credentials");
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, count(DexcomEndpoint.LOGIN_BY_ID), "logins stop");
    }

    @Test
    void aWrongRegionLooksLikeAWrongPassword() {
        addBridge("region", "us");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.dexcom-bad-credentials");
        assertEquals(1, simulator.requests().all().size());
    }

    @Test
    void aLockedAccountStopsEveryLogin() {
        account.lock();
        addBridge();
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.account-locked");
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, simulator.requests().all().size());
    }

    @Test
    void anExpiredSessionCostsOneLoginByIdAndNoStatusChange() {
        simulator.dexcom().setSessionLifetime(Duration.ofMinutes(30));
        addBridge();
        scheduler.runDue();
        lines.clear();
        scheduler.advance(Duration.ofMinutes(50));
        assertEquals(1, count(DexcomEndpoint.AUTHENTICATE), "the account id is kept");
        assertEquals(2, count(DexcomEndpoint.LOGIN_BY_ID));
        assertOnline(BRIDGE);
        assertFalse(lines.stream().anyMatch(l -> l.contains(" status ")), lines.toString());
    }

    @Test
    void anUnknownAccountIdIsAConfigurationError() {
        addBridge("username", "", "accountId", "8597CBCE-1c66-4655-bf7d-a7e070638b80");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.invalid [\"SSO_InternalError\"]");
        assertEquals(0, count(DexcomEndpoint.AUTHENTICATE));
        scheduler.advance(Duration.ofDays(1));
        assertEquals(1, simulator.requests().all().size());
    }

    @Test
    void aServerFaultKeepsTheValueAndRecovers() {
        addBridge();
        scheduler.runDue();
        var shown = host.state(PUBLISHER, CHANNEL_GLUCOSE);
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(500), 1);
        scheduler.advanceTo(nextPending());
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.server-error [\"HTTP 500\", \"09:02\"]");
        assertEquals(shown, host.state(PUBLISHER, CHANNEL_GLUCOSE));
        scheduler.advanceTo(nextPending());
        assertOnline(BRIDGE);
        assertOnline(PUBLISHER);
    }

    @Test
    void configurationErrorsAreCaughtBeforeAnyCall() {
        Map<Object[], String> cases = Map.of(new Object[] { "password", "" },
                "@text/offline.config-error.dexcom-credentials-missing", new Object[] { "username", "" },
                "@text/offline.config-error.dexcom-credentials-missing", new Object[] { "accountId", "abc" },
                "@text/offline.config-error.invalid-account-id",
                new Object[] { "accountId", "00000000-0000-0000-0000-000000000000" },
                "@text/offline.config-error.invalid-account-id", new Object[] { "region", "eu" },
                "@text/offline.config-error.unknown-dexcom-region [\"eu\"]", new Object[] { "applicationId", "x" },
                "@text/offline.config-error.invalid-application-id", new Object[] { "baseUrl", "share2.dexcom.com" },
                "@text/offline.config-error.invalid-base-url");
        cases.forEach((config, description) -> {
            addBridge(config);
            scheduler.runDue();
            assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, description);
            host.disable(BRIDGE);
        });
        assertEquals(0, simulator.requests().all().size());
    }
}
