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

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Fixture mode: the seed 000 capture served byte for byte, behind the usual login and header checks.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpFixtureTest extends SimulatorTestBase {

    private static final String CAPTURE_EMAIL = "your-libre-email@provider.com";
    private static final String CAPTURE_PASSWORD = "$yOurVerySecretPasSw0rd!";
    private static final String CAPTURE_USER_ID = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";
    private static final String CAPTURE_PATIENT_ID = "xxxxxxx";

    private final LluTestClient client = new LluTestClient(simulator);

    LibreLinkUpFixtureTest() {
        super(Instant.parse("2026-03-14T12:00:10Z"));
    }

    @BeforeEach
    void fixtureMode() {
        simulator.libreLinkUp().addAccount(CAPTURE_EMAIL, CAPTURE_PASSWORD, "eu");
        simulator.libreLinkUp().useSeedFixtures(true);
    }

    @Test
    void fixtureFilesAreTheCapturedJson() throws Exception {
        for (String name : new String[] { "seed-login.json", "seed-connections.json", "seed-graph.json" }) {
            String text = new String(fixture(name), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("{\n\"status\": 0,"), name);
            assertTrue(text.endsWith("}\n") && !text.endsWith("}\n\n"), name);
            assertTrue(JsonParser.parseString(text).isJsonObject(), name);
        }
    }

    @Test
    void loginConnectionsAndGraphAreServedByteForByte() throws Exception {
        HttpResponse<byte[]> login = client.http().send(loginRequest(CAPTURE_PASSWORD),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, login.statusCode());
        assertArrayEquals(fixture("seed-login.json"), login.body());

        JsonObject loginJson = JsonParser.parseString(new String(login.body(), StandardCharsets.UTF_8))
                .getAsJsonObject();
        String token = loginJson.getAsJsonObject("data").getAsJsonObject("authTicket").get("token").getAsString();
        String accountId = LluAccount.sha256Hex(CAPTURE_USER_ID);

        HttpResponse<byte[]> connections = client.getBytes("eu", "/llu/connections", token, accountId);
        assertEquals(200, connections.statusCode());
        assertArrayEquals(fixture("seed-connections.json"), connections.body());

        HttpResponse<byte[]> graph = client.getBytes("eu", "/llu/connections/" + CAPTURE_PATIENT_ID + "/graph", token,
                accountId);
        assertEquals(200, graph.statusCode());
        assertArrayEquals(fixture("seed-graph.json"), graph.body());
    }

    @Test
    void loginStillChecksThePassword() throws Exception {
        HttpResponse<String> response = client.http().send(loginRequest("wrong"), HttpResponse.BodyHandlers.ofString());

        assertEquals(2, LluTestClient.json(response).get("status").getAsInt());
    }

    @Test
    void captureTokenNeedsTheCapturesAccountId() throws Exception {
        String token = captureToken();

        assertEquals(400, client.get("eu", "/llu/connections", token, null).statusCode());
        HttpResponse<String> mismatch = client.get("eu", "/llu/connections", token, LluAccount.sha256Hex("other"));
        assertEquals(401, mismatch.statusCode());
        assertEquals("{\"message\":\"AccountIdMismatch\"}", mismatch.body());
        assertEquals(401,
                client.get("eu", "/llu/connections", "made-up", LluAccount.sha256Hex(CAPTURE_USER_ID)).statusCode());
    }

    @Test
    void graphOfAnotherPatientCouldNotBeLoaded() throws Exception {
        HttpResponse<String> response = client.get("eu", "/llu/connections/someone/graph", captureToken(),
                LluAccount.sha256Hex(CAPTURE_USER_ID));

        assertEquals("{\"status\":4,\"error\":{\"message\":\"couldNotLoadPatient\"}}", response.body());
    }

    @Test
    void switchingFixturesOffRestoresSimulatedAnswers() throws Exception {
        simulator.libreLinkUp().useSeedFixtures(false);
        HttpResponse<String> response = client.http().send(loginRequest(CAPTURE_PASSWORD),
                HttpResponse.BodyHandlers.ofString());

        String userId = LluTestClient.json(response).getAsJsonObject("data").getAsJsonObject("user").get("id")
                .getAsString();
        assertNotEquals(CAPTURE_USER_ID, userId);
    }

    private String captureToken() throws Exception {
        HttpResponse<String> login = client.http().send(loginRequest(CAPTURE_PASSWORD),
                HttpResponse.BodyHandlers.ofString());
        return LluTestClient.json(login).getAsJsonObject("data").getAsJsonObject("authTicket").get("token")
                .getAsString();
    }

    private HttpRequest loginRequest(String password) {
        JsonObject body = new JsonObject();
        body.addProperty("email", CAPTURE_EMAIL);
        body.addProperty("password", password);
        return client.request("eu", "/llu/auth/login", LluTestClient.VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = LibreLinkUpFixtureTest.class.getResourceAsStream("/fixtures/librelinkup/" + name)) {
            assertNotNull(in, "fixture on the test classpath: " + name);
            return in.readAllBytes();
        }
    }
}
