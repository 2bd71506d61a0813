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
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Checks in front of the authenticated LibreLinkUp endpoints: Account-Id, bearer token, expiry by the simulator
 * clock, home-region hosts and the rolling ticket.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpAuthTest extends SimulatorTestBase {

    private static final Instant START = Instant.parse("2026-03-14T12:00:10Z");
    private static final String PASSWORD = "pw";

    private final LluTestClient client = new LluTestClient(simulator);
    private final LluAccount account = simulator.libreLinkUp().addAccount("a@example.com", PASSWORD, "us");

    LibreLinkUpAuthTest() {
        super(START);
    }

    @Test
    void missingAccountIdIsRequiredHeaderMissing() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        HttpResponse<String> response = client.get("us", "/llu/connections", token, null);

        assertEquals(400, response.statusCode());
        assertEquals("{\"message\":\"RequiredHeaderMissing\"}", response.body());
    }

    @Test
    void withoutVersionHeaderAccountIdIsStillRequired() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        HttpResponse<String> response = client
                .send(client.request("us", "/llu/connections", null).header("Authorization", "Bearer " + token).GET());

        assertEquals(400, response.statusCode());
        assertEquals("{\"message\":\"RequiredHeaderMissing\"}", response.body());
    }

    @Test
    void wrongAccountIdIsAccountIdMismatch() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        HttpResponse<String> response = client.get("us", "/llu/connections", token,
                LluAccount.sha256Hex("someone-else"));

        assertEquals(401, response.statusCode());
        assertEquals("{\"message\":\"AccountIdMismatch\"}", response.body());
    }

    @Test
    void accountIdIsTheLowercaseHexSha256OfTheUserId() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", LluAccount.sha256Hex("abc"));
        assertEquals(LluAccount.sha256Hex(account.userId()), account.accountIdHash());
    }

    @Test
    void appsOlderThan411NeedNoAccountIdWhenTheFloorAllowsThem() throws Exception {
        simulator.libreLinkUp().setMinimumVersion("4.7.0");
        HttpResponse<String> login = client.login("us", account.email(), PASSWORD, "4.7.0");
        String token = LluTestClient.json(login).getAsJsonObject("data").getAsJsonObject("authTicket").get("token")
                .getAsString();

        HttpResponse<String> response = client.send(
                client.request("us", "/llu/connections", "4.7.0").header("Authorization", "Bearer " + token).GET());

        assertEquals(200, response.statusCode());
    }

    @Test
    void oldVersionOnDataEndpointsGets920() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        HttpResponse<String> response = client.send(client.request("us", "/llu/connections", "4.12.0")
                .header("Authorization", "Bearer " + token).header("Account-Id", account.accountIdHash()).GET());

        assertEquals(403, response.statusCode());
        assertEquals(920, LluTestClient.json(response).get("status").getAsInt());
    }

    @Test
    void missingUnknownOrMalformedTokenIsInvalidJwt() throws Exception {
        for (String token : new String[] { "", "not-a-token" }) {
            HttpResponse<String> response = client.get("us", "/llu/connections", token.isEmpty() ? null : token,
                    account.accountIdHash());
            assertEquals(401, response.statusCode());
            assertEquals("{\"message\":\"invalid or expired jwt\"}", response.body());
        }
    }

    @Test
    void tokenExpiresBySimulatorClock() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        clock.advance(Duration.ofDays(180).minusSeconds(1));
        assertEquals(200, client.get("us", "/llu/connections", token, account.accountIdHash()).statusCode());
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = client.get("us", "/llu/connections", token, account.accountIdHash());
        assertEquals(401, expired.statusCode());
        assertEquals("{\"message\":\"invalid or expired jwt\"}", expired.body());
    }

    @Test
    void tokenWorksOnlyOnTheHomeRegionHost() throws Exception {
        String token = client.loginToken(account, PASSWORD);

        assertEquals(401, client.get("global", "/llu/connections", token, account.accountIdHash()).statusCode());
        assertEquals(401, client.get("eu", "/llu/connections", token, account.accountIdHash()).statusCode());
        assertEquals(200, client.get("us", "/llu/connections", token, account.accountIdHash()).statusCode());
    }

    @Test
    void everySuccessCarriesAFreshTicketAndOldTokensStayValid() throws Exception {
        String first = client.loginToken(account, PASSWORD);
        clock.advance(Duration.ofMinutes(10));

        JsonObject ticket = LluTestClient.json(client.get("us", "/llu/connections", first, account.accountIdHash()))
                .getAsJsonObject("ticket");
        String second = ticket.get("token").getAsString();
        assertNotEquals(first, second);
        assertEquals(START.plus(Duration.ofMinutes(10)).getEpochSecond() + 15_552_000L,
                ticket.get("expires").getAsLong());
        assertEquals(15_552_000_000L, ticket.get("duration").getAsLong());

        assertEquals(200, client.get("us", "/llu/connections", second, account.accountIdHash()).statusCode());
        assertEquals(200, client.get("us", "/llu/connections", first, account.accountIdHash()).statusCode());

        // the newer token outlives the first one
        clock.set(START.plus(Duration.ofDays(180)));
        assertEquals(401, client.get("us", "/llu/connections", first, account.accountIdHash()).statusCode());
        assertEquals(200, client.get("us", "/llu/connections", second, account.accountIdHash()).statusCode());
    }

    @Test
    void unknownPathsAndHostsAre404() throws Exception {
        String token = client.loginToken(account, PASSWORD);
        assertEquals(404, client.get("us", "/llu/unknown", token, account.accountIdHash()).statusCode());
        assertEquals(404, client.get("xx", "/llu/connections", token, account.accountIdHash()).statusCode());
    }
}
