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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Login behaviour of the simulated LibreLinkUp cloud: success shape, redirect, bad credentials, lockout, version
 * floor and terms steps.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpLoginTest extends SimulatorTestBase {

    private static final Instant START = Instant.parse("2026-03-14T12:00:10Z");
    private static final String EMAIL = "follower@example.com";
    private static final String PASSWORD = "s3cret!";
    private static final String LOCKOUT_BODY = "{\"status\":429,\"data\":{\"code\":60,\"data\":{\"failures\":3,"
            + "\"interval\":60,\"lockout\":300},\"message\":\"locked\"}}";

    private final LluTestClient client = new LluTestClient(simulator);
    private final LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");

    LibreLinkUpLoginTest() {
        super(START);
    }

    @BeforeEach
    void nameAccount() {
        account.setName("Jane", "Roe");
    }

    @Test
    void successHasTheCapturedShape() throws Exception {
        HttpResponse<String> response = client.login("eu", EMAIL, PASSWORD);

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonObject body = LluTestClient.json(response);
        assertEquals(0, body.get("status").getAsInt());
        JsonObject user = body.getAsJsonObject("data").getAsJsonObject("user");
        assertEquals(account.userId(), user.get("id").getAsString());
        assertEquals("Jane", user.get("firstName").getAsString());
        assertEquals("Roe", user.get("lastName").getAsString());
        assertEquals(EMAIL, user.get("email").getAsString());
        assertEquals("DE", user.get("country").getAsString());
        assertEquals("1", user.get("uom").getAsString());
        JsonObject ticket = body.getAsJsonObject("data").getAsJsonObject("authTicket");
        assertEquals(3, ticket.get("token").getAsString().split("\\.").length, "JWT-shaped token");
        assertEquals(START.getEpochSecond() + 15_552_000L, ticket.get("expires").getAsLong());
        assertEquals(15_552_000_000L, ticket.get("duration").getAsLong());
    }

    @Test
    void emailIsCaseInsensitive() throws Exception {
        assertEquals(0,
                LluTestClient.json(client.login("eu", "Follower@Example.COM", PASSWORD)).get("status").getAsInt());
    }

    @Test
    void globalAndWrongRegionalHostsRedirectToTheHomeRegion() throws Exception {
        for (String host : new String[] { "global", "us", "eu2" }) {
            HttpResponse<String> response = client.login(host, EMAIL, PASSWORD);
            assertEquals(200, response.statusCode());
            assertEquals("{\"status\":0,\"data\":{\"redirect\":true,\"region\":\"eu\"}}", response.body(), host);
        }
    }

    @Test
    void wrongPasswordAndUnknownEmailAreStatus2() throws Exception {
        String expected = "{\"status\":2,\"error\":{\"message\":\"incorrect username/password\"}}";
        HttpResponse<String> wrongPassword = client.login("eu", EMAIL, "nope");
        assertEquals(200, wrongPassword.statusCode());
        assertEquals(expected, wrongPassword.body());
        assertEquals(expected, client.login("eu", "stranger@example.com", PASSWORD).body());
        // wrong credentials are not redirected: the global host says the same
        assertEquals(expected, client.login("global", EMAIL, "nope").body());
    }

    @Test
    void threeFailuresWithinAMinuteLockTheAccountForFiveMinutes() throws Exception {
        client.login("eu", EMAIL, "wrong1");
        clock.advance(Duration.ofSeconds(20));
        client.login("eu", EMAIL, "wrong2");
        clock.advance(Duration.ofSeconds(20));
        assertEquals(2, LluTestClient.json(client.login("eu", EMAIL, "wrong3")).get("status").getAsInt());

        HttpResponse<String> locked = client.login("eu", EMAIL, PASSWORD);
        assertEquals(429, locked.statusCode());
        assertEquals(LOCKOUT_BODY, locked.body());

        clock.advance(Duration.ofSeconds(299));
        assertEquals(429, client.login("eu", EMAIL, PASSWORD).statusCode(), "still locked after 299 s");
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> unlocked = client.login("eu", EMAIL, PASSWORD);
        assertEquals(200, unlocked.statusCode());
        assertEquals(0, LluTestClient.json(unlocked).get("status").getAsInt());
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotLock() throws Exception {
        client.login("eu", EMAIL, "wrong1");
        clock.advance(Duration.ofSeconds(31));
        client.login("eu", EMAIL, "wrong2");
        clock.advance(Duration.ofSeconds(29));
        client.login("eu", EMAIL, "wrong3");

        assertEquals(0, LluTestClient.json(client.login("eu", EMAIL, PASSWORD)).get("status").getAsInt());
    }

    @Test
    void successResetsTheFailureCount() throws Exception {
        client.login("eu", EMAIL, "wrong1");
        client.login("eu", EMAIL, "wrong2");
        client.login("eu", EMAIL, PASSWORD);
        client.login("eu", EMAIL, "wrong3");

        assertEquals(200, client.login("eu", EMAIL, PASSWORD).statusCode());
    }

    @Test
    void versionBelowTheFloorGets920() throws Exception {
        HttpResponse<String> old = client.login("eu", EMAIL, PASSWORD, "4.12.0");
        assertEquals(403, old.statusCode());
        assertEquals("{\"data\":{\"minimumVersion\":\"4.16.0\"},\"status\":920}", old.body());
        assertEquals(403, client.login("eu", EMAIL, PASSWORD, null).statusCode(), "no version header");
        assertEquals(200, client.login("eu", EMAIL, PASSWORD, "4.16").statusCode(), "4.16 equals 4.16.0");

        simulator.libreLinkUp().setMinimumVersion("4.17.0");
        HttpResponse<String> raised = client.login("eu", EMAIL, PASSWORD, "4.16.0");
        assertEquals("{\"data\":{\"minimumVersion\":\"4.17.0\"},\"status\":920}", raised.body());
        assertEquals(200, client.login("eu", EMAIL, PASSWORD, "4.17.0").statusCode());
    }

    @Test
    void unknownProductIsRefused() throws Exception {
        HttpResponse<String> response = client.send(client.request("eu", "/llu/auth/login", LluTestClient.VERSION)
                .setHeader("product", "curl").POST(java.net.http.HttpRequest.BodyPublishers
                        .ofString("{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}")));
        assertEquals(403, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void pendingTermsAreStepsUntilAcceptedViaAuthContinue() throws Exception {
        account.requireTerms("tou", "pp");

        JsonObject tou = LluTestClient.json(client.login("eu", EMAIL, PASSWORD));
        assertEquals(4, tou.get("status").getAsInt());
        JsonObject data = tou.getAsJsonObject("data");
        JsonObject step = data.getAsJsonObject("step");
        assertEquals("tou", step.get("type").getAsString());
        assertEquals("AcceptDocument", step.get("componentName").getAsString());
        assertTrue(step.getAsJsonObject("props").get("reaccept").getAsBoolean());
        assertEquals("tou", step.getAsJsonObject("props").get("type").getAsString());
        assertEquals("Common.termsOfUse", step.getAsJsonObject("props").get("titleKey").getAsString());
        // as real step answers: the user without id
        assertNull(data.getAsJsonObject("user").get("id"));
        assertEquals("pat", data.getAsJsonObject("user").get("accountType").getAsString());
        JsonObject stepTicket = data.getAsJsonObject("authTicket");
        assertEquals(3_600_000L, stepTicket.get("duration").getAsLong());
        String stepToken = stepTicket.get("token").getAsString();

        // the step token opens nothing but /auth/continue
        assertEquals(401, client.get("eu", "/llu/connections", stepToken, account.accountIdHash()).statusCode());

        JsonObject pp = LluTestClient.json(client.continueStep("eu", "tou", stepToken));
        assertEquals(4, pp.get("status").getAsInt());
        assertEquals("pp", pp.getAsJsonObject("data").getAsJsonObject("step").get("type").getAsString());
        String ppToken = pp.getAsJsonObject("data").getAsJsonObject("authTicket").get("token").getAsString();

        JsonObject done = LluTestClient.json(client.continueStep("eu", "pp", ppToken));
        assertEquals(0, done.get("status").getAsInt());
        JsonObject session = done.getAsJsonObject("data").getAsJsonObject("authTicket");
        assertEquals(15_552_000_000L, session.get("duration").getAsLong());
        assertEquals(200,
                client.get("eu", "/llu/connections", session.get("token").getAsString(), account.accountIdHash())
                        .statusCode());
        assertTrue(account.pendingSteps().isEmpty());
        assertEquals(0, LluTestClient.json(client.login("eu", EMAIL, PASSWORD)).get("status").getAsInt());
    }

    @Test
    void stepTokenExpiresAfterAnHourAndSessionTokensCannotContinue() throws Exception {
        account.requireTerms("pp");
        String stepToken = LluTestClient.json(client.login("eu", EMAIL, PASSWORD)).getAsJsonObject("data")
                .getAsJsonObject("authTicket").get("token").getAsString();

        assertEquals(400, client.continueStep("eu", "tou", stepToken).statusCode(), "tou is not pending");
        clock.advance(Duration.ofHours(1));
        HttpResponse<String> expired = client.continueStep("eu", "pp", stepToken);
        assertEquals(401, expired.statusCode());
        assertEquals("{\"message\":\"invalid or expired jwt\"}", expired.body());
        assertEquals(1, account.pendingSteps().size());
    }
}
