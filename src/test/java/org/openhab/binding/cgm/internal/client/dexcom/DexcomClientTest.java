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
package org.openhab.binding.cgm.internal.client.dexcom;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.DexcomPayload;
import org.openhab.binding.cgm.internal.simulator.DexcomReading;
import org.openhab.binding.cgm.internal.simulator.DexcomSimulation;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The Dexcom Share client against the simulator over real HTTP: both login steps, every error code, both payload
 * generations.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomClientTest {

    private static final String USER = "publisher-one";
    private static final String PASSWORD = "Dexcom-Pa55";
    private final HttpClient httpClient = LoopbackHttp.client();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
    private final CloudSimulator simulator = CloudSimulator.start(clock);
    private final DexcomAccount account = simulator.dexcom().addAccount(USER, PASSWORD, "ous");

    @AfterEach
    void stop() {
        simulator.close();
    }

    private DexcomClient client(String username, @Nullable String accountId, String password, DexcomRegion region) {
        return new DexcomClient(new JettyTransport(httpClient, Duration.ofSeconds(5)), clock, new DexcomSettings(
                username, accountId, password, region, region.applicationId(), simulator.dexcomUrlTemplate()));
    }

    private DexcomClient client() {
        return client(USER, null, PASSWORD, DexcomRegion.OUS);
    }

    private interface Call {
        void run() throws CloudException;
    }

    private FailureKind failure(Call call) {
        return assertThrows(CloudException.class, call::run).kind();
    }

    private List<RecordedRequest> requests() {
        return simulator.requests().all();
    }

    @Test
    void logsInInTwoStepsAndReadsThePublishersLatestReading() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        List<Patient> patients = client.fetchPatients();
        assertEquals(1, patients.size());
        Patient publisher = patients.get(0);
        assertEquals(DexcomClient.PUBLISHER_ID, publisher.id());
        DexcomReading expected = account.latestReading();
        GlucoseReading reading = publisher.latest();
        assertNotNull(reading);
        assertEquals(expected.instant(), reading.timestamp());
        assertEquals(expected.mgPerDl(), reading.mgPerDl());
        assertEquals(expected.trendName(), reading.trend().nightscoutName());

        List<String> paths = requests().stream().map(RecordedRequest::path).toList();
        assertEquals(3, paths.size());
        assertTrue(paths.get(0).endsWith("/General/AuthenticatePublisherAccount"), paths.get(0));
        assertTrue(paths.get(1).endsWith("/General/LoginPublisherAccountById"), paths.get(1));
        assertTrue(paths.get(2).endsWith("/Publisher/ReadPublisherLatestGlucoseValues"), paths.get(2));
        assertTrue(requests().get(0).body().contains(DexcomSimulation.APPLICATION_ID_US_OUS));
        assertTrue(requests().stream().allMatch(r -> "ous".equals(r.region())));
        assertTrue(requests().get(2).query().contains("minutes=1440"));
        // four readings span the 15 minutes that rate and delta need, in the same one request
        assertTrue(requests().get(2).query().contains("maxCount=4"));
        assertEquals(4, publisher.recent().size());
        assertEquals(reading, publisher.recent().get(3));
        assertTrue(publisher.recent().get(0).timestamp().isBefore(reading.timestamp()));
    }

    @Test
    void anEmailOrPhoneNumberWorksAsUserName() throws CloudException {
        account.addAlias("publisher@example.com");
        account.addAlias("+4915112345678");
        client("publisher@example.com", null, PASSWORD, DexcomRegion.OUS).logIn();
        client("+4915112345678", null, PASSWORD, DexcomRegion.OUS).logIn();
        assertEquals(4, simulator.requests().count(DexcomEndpoint.AUTHENTICATE)
                + simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
    }

    @Test
    void aKnownAccountIdSkipsTheFirstStep() throws CloudException {
        DexcomClient client = client("", account.accountId(), PASSWORD, DexcomRegion.OUS);
        client.logIn();
        client.fetchPatients();
        assertEquals(0, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(1, simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
    }

    @Test
    void theAccountIdIsLearnedOnceAndANewSessionNeedsOneRequest() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        client.dropSession();
        client.logIn();
        assertEquals(1, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(2, simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
    }

    @Test
    void aWrongPasswordAndAWrongRegionLookTheSame() {
        assertEquals(FailureKind.BAD_CREDENTIALS, failure(client(USER, null, "wrong", DexcomRegion.OUS)::logIn));
        assertEquals(FailureKind.BAD_CREDENTIALS, failure(client(USER, null, PASSWORD, DexcomRegion.US)::logIn));
        assertEquals(2, requests().size(), "one request each");
    }

    @Test
    void aLockedAccountIsReported() {
        account.lock();
        assertEquals(FailureKind.ACCOUNT_LOCKED, failure(client()::logIn));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() {
        DexcomClient wrong = client(USER, null, "wrong", DexcomRegion.OUS);
        for (int i = 0; i < 3; i++) {
            assertEquals(FailureKind.BAD_CREDENTIALS, failure(wrong::logIn));
        }
        assertEquals(FailureKind.ACCOUNT_LOCKED, failure(client()::logIn));
    }

    @Test
    void internalErrorAndInvalidArgumentAreConfigurationErrors() {
        String unknownId = "8597cbce-1c66-4655-bf7d-a7e070638b80";
        assertEquals(FailureKind.INVALID_CONFIGURATION,
                failure(client("", unknownId, PASSWORD, DexcomRegion.OUS)::logIn));
        DexcomClient wrongApplication = new DexcomClient(new JettyTransport(httpClient, Duration.ofSeconds(5)), clock,
                new DexcomSettings(USER, null, PASSWORD, DexcomRegion.OUS, DexcomRegion.JP.applicationId(),
                        simulator.dexcomUrlTemplate()));
        CloudException e = assertThrows(CloudException.class, wrongApplication::logIn);
        assertEquals(FailureKind.INVALID_CONFIGURATION, e.kind());
        assertEquals("InvalidArgument", e.getMessage());
    }

    @Test
    void theAllZeroIdIsAFailureNotASession() {
        simulator.dexcom().injectFault(DexcomEndpoint.LOGIN_BY_ID, Fault.zeroUuid(), 1);
        DexcomClient client = client();
        assertEquals(FailureKind.BAD_CREDENTIALS, failure(client::logIn));
        assertFalse(client.hasSession());
    }

    @Test
    void aSessionLivesUntilDexcomRejectsIt() throws CloudException {
        simulator.dexcom().setSessionLifetime(Duration.ofHours(1));
        DexcomClient client = client();
        client.logIn();
        clock.advance(Duration.ofMinutes(59));
        client.fetchPatients();
        clock.advance(Duration.ofMinutes(2));
        assertTrue(client.hasSession(), "the client does not guess the lifetime");
        assertEquals(FailureKind.SESSION_EXPIRED, failure(client::fetchPatients));
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE,
                Fault.dexcomError("SessionIdNotFound", "Failed to find session object."), 1);
        client.logIn();
        assertEquals(FailureKind.SESSION_EXPIRED, failure(client::fetchPatients));
    }

    /** Issue 16, defect 2: readings dated 1970 or long before the day asked for never leave the client. */
    @Test
    void readingsDated1970OrLongBeforeTheWindowAreRejected() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        long threeDaysAgo = clock.instant().minus(Duration.ofDays(3)).toEpochMilli();
        String stray = "{\"WT\":\"Date(0)\",\"ST\":\"Date(0)\",\"DT\":\"Date(0)\",\"Value\":120,\"Trend\":\"Flat\"},"
                + "{\"WT\":\"Date(" + threeDaysAgo + ")\",\"ST\":\"Date(" + threeDaysAgo + ")\",\"DT\":\"Date("
                + threeDaysAgo + "-0500)\",\"Value\":95,\"Trend\":\"Flat\"},";
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE,
                Fault.rewrite(body -> "[" + stray + body.substring(1)), 2);
        Patient publisher = client.fetchPatients().get(0);
        assertEquals(4, publisher.recent().size(), "the four genuine readings stay");
        assertEquals(account.latestReading().instant(), Objects.requireNonNull(publisher.latest()).timestamp());
        assertTrue(publisher.recent().stream().allMatch(r -> r.timestamp().isAfter(clock.instant().minusSeconds(1800))),
                publisher.recent().toString());
        assertEquals(2, client.rejectedReadings().get(ReadingPlausibility.Rejection.BEFORE_WINDOW));

        // a backfill of 2 hours: a reading 3 days old is as foreign to it
        List<GlucoseReading> history = client.fetchReadings(120, 25);
        assertTrue(history.stream().allMatch(r -> r.timestamp().isAfter(clock.instant().minusSeconds(7200 + 300))));
        assertEquals(4, client.rejectedReadings().get(ReadingPlausibility.Rejection.BEFORE_WINDOW));
    }

    @Test
    void dexcomLimitsAreCheckedBeforeSending() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        int before = requests().size();
        assertThrows(IllegalArgumentException.class, () -> client.fetchReadings(1441, 1));
        assertThrows(IllegalArgumentException.class, () -> client.fetchReadings(60, 289));
        assertThrows(IllegalArgumentException.class, () -> client.fetchReadings(0, 1));
        assertEquals(before, requests().size());
        assertEquals(288, client.fetchReadings(1440, 288).size(), "a full day at the limits");
    }

    @Test
    void historyComesEveryFiveMinutesOldestFirst() throws CloudException {
        // a phase of its own: from the random account id, one in 300 would put a reading on the window's edge
        account.setSensorPhaseSeconds(30);
        DexcomClient client = client();
        client.logIn();
        List<GlucoseReading> hour = client.fetchReadings(60, 288);
        assertEquals(12, hour.size());
        for (int i = 1; i < hour.size(); i++) {
            assertEquals(Duration.ofMinutes(5), Duration.between(hour.get(i - 1).timestamp(), hour.get(i).timestamp()));
        }
        assertEquals(account.latestReading().instant(), hour.get(hour.size() - 1).timestamp());
    }

    @Test
    void bothPayloadGenerationsGiveTheSameReadings() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        List<GlucoseReading> modern = client.fetchReadings(60, 12);
        simulator.dexcom().setPayloadGeneration(DexcomPayload.LEGACY);
        List<GlucoseReading> legacy = client.fetchReadings(60, 12);
        assertEquals(modern, legacy);
        assertTrue(modern.stream().noneMatch(r -> r.trend() == Trend.NONE));
    }

    @Test
    void aPausedSensorStillShowsTheLastReadingOfTheDay() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        DexcomReading last = account.latestReading();
        account.pauseReadings();
        clock.advance(Duration.ofHours(3));
        GlucoseReading reading = client.fetchPatients().get(0).latest();
        assertNotNull(reading);
        assertEquals(last.instant(), reading.timestamp(), "an old value keeps its own time");
    }

    @Test
    void transportFaultsAreTellable() throws CloudException {
        DexcomClient client = client();
        client.logIn();
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(503, "120"), 1);
        CloudException unavailable = assertThrows(CloudException.class, client::fetchPatients);
        assertEquals(FailureKind.SERVER_ERROR, unavailable.kind());
        assertEquals(clock.instant().plusSeconds(120), unavailable.retryAt());
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(429), 1);
        assertEquals(FailureKind.RATE_LIMITED, failure(client::fetchPatients));
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.cloudflareHtml(), 1);
        assertEquals(FailureKind.BLOCKED, failure(client::fetchPatients));
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.truncatedJson(), 1);
        assertEquals(FailureKind.BAD_RESPONSE, failure(client::fetchPatients));
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.dexcomError("Surprise", "new code"), 1);
        assertEquals(FailureKind.SERVER_ERROR, failure(client::fetchPatients));
        assertTrue(client.hasSession(), "none of these loses the session");
        assertEquals(1, client.fetchPatients().size());
    }
}
