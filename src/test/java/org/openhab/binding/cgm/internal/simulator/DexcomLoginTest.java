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
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The two Dexcom Share login steps: answer shapes, names and aliases, application ids per region, the wrong-region
 * pitfall, lockout and argument errors.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomLoginTest extends SimulatorTestBase {

    private static final String PASSWORD = "p@$$w0rd";
    private static final String UUID_JSON = "\"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"";

    private final DexcomSimulation dexcom = simulator.dexcom();
    private final DexcomTestClient client = new DexcomTestClient(simulator);
    private final DexcomAccount account = dexcom.addAccount("publisher", PASSWORD, "us");

    DexcomLoginTest() {
        super(Instant.parse("2025-04-19T16:46:06Z"));
    }

    @Test
    void urlTemplateNamesTheRegionPlaceholder() {
        assertTrue(
                simulator.dexcomUrlTemplate()
                        .matches("http://127\\.0\\.0\\.1:\\d+/dexcom/\\{region}/ShareWebServices/Services"),
                simulator.dexcomUrlTemplate());
        assertTrue(account.accountId().matches(UUID_JSON.replace("\"", "")));
    }

    @Test
    void authenticateAnswersTheAccountIdAsJsonString() throws Exception {
        HttpResponse<String> response = client.authenticate("us", "publisher", PASSWORD);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(response));
        assertEquals("\"" + account.accountId() + "\"", response.body());
        assertEquals("no-cache, no-store, max-age=0, must-revalidate",
                response.headers().firstValue("cache-control").orElse(""));
    }

    @Test
    void loginByIdAnswersANewSessionIdEachTime() throws Exception {
        HttpResponse<String> first = client.loginById("us", account.accountId(), PASSWORD);
        HttpResponse<String> second = client.loginById("us", account.accountId().toUpperCase(), PASSWORD);

        assertEquals(200, first.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(first));
        assertTrue(first.body().matches(UUID_JSON), first.body());
        assertTrue(second.body().matches(UUID_JSON), second.body());
        assertNotEquals(first.body(), second.body());
        assertNotEquals("\"" + account.accountId() + "\"", first.body());
    }

    @Test
    void aliasesAndTheUserNameAreAcceptedAsAccountName() throws Exception {
        account.addAlias("Pub@Example.com");
        account.addAlias("+14155550123");
        String expected = "\"" + account.accountId() + "\"";

        assertEquals(expected, client.authenticate("us", "PUBLISHER", PASSWORD).body());
        assertEquals(expected, client.authenticate("us", "pub@example.com", PASSWORD).body());
        assertEquals(expected, client.authenticate("us", "+14155550123", PASSWORD).body());
        assertEquals(DexcomErrors.ACCOUNT_PASSWORD_INVALID,
                DexcomTestClient.code(client.authenticate("us", "14155550123", PASSWORD)));
        assertThrows(IllegalArgumentException.class, () -> account.addAlias("not an alias"));
        assertThrows(IllegalArgumentException.class,
                () -> dexcom.addAccount("other", "pw", "us").addAlias("pub@example.com"));
    }

    @Test
    void eachRegionWantsItsApplicationId() throws Exception {
        DexcomAccount japan = dexcom.addAccount("tokyo", PASSWORD, "jp");
        DexcomAccount europe = dexcom.addAccount("berlin", PASSWORD, "ous");

        assertEquals(200,
                client.authenticate("jp", "tokyo", PASSWORD, DexcomSimulation.APPLICATION_ID_JP).statusCode());
        assertEquals(200,
                client.authenticate("ous", "berlin", PASSWORD, DexcomSimulation.APPLICATION_ID_US_OUS).statusCode());
        assertInvalidArgument(client.authenticate("jp", "tokyo", PASSWORD, DexcomSimulation.APPLICATION_ID_US_OUS),
                "applicationId");
        assertInvalidArgument(client.authenticate("us", "publisher", PASSWORD, DexcomSimulation.APPLICATION_ID_JP),
                "applicationId");
        assertInvalidArgument(client.post("ous", DexcomTestClient.LOGIN_BY_ID, "{\"accountId\":\"" + europe.accountId()
                + "\",\"password\":\"" + PASSWORD + "\",\"applicationId\":\"\"}"), "applicationId");
        assertEquals(200, client.loginById("jp", japan.accountId(), PASSWORD).statusCode());
    }

    @Test
    void wrongRegionLooksExactlyLikeAWrongPassword() throws Exception {
        DexcomAccount europe = dexcom.addAccount("berlin", PASSWORD, "ous");

        HttpResponse<String> wrongRegion = client.authenticate("us", "berlin", PASSWORD);
        HttpResponse<String> wrongPassword = client.authenticate("ous", "berlin", "nope");

        for (HttpResponse<String> response : List.of(wrongRegion, wrongPassword)) {
            assertEquals(500, response.statusCode());
            assertEquals("application/json", DexcomTestClient.contentType(response));
            assertEquals("AccountPasswordInvalid", DexcomTestClient.code(response));
            assertEquals("Publisher account password failed", DexcomTestClient.message(response));
        }
        // by id, the other region does not know the account either
        assertEquals("SSO_InternalError", DexcomTestClient.code(client.loginById("us", europe.accountId(), PASSWORD)));
    }

    @Test
    void errorBodyHasTheCapturedShape() throws Exception {
        HttpResponse<String> response = client.authenticate("us", "publisher", "wrong");

        JsonObject body = DexcomTestClient.json(response).getAsJsonObject();
        assertEquals(List.of("Code", "Message", "SubCode", "TypeName"), List.copyOf(body.keySet()));
        assertEquals("FaultException", body.get("TypeName").getAsString());
        String subCode = body.get("SubCode").getAsString();
        assertTrue(subCode.matches("<OnlineException DateThrownLocal=\"2025-04-19T16:46:06\\.000000000\""
                + " DateThrown=\"2025-04-19T16:46:06\\.000000000Z\" ErrorCode=\"AccountPasswordInvalid\""
                + " Type=\"13\" Category=\"4\" Severity=\"1\" TypeString=\"InvalidPassword\""
                + " CategoryString=\"Validation\" SeverityString=\"Minor\" HostName=\"\" HostIP=\"\""
                + " Id=\"\\{[0-9a-f-]{36}}\" Message=\"Publisher account password failed\""
                + " FullText=\"com\\.dexcom\\.udp\\.common\\.data\\.exception\\.OnlineException:"
                + " Publisher account password failed\" />"), subCode);
        // quotes escaped by JSON only, the angle brackets left as they are
        assertTrue(response.body().contains("\"SubCode\":\"<OnlineException DateThrownLocal=\\\"2025-"),
                response.body());
    }

    @Test
    void locksAfterThreeWrongPasswordsUntilUnlocked() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals("AccountPasswordInvalid",
                    DexcomTestClient.code(client.authenticate("us", "publisher", "wrong")));
        }
        assertTrue(account.isLocked());

        // the right password does not help, on either step
        HttpResponse<String> locked = client.authenticate("us", "publisher", PASSWORD);
        assertEquals(500, locked.statusCode());
        assertEquals("SSO_AuthenticateMaxAttemptsExceeded", DexcomTestClient.code(locked));
        assertEquals("SSO_AuthenticateMaxAttemptsExceeded",
                DexcomTestClient.code(client.loginById("us", account.accountId(), PASSWORD)));
        clock.advance(Duration.ofDays(7));
        assertEquals("SSO_AuthenticateMaxAttemptsExceeded",
                DexcomTestClient.code(client.authenticate("us", "publisher", PASSWORD)));

        account.unlock();
        assertEquals(200, client.authenticate("us", "publisher", PASSWORD).statusCode());
    }

    @Test
    void wrongPasswordsCountOnBothStepsAndASuccessResetsTheCount() throws Exception {
        dexcom.setMaxFailedLogins(2);
        client.authenticate("us", "publisher", "wrong");
        assertEquals(200, client.loginById("us", account.accountId(), PASSWORD).statusCode());
        client.loginById("us", account.accountId(), "wrong");
        assertFalse(account.isLocked(), "one failure since the success");

        assertEquals("AccountPasswordInvalid", DexcomTestClient.code(client.authenticate("us", "publisher", "wrong")));
        assertTrue(account.isLocked());
        assertEquals("SSO_AuthenticateMaxAttemptsExceeded",
                DexcomTestClient.code(client.authenticate("us", "publisher", PASSWORD)));
    }

    @Test
    void lockedByTheTestEvenWithoutFailures() throws Exception {
        account.lock();
        assertEquals("SSO_AuthenticateMaxAttemptsExceeded",
                DexcomTestClient.code(client.authenticate("us", "publisher", PASSWORD)));
        account.unlock();
        assertEquals(200, client.authenticate("us", "publisher", PASSWORD).statusCode());
    }

    @Test
    void unknownAccountIdIsSsoInternalError() throws Exception {
        for (String id : new String[] { "77777777-7777-7777-7777-777777777777", DexcomResponses.ZERO_UUID }) {
            HttpResponse<String> response = client.loginById("us", id, PASSWORD);
            assertEquals(500, response.statusCode());
            assertEquals("SSO_InternalError", DexcomTestClient.code(response));
            assertEquals("Cannot Authenticate by AccountId", DexcomTestClient.message(response));
        }
    }

    @Test
    void missingOrMalformedArgumentsAreInvalidArgument() throws Exception {
        String app = DexcomSimulation.APPLICATION_ID_US_OUS;
        assertInvalidArgument(client.post("us", DexcomTestClient.AUTHENTICATE,
                "{\"password\":\"" + PASSWORD + "\",\"applicationId\":\"" + app + "\"}"), "accountName");
        assertInvalidArgument(client.authenticate("us", "", PASSWORD), "accountName");
        assertInvalidArgument(client.authenticate("us", "publisher", ""), "password");
        assertInvalidArgument(
                client.post("us", DexcomTestClient.AUTHENTICATE,
                        "{\"accountName\":\"publisher\",\"password\":null,\"applicationId\":\"" + app + "\"}"),
                "password");
        assertInvalidArgument(client.loginById("us", "publisher", PASSWORD), "accountId");
        assertInvalidArgument(client.loginById("us", "", PASSWORD), "accountId");
        assertInvalidArgument(client.loginById("us", account.accountId(), ""), "password");
        assertTrue(DexcomTestClient.message(client.loginById("us", "1", PASSWORD)).contains("UUID"));
        assertFalse(account.isLocked(), "argument errors are no wrong passwords");
    }

    @Test
    void onlyJsonPostsAreServed() throws Exception {
        String body = "{\"accountName\":\"publisher\",\"password\":\"" + PASSWORD + "\",\"applicationId\":\""
                + DexcomSimulation.APPLICATION_ID_US_OUS + "\"}";

        assertEquals(415, client.send(client.request("us", DexcomTestClient.AUTHENTICATE)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
        assertEquals(400, client.post("us", DexcomTestClient.AUTHENTICATE, "not json").statusCode());
        assertEquals(400, client.post("us", DexcomTestClient.AUTHENTICATE, "[]").statusCode());
        HttpResponse<String> get = client.send(client.request("us", DexcomTestClient.AUTHENTICATE).GET());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("allow").orElse(""));
        assertEquals(404, client.post("us", "/General/LoginPublisherAccountByName", body).statusCode());
        assertEquals(404, client.post("eu", DexcomTestClient.AUTHENTICATE, body).statusCode());
        assertEquals(200, client.post("us", DexcomTestClient.AUTHENTICATE, body).statusCode());
    }

    private static void assertInvalidArgument(HttpResponse<String> response, String argument) {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("InvalidArgument", DexcomTestClient.code(response));
        assertTrue(DexcomTestClient.message(response).contains(argument), response.body());
    }
}
