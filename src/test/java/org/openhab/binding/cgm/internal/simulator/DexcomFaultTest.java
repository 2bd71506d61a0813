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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Injected faults on the simulated Dexcom Share hosts, and what the request log records about Dexcom requests.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomFaultTest extends SimulatorTestBase {

    private static final Instant START = Instant.parse("2025-04-19T16:46:06Z");
    private static final String PASSWORD = "pw";

    private final DexcomSimulation dexcom = simulator.dexcom();
    private final DexcomTestClient client = new DexcomTestClient(simulator);
    private final DexcomAccount account = dexcom.addAccount("publisher", PASSWORD, "ous");

    DexcomFaultTest() {
        super(START);
    }

    @Test
    void dexcomErrorFault() throws Exception {
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.dexcomError("MonitoredReceiverNotAssigned",
                "Publisher account does not have a valid monitored receiver."), 1);
        String session = client.session(account, PASSWORD);

        HttpResponse<String> response = client.read("ous", session, 10, 1);

        assertEquals(500, response.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(response));
        JsonObject body = DexcomTestClient.json(response).getAsJsonObject();
        assertEquals("MonitoredReceiverNotAssigned", body.get("Code").getAsString());
        assertEquals("Publisher account does not have a valid monitored receiver.", body.get("Message").getAsString());
        assertEquals("FaultException", body.get("TypeName").getAsString());
        String subCode = body.get("SubCode").getAsString();
        assertTrue(subCode.startsWith("<OnlineException DateThrownLocal=\"2025-04-19T16:46:06.000000000\""), subCode);
        assertTrue(subCode.contains(" ErrorCode=\"MonitoredReceiverNotAssigned\" Type=\"14\""), subCode);
        assertTrue(subCode.endsWith(" />"), subCode);
        assertEquals(200, client.read("ous", session, 10, 1).statusCode(), "used up after one request");
    }

    @Test
    void dexcomErrorWithAnUnknownCodeStillHasTheFullShape() throws Exception {
        dexcom.injectFault(DexcomEndpoint.AUTHENTICATE, Fault.dexcomError("Mystery", "a \"quoted\" <thing>"), 1);

        HttpResponse<String> response = client.authenticate("ous", "publisher", PASSWORD);

        assertEquals(500, response.statusCode());
        assertEquals("Mystery", DexcomTestClient.code(response));
        assertEquals("a \"quoted\" <thing>", DexcomTestClient.message(response));
        String subCode = DexcomTestClient.json(response).getAsJsonObject().get("SubCode").getAsString();
        assertTrue(subCode.contains(" ErrorCode=\"Mystery\" Type=\"1\" Category=\"1\" Severity=\"1\""), subCode);
        assertTrue(subCode.contains(" Message=\"a &quot;quoted&quot; &lt;thing&gt;\""), subCode);
    }

    @Test
    void zeroUuidFault() throws Exception {
        dexcom.injectFault(DexcomEndpoint.LOGIN_BY_ID, Fault.zeroUuid(), 1);

        HttpResponse<String> response = client.loginById("ous", account.accountId(), PASSWORD);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(response));
        assertEquals("\"00000000-0000-0000-0000-000000000000\"", response.body());
        assertEquals(200, client.authenticate("ous", "publisher", PASSWORD).statusCode(), "other endpoint unaffected");
    }

    @Test
    void bareHttpStatusFaultsWithRetryAfter() throws Exception {
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(503), 1);
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(429, "120"), 1);
        String session = client.session(account, PASSWORD);

        HttpResponse<String> first = client.read("ous", session, 10, 1);
        assertEquals(503, first.statusCode());
        assertEquals("Service Unavailable", first.body());
        HttpResponse<String> second = client.read("ous", session, 10, 1);
        assertEquals(429, second.statusCode());
        assertEquals("120", second.headers().firstValue("retry-after").orElse(""));
        assertEquals(200, client.read("ous", session, 10, 1).statusCode());
    }

    @Test
    void cloudflareHtmlNamesTheDexcomHost() throws Exception {
        dexcom.injectFault(DexcomEndpoint.ANY, Fault.cloudflareHtml(), 1);

        HttpResponse<String> response = client.authenticate("ous", "publisher", PASSWORD);

        assertEquals(403, response.statusCode());
        assertTrue(DexcomTestClient.contentType(response).startsWith("text/html"));
        assertTrue(response.body().contains("<title>Attention Required! | Cloudflare</title>"));
        assertTrue(response.body().contains("shareous1.dexcom.com"));
    }

    @Test
    void truncatedJsonIsTheNormalAnswerCutShort() throws Exception {
        dexcom.injectFault(DexcomEndpoint.AUTHENTICATE, Fault.truncatedJson(), 1);

        HttpResponse<String> response = client.authenticate("ous", "publisher", PASSWORD);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(response));
        assertEquals(("\"" + account.accountId() + "\"").substring(0, 19), response.body());
        assertThrows(JsonParseException.class, () -> JsonParser.parseString(response.body()).getAsString());
    }

    @Test
    void truncatedReadingsArray() throws Exception {
        String session = client.session(account, PASSWORD);
        String normal = client.read("ous", session, 60, 12).body();
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.truncatedJson(), 1);

        HttpResponse<String> response = client.read("ous", session, 60, 12);

        assertEquals(normal.substring(0, normal.length() / 2), response.body());
        assertThrows(JsonParseException.class, () -> JsonParser.parseString(response.body()));
    }

    @Test
    void slowResponseAnswersNormallyAfterTheDelay() throws Exception {
        dexcom.injectFault(DexcomEndpoint.AUTHENTICATE, Fault.slowResponse(Duration.ofMillis(300)), 1);

        long start = System.nanoTime();
        HttpResponse<String> response = client.authenticate("ous", "publisher", PASSWORD);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("\"" + account.accountId() + "\"", response.body());
        assertTrue(elapsedMillis >= 300, "answered after " + elapsedMillis + " ms");
    }

    @Test
    void slowResponseOutlastsAShorterClientTimeout() throws Exception {
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.slowResponse(Duration.ofSeconds(30)), 1);
        HttpRequest request = client.request("ous", DexcomTestClient.READ + "?sessionId=x&minutes=10&maxCount=1")
                .timeout(Duration.ofMillis(200)).POST(HttpRequest.BodyPublishers.ofString("{}")).build();

        assertThrows(HttpTimeoutException.class,
                () -> client.http().send(request, HttpResponse.BodyHandlers.ofString()));
        assertTrue(simulator.requests().awaitCount(DexcomEndpoint.READ_GLUCOSE, 1, Duration.ofSeconds(10)));
    }

    @Test
    void connectionResetOnEveryEndpointCountsDown() throws Exception {
        dexcom.injectFault(DexcomEndpoint.AUTHENTICATE, Fault.connectionReset(), 1);
        dexcom.injectFault(DexcomEndpoint.LOGIN_BY_ID, Fault.connectionReset(), 1);
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.connectionReset(), 2);

        assertConnectionDropped(() -> client.authenticate("ous", "publisher", PASSWORD));
        assertConnectionDropped(() -> client.loginById("ous", account.accountId(), PASSWORD));
        // both login faults are used up
        String session = client.session(account, PASSWORD);
        assertConnectionDropped(() -> client.read("ous", session, 10, 1));
        assertConnectionDropped(() -> client.read("ous", session, 10, 1));
        assertEquals(200, client.read("ous", session, 10, 1).statusCode());

        // dropped requests are recorded like answered ones
        assertEquals(2, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(2, simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
        assertEquals(3, simulator.requests().count(DexcomEndpoint.READ_GLUCOSE));
    }

    @Test
    void faultsPrecedeNormalChecksAndCountDown() throws Exception {
        dexcom.injectFault(DexcomEndpoint.ANY, Fault.httpStatus(502), 2);

        // no session and no body at all, yet the fault answers
        assertEquals(502, client.read("ous", "").statusCode());
        assertEquals(502, client.post("ous", DexcomTestClient.LOGIN_BY_ID, "").statusCode());
        assertEquals("SessionIdNotFound", DexcomTestClient.code(client.read("ous", "")));
    }

    @Test
    void unlimitedFaultLastsUntilCleared() throws Exception {
        dexcom.injectFault(DexcomEndpoint.AUTHENTICATE, Fault.dexcomError("SSO_InternalError", "down"),
                Integer.MAX_VALUE);
        for (int i = 0; i < 5; i++) {
            assertEquals("SSO_InternalError", DexcomTestClient.code(client.authenticate("ous", "publisher", PASSWORD)));
        }
        assertEquals(200, client.loginById("ous", account.accountId(), PASSWORD).statusCode());

        dexcom.clearFaults();
        assertEquals(200, client.authenticate("ous", "publisher", PASSWORD).statusCode());
    }

    @Test
    void libreLinkUpFaultsDoNotReachDexcomNorTheOtherWayRound() throws Exception {
        simulator.libreLinkUp().injectFault(LluEndpoint.ANY, Fault.httpStatus(500), Integer.MAX_VALUE);
        dexcom.injectFault(DexcomEndpoint.ANY, Fault.httpStatus(503), 1);

        assertEquals(503, client.authenticate("ous", "publisher", PASSWORD).statusCode());
        assertEquals(200, client.authenticate("ous", "publisher", PASSWORD).statusCode());
        assertEquals(500, new LluTestClient(simulator).login("eu", "x@example.com", "pw").statusCode());
    }

    @Test
    void requestLogRecordsDexcomRequestsWithTheirQuery() throws Exception {
        dexcom.injectFault(DexcomEndpoint.LOGIN_BY_ID, Fault.httpStatus(500), 1);
        client.authenticate("ous", "publisher", PASSWORD);
        client.loginById("ous", account.accountId(), PASSWORD);
        clock.advance(Duration.ofMinutes(1));
        String session = client.session(account, PASSWORD);
        client.read("ous", session, 1440, 288);
        client.send(client.request("ous", DexcomTestClient.READ).GET());

        List<RecordedRequest> all = simulator.requests().forVendor("dexcom");
        assertEquals(6, all.size());
        RecordedRequest first = all.get(0);
        assertEquals(START, first.at());
        assertEquals("dexcom", first.vendor());
        assertEquals("ous", first.region());
        assertEquals("POST", first.method());
        assertEquals("/ShareWebServices/Services/General/AuthenticatePublisherAccount", first.path());
        assertEquals("", first.query());
        assertEquals("application/json", first.header("Content-Type"));
        assertTrue(first.body().contains("\"accountName\":\"publisher\""));

        RecordedRequest read = all.get(4);
        assertEquals(START.plus(Duration.ofMinutes(1)), read.at());
        assertEquals("/ShareWebServices/Services/Publisher/ReadPublisherLatestGlucoseValues", read.path());
        assertEquals("sessionId=" + session + "&minutes=1440&maxCount=288", read.query());
        assertEquals(session, read.queryParameter("sessionId"));
        assertEquals("288", read.queryParameter("maxCount"));
        assertNull(read.queryParameter("maxcount"), "names are case-sensitive");
        assertEquals("{}", read.body());

        assertEquals(2, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(2, simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID), "the faulted one included");
        assertEquals(1, simulator.requests().count(DexcomEndpoint.READ_GLUCOSE), "GET is no endpoint request");
        assertEquals(6, simulator.requests().count(DexcomEndpoint.ANY));
        assertEquals(0, simulator.requests().count(LluEndpoint.ANY));
        assertEquals(1, simulator.requests().countPath("POST", "/ReadPublisherLatestGlucoseValues"));
        assertEquals(2, simulator.requests().countPath("post", "/LoginPublisherAccountById"));
    }
}
