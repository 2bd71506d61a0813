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
package org.openhab.binding.cgm.internal.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Injected faults of the simulated LibreLinkUp cloud: each kind on the wire, endpoint matching and counting.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpFaultTest extends SimulatorTestBase {

    private static final String PASSWORD = "pw";

    private final LibreLinkUpSimulation llu = simulator.libreLinkUp();
    private final LluTestClient client = new LluTestClient(simulator);
    private final LluAccount account = llu.addAccount("f@example.com", PASSWORD, "eu");

    LibreLinkUpFaultTest() {
        super(Instant.parse("2026-03-14T12:00:10Z"));
    }

    @Test
    void lockoutFault() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);

        HttpResponse<String> response = login();

        assertEquals(429, response.statusCode());
        assertEquals("{\"status\":429,\"data\":{\"code\":60,\"data\":{\"failures\":3,\"interval\":60,"
                + "\"lockout\":300},\"message\":\"locked\"}}", response.body());
        assertEquals(200, login().statusCode(), "used up after one request");
    }

    @Test
    void bareHttpStatusFaults() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.httpStatus(430), 1);
        llu.injectFault(LluEndpoint.LOGIN, Fault.httpStatus(503), 1);

        HttpResponse<String> first = login();
        assertEquals(430, first.statusCode());
        assertEquals("", first.body());
        HttpResponse<String> second = login();
        assertEquals(503, second.statusCode());
        assertEquals("Service Unavailable", second.body());
        assertTrue(second.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
    }

    @Test
    void status476WithRetryAfterLikeTheSeed() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.httpStatus(476, "65620"), 1);

        HttpResponse<String> response = login();

        assertEquals(476, response.statusCode());
        assertEquals("65620", response.headers().firstValue("retry-after").orElse(""));
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().matches("[A-Za-z0-9]{1067}"), "opaque text body");
    }

    @Test
    void retryAfterAsHttpDate() throws Exception {
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatusRetryAt(429, Instant.parse("2026-03-14T13:05:00Z")),
                1);
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503, "Sat, 14 Mar 2026 13:05:00 GMT"), 1);
        String token = client.loginToken(account, PASSWORD);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = client.get("eu", "/llu/connections", token, account.accountIdHash());
            assertEquals("Sat, 14 Mar 2026 13:05:00 GMT", response.headers().firstValue("retry-after").orElse(""));
        }
    }

    @Test
    void cloudflareHtmlFault() throws Exception {
        llu.injectFault(LluEndpoint.ANY, Fault.cloudflareHtml(), 1);

        HttpResponse<String> response = login();

        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("<title>Attention Required! | Cloudflare</title>"));
    }

    @Test
    void truncatedJsonIsTheNormalAnswerCutShort() throws Exception {
        account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, ZoneOffset.UTC);
        String token = client.loginToken(account, PASSWORD);
        HttpResponse<String> normal = client.get("eu", "/llu/connections", token, account.accountIdHash());
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.truncatedJson(), 1);

        HttpResponse<String> truncated = client.get("eu", "/llu/connections", token, account.accountIdHash());

        assertEquals(200, truncated.statusCode());
        assertTrue(truncated.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        assertTrue(truncated.body().length() > 100);
        // same prefix as a normal answer, up to the fresh ticket that differs
        assertEquals(normal.body().substring(0, 100), truncated.body().substring(0, 100));
        assertThrows(JsonParseException.class, () -> JsonParser.parseString(truncated.body()));
    }

    @Test
    void slowResponseAnswersNormallyAfterTheDelay() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.slowResponse(Duration.ofMillis(300)), 1);

        long start = System.nanoTime();
        HttpResponse<String> response = login();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, response.statusCode());
        assertEquals(0, LluTestClient.json(response).get("status").getAsInt());
        assertTrue(elapsedMillis >= 300, "answered after " + elapsedMillis + " ms");
    }

    @Test
    void slowResponseOutlastsAShorterClientTimeout() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.slowResponse(Duration.ofSeconds(30)), 1);
        HttpRequest request = client.request("eu", "/llu/auth/login", LluTestClient.VERSION)
                .timeout(Duration.ofMillis(200)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertThrows(HttpTimeoutException.class,
                () -> client.http().send(request, HttpResponse.BodyHandlers.ofString()));
        assertEquals(1, simulator.requests().count(LluEndpoint.LOGIN));
    }

    @Test
    void closeReleasesAHeldResponse() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.slowResponse(Duration.ofMinutes(10)), 1);
        HttpRequest request = client.request("eu", "/llu/auth/login", LluTestClient.VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        CompletableFuture<HttpResponse<String>> pending = client.http().sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        assertTrue(simulator.requests().awaitCount(LluEndpoint.LOGIN, 1, Duration.ofSeconds(10)));
        assertFalse(pending.isDone());

        long start = System.nanoTime();
        simulator.close();

        // answered or cut off, but not held for 10 minutes
        pending.handle((response, error) -> null).get(15, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15));
    }

    @Test
    void expiredTokenFault() throws Exception {
        String token = client.loginToken(account, PASSWORD);
        llu.injectFault(LluEndpoint.GRAPH, Fault.expiredToken(), 1);
        account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, ZoneOffset.UTC);

        HttpResponse<String> response = client.get("eu", "/llu/connections/p-1/graph", token, account.accountIdHash());

        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"invalid or expired jwt\"}", response.body());
        assertEquals(200, client.get("eu", "/llu/connections/p-1/graph", token, account.accountIdHash()).statusCode());
    }

    @Test
    void maintenanceFault() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.maintenance(), 1);

        HttpResponse<String> response = login();

        assertEquals(200, response.statusCode());
        assertEquals(911, LluTestClient.json(response).get("status").getAsInt());
    }

    @Test
    void connectionResetDropsTheConnectionAfterRecordingTheRequest() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.connectionReset(), 1);

        assertConnectionDropped(this::login);

        assertEquals(1, simulator.requests().count(LluEndpoint.LOGIN), "recorded before the reset");
        assertEquals(200, login().statusCode(), "used up after one request");
        assertEquals(2, simulator.requests().count(LluEndpoint.LOGIN));
    }

    @Test
    void connectionResetOnEveryEndpoint() throws Exception {
        account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, ZoneOffset.UTC);
        String token = client.loginToken(account, PASSWORD);
        String accountId = account.accountIdHash();
        // java.net.http silently retries a GET once when no byte of the answer came, so a GET needs two resets
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.connectionReset(), 2);
        llu.injectFault(LluEndpoint.GRAPH, Fault.connectionReset(), 2);
        llu.injectFault(LluEndpoint.CONTINUE, Fault.connectionReset(), 1);

        assertConnectionDropped(() -> client.get("eu", "/llu/connections", token, accountId));
        assertEquals(200, client.get("eu", "/llu/connections", token, accountId).statusCode());
        assertConnectionDropped(() -> client.get("eu", "/llu/connections/p-1/graph", token, accountId));
        assertEquals(200, client.get("eu", "/llu/connections/p-1/graph", token, accountId).statusCode());
        assertConnectionDropped(() -> client.continueStep("eu", "tou", token));
        // answered again, whatever the step's own checks make of the token
        client.continueStep("eu", "tou", token);

        // every dropped attempt was recorded, then the fault was used up
        assertEquals(3, simulator.requests().count(LluEndpoint.CONNECTIONS));
        assertEquals(3, simulator.requests().count(LluEndpoint.GRAPH));
        assertEquals(2, simulator.requests().count(LluEndpoint.CONTINUE));
    }

    @Test
    void faultsHitOnlyTheirEndpointAndCountDown() throws Exception {
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(502), 2);

        String token = client.loginToken(account, PASSWORD);
        assertEquals(502, client.get("eu", "/llu/connections", token, account.accountIdHash()).statusCode());
        assertEquals(502, client.get("eu", "/llu/connections", token, account.accountIdHash()).statusCode());
        assertEquals(200, client.get("eu", "/llu/connections", token, account.accountIdHash()).statusCode());
    }

    @Test
    void unlimitedFaultLastsUntilCleared() throws Exception {
        llu.injectFault(LluEndpoint.ANY, Fault.httpStatus(500), Integer.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            assertEquals(500, login().statusCode());
        }
        assertEquals(500, client.get("eu", "/llu/connections", "x", "y").statusCode());

        llu.clearFaults();
        assertEquals(200, login().statusCode());
    }

    @Test
    void faultsPrecedeNormalChecks() throws Exception {
        llu.injectFault(LluEndpoint.CONNECTIONS, Fault.maintenance(), 1);

        // no token at all, yet the fault answers
        HttpResponse<String> response = client.get("eu", "/llu/connections", null, null);

        assertEquals(200, response.statusCode());
        assertEquals(911, LluTestClient.json(response).get("status").getAsInt());
    }

    @Test
    void faultedRequestsAreRecorded() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.httpStatus(430), 2);
        login();
        login();
        login();

        assertEquals(3, simulator.requests().count(LluEndpoint.LOGIN));
    }

    private HttpResponse<String> login() throws Exception {
        return client.login("eu", account.email(), PASSWORD);
    }
}
