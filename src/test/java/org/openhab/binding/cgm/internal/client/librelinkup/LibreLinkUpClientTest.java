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
package org.openhab.binding.cgm.internal.client.librelinkup;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.TransportRequest;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluConnection;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.simulator.SimReading;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The LibreLinkUp client against the simulator, over real HTTP on loopback: every login outcome and every fault.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpClientTest {

    private static final String EMAIL = "follower@example.com";
    private static final String PASSWORD = "correct horse";
    private static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final String BEN = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

    private final HttpClient httpClient = LoopbackHttp.client();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
    private final CloudSimulator simulator = CloudSimulator.start(clock);
    private final LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
    private final LluPatient anna = account.addPatient(ANNA, "Anna", "A", GlucoseUnitCode.MG_DL,
            ZoneId.of("Europe/Berlin"));
    private final LluPatient ben = account.addPatient(BEN, "Ben", "B", GlucoseUnitCode.MMOL,
            ZoneId.of("America/Toronto"));

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    private LibreLinkUpClient client(String password, String region, String version, Duration timeout) {
        return new LibreLinkUpClient(new JettyTransport(httpClient, timeout), clock,
                new LibreLinkUpSettings(EMAIL, password, region, version, simulator.libreLinkUpUrlTemplate(), false));
    }

    private LibreLinkUpClient client() {
        return client(PASSWORD, "eu", LibreLinkUpSettings.DEFAULT_CLIENT_VERSION, Duration.ofSeconds(5));
    }

    private CloudException failure(Executable call) {
        return assertThrows(CloudException.class, call::run);
    }

    private interface Executable {
        void run() throws CloudException;
    }

    private long logins() {
        return simulator.requests().count(LluEndpoint.LOGIN);
    }

    @Test
    void logsInAndReadsEveryPatientWithTheLatestReading() throws CloudException {
        LibreLinkUpClient client = client();
        assertFalse(client.hasSession());
        client.logIn();
        assertTrue(client.hasSession());
        List<Patient> patients = client.fetchPatients();

        assertEquals(List.of(ANNA, BEN), patients.stream().map(Patient::id).toList());
        Patient first = patients.get(0);
        SimReading expected = anna.latestReading();
        GlucoseReading reading = first.latest();
        assertNotNull(reading);
        assertEquals(expected.instant(), reading.timestamp());
        assertEquals(expected.mgPerDl(), reading.mgPerDl());
        assertEquals(MeasurementColor.fromCode(expected.color()).orElseThrow(), reading.color());
        assertEquals(GlucoseUnit.MG_PER_DL, first.unit());
        assertEquals("Anna", first.displayName());

        GlucoseReading mmol = patients.get(1).latest();
        assertNotNull(mmol);
        assertEquals(GlucoseUnit.MMOL_PER_L, patients.get(1).unit());
        assertEquals(BigDecimal.valueOf(ben.latestReading().value()).setScale(1), mmol.mmolPerL(),
                "the mmol value the app shows, not a conversion");
    }

    @Test
    void sendsTheAppHeadersAndTheHashedAccountIdButNeverTheUserId() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        client.fetchPatients();
        List<RecordedRequest> requests = simulator.requests().all();
        RecordedRequest login = requests.get(0);
        assertEquals("llu.android", login.header("product"));
        assertEquals("4.17.0", login.header("version"));
        assertNull(login.header("account-id"), "no Account-Id before login");
        RecordedRequest connections = requests.get(1);
        assertEquals(account.accountIdHash(), connections.header("account-id"));
        assertEquals(LibreLinkUpLogin.sha256Hex(account.userId()), connections.header("account-id"));
        assertTrue(String.valueOf(connections.header("authorization")).startsWith("Bearer "));
        assertFalse(connections.headers().values().stream().anyMatch(v -> v.contains(account.userId())));
    }

    @Test
    void adoptsTheFreshTicketOfEveryAnswer() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        client.fetchPatients();
        client.fetchPatients();
        List<RecordedRequest> requests = simulator.requests().all();
        assertNotEquals(requests.get(1).header("authorization"), requests.get(2).header("authorization"),
                "the second call uses the ticket of the first answer");
    }

    @Test
    void followsTheRegionalRedirectAndStaysThere() throws CloudException {
        LibreLinkUpClient client = client(PASSWORD, LibreLinkUpHosts.GLOBAL, "4.17.0", Duration.ofSeconds(5));
        client.logIn();
        client.fetchPatients();
        List<RecordedRequest> requests = simulator.requests().all();
        assertEquals(List.of("global", "eu", "eu"), requests.stream().map(RecordedRequest::region).toList());
        assertEquals("eu", client.region());
        client.dropSession();
        client.logIn();
        assertEquals("eu", simulator.requests().all().get(3).region(), "the next login goes straight to eu");
    }

    @Test
    void wrongPasswordIsOneRequestAndBadCredentials() {
        LibreLinkUpClient client = client("wrong", "eu", "4.17.0", Duration.ofSeconds(5));
        CloudException e = failure(client::logIn);
        assertEquals(FailureKind.BAD_CREDENTIALS, e.kind());
        assertEquals(1, logins());
        assertFalse(client.hasSession());
    }

    @Test
    void theThirdFailureLocksLoginsEvenWithTheRightPassword() {
        LibreLinkUpClient wrong = client("wrong", "eu", "4.17.0", Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            assertEquals(FailureKind.BAD_CREDENTIALS, failure(wrong::logIn).kind());
        }
        CloudException locked = failure(client()::logIn);
        assertEquals(FailureKind.LOCKED_OUT, locked.kind());
        assertEquals(clock.instant().plusSeconds(300), locked.retryAt());
    }

    @Test
    void lockoutBodyGivesTheEndOfTheLockout() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
        CloudException e = failure(client()::logIn);
        assertEquals(FailureKind.LOCKED_OUT, e.kind());
        assertEquals(clock.instant().plusSeconds(300), e.retryAt());
    }

    @Test
    void termsStepIsAnActionForTheUser() {
        account.requireTerms("tou", "pp");
        CloudException e = failure(client()::logIn);
        assertEquals(FailureKind.USER_ACTION_REQUIRED, e.kind());
        assertEquals("tou", e.detail());
    }

    @Test
    void versionFloorCarriesTheMinimumVersion() {
        LibreLinkUpClient old = client(PASSWORD, "eu", "4.12.0", Duration.ofSeconds(5));
        CloudException e = failure(old::logIn);
        assertEquals(FailureKind.CLIENT_REJECTED, e.kind());
        assertEquals("4.16.0", e.detail());
    }

    @Test
    void aMissingAccountIdIsAClientTheCloudRejects() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        client.fetchPatients();
        String authorization = String.valueOf(simulator.requests().all().get(1).header("authorization"));
        // a raw request without Account-Id, as clients before 4.11 sent it
        JettyTransport transport = new JettyTransport(httpClient, Duration.ofSeconds(5));
        var response = transport
                .execute(TransportRequest.get(URI.create(simulator.libreLinkUpUrl("eu") + "/llu/connections"),
                        Map.of("product", "llu.android", "version", "4.17.0", "Authorization", authorization)));
        CloudException e = assertThrows(CloudException.class,
                () -> new LibreLinkUpResponseReader(new com.google.gson.Gson(), clock).read(response, true,
                        LluConnection[].class));
        assertEquals(FailureKind.CLIENT_REJECTED, e.kind());
        assertTrue(String.valueOf(e.getMessage()).contains("RequiredHeaderMissing"));
    }

    @Test
    void aRejectedTokenIsSessionExpired() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.expiredToken(), 1);
        assertEquals(FailureKind.SESSION_EXPIRED, failure(client::fetchPatients).kind());
    }

    @Test
    void theSessionEndsAtTheTicketExpiry() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        clock.advance(Duration.ofDays(181));
        assertFalse(client.hasSession());
        assertEquals(FailureKind.SESSION_EXPIRED, failure(client::fetchPatients).kind());
        assertEquals(1, simulator.requests().all().size(), "no request with an expired token");
    }

    @Test
    void rateLimitsCarryTheirRetryAfter() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(476, "65620"), 1);
        CloudException e = failure(client()::logIn);
        assertEquals(FailureKind.RATE_LIMITED, e.kind());
        assertEquals(clock.instant().plusSeconds(65620), e.retryAt());

        Instant at = Instant.parse("2026-11-21T09:30:00Z");
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatusRetryAt(503, at), 1);
        CloudException dated = failure(client()::logIn);
        assertEquals(FailureKind.SERVER_ERROR, dated.kind());
        assertEquals(at, dated.retryAt());

        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(430), 1);
        CloudException bare = failure(client()::logIn);
        assertEquals(FailureKind.RATE_LIMITED, bare.kind());
        assertNull(bare.retryAt());
    }

    @Test
    void serverErrorsHtmlTruncationAndMaintenanceAreTellable() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        Map<Fault, FailureKind> cases = Map.of(Fault.httpStatus(500), FailureKind.SERVER_ERROR, Fault.httpStatus(502),
                FailureKind.SERVER_ERROR, Fault.cloudflareHtml(), FailureKind.BLOCKED, Fault.truncatedJson(),
                FailureKind.BAD_RESPONSE, Fault.maintenance(), FailureKind.MAINTENANCE);
        cases.forEach((fault, kind) -> {
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, fault, 1);
            assertEquals(kind, failure(client::fetchPatients).kind(), fault.toString());
        });
        assertTrue(client.hasSession(), "none of these loses the session");
        assertEquals(2, client.fetchPatients().size());
    }

    @Test
    void aSlowAnswerIsANetworkFailureAfterTheTimeout() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.slowResponse(Duration.ofSeconds(30)), 1);
        LibreLinkUpClient client = client(PASSWORD, "eu", "4.17.0", Duration.ofMillis(300));
        CloudException e = failure(client::logIn);
        assertEquals(FailureKind.NETWORK, e.kind());
    }

    @Test
    void noServerIsANetworkFailure() {
        LibreLinkUpClient client = client();
        simulator.close();
        assertEquals(FailureKind.NETWORK, failure(client::logIn).kind());
    }

    @Test
    void historyIsTwelveHoursAtFiveMinutesOldestFirst() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        List<GlucoseReading> history = client.fetchHistory(ANNA);
        assertTrue(history.size() >= 140, "about 12 h: " + history.size());
        for (int i = 1; i < history.size(); i++) {
            assertEquals(Duration.ofMinutes(5),
                    Duration.between(history.get(i - 1).timestamp(), history.get(i).timestamp()));
        }
        Duration lag = Duration.between(history.get(history.size() - 1).timestamp(), clock.instant());
        assertTrue(lag.compareTo(Duration.ofMinutes(15)) >= 0, "the graph lags the current value: " + lag);
        assertEquals(FailureKind.PATIENT_NOT_FOUND, failure(() -> client.fetchHistory("nobody")).kind());
    }

    @Test
    void readingsAdvanceEveryMinuteAndAPausedSensorFreezes() throws CloudException {
        LibreLinkUpClient client = client();
        client.logIn();
        Instant first = readingOf(client.fetchPatients(), ANNA).timestamp();
        clock.advance(Duration.ofMinutes(1));
        assertEquals(first.plus(Duration.ofMinutes(1)), readingOf(client.fetchPatients(), ANNA).timestamp());
        anna.pauseReadings();
        clock.advance(Duration.ofMinutes(10));
        assertEquals(first.plus(Duration.ofMinutes(1)), readingOf(client.fetchPatients(), ANNA).timestamp());
    }

    private static GlucoseReading readingOf(List<Patient> patients, String id) {
        GlucoseReading reading = patients.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().latest();
        assertNotNull(reading);
        return reading;
    }

    @Test
    void theSeedCapturesParseToTheValuesTheyShow() throws CloudException {
        clock.set(Instant.parse("2022-05-21T13:40:00Z"));
        simulator.libreLinkUp().addAccount("your-libre-email@provider.com", "$yOurVerySecretPasSw0rd!", "eu");
        simulator.libreLinkUp().useSeedFixtures(true);
        LibreLinkUpClient client = new LibreLinkUpClient(new JettyTransport(httpClient, Duration.ofSeconds(5)), clock,
                new LibreLinkUpSettings("your-libre-email@provider.com", "$yOurVerySecretPasSw0rd!", "eu", "4.17.0",
                        simulator.libreLinkUpUrlTemplate(), false));
        client.logIn();
        List<Patient> patients = client.fetchPatients();
        assertEquals(1, patients.size());
        GlucoseReading reading = readingOf(patients, "xxxxxxx");
        assertEquals(Instant.parse("2022-05-21T13:38:50Z"), reading.timestamp());
        assertEquals(91, reading.mgPerDl());
        assertEquals(Trend.FLAT, reading.trend());
        assertEquals(MeasurementColor.GREEN, reading.color());
        List<GlucoseReading> history = client.fetchHistory("xxxxxxx");
        assertEquals(8, history.size());
        assertEquals(117, history.get(0).mgPerDl());
    }
}
