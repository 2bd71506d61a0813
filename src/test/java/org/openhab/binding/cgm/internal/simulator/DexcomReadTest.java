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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code ReadPublisherLatestGlucoseValues} of the simulated Dexcom Share cloud: sessions, limits, cadence, both
 * payload generations and trends.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomReadTest extends SimulatorTestBase {

    /** A reading instant: 5-minute boundary 2025-04-19T16:40:00Z plus a 33 s phase. */
    private static final Instant READING = Instant.parse("2025-04-19T16:40:33Z");
    private static final long READING_MS = READING.toEpochMilli();
    private static final String PASSWORD = "pw";

    private final DexcomSimulation dexcom = simulator.dexcom();
    private final DexcomTestClient client = new DexcomTestClient(simulator);
    private final DexcomAccount account = dexcom.addAccount("publisher", PASSWORD, "us");

    DexcomReadTest() {
        super(READING.plusSeconds(100));
    }

    @Test
    void modernPayloadHasTheCapturedShape() throws Exception {
        account.setSensorPhaseSeconds(33);
        account.setCurve(GlucoseCurve.constant(224));

        HttpResponse<String> response = client.read("us", session(), 10, 1);

        assertEquals(200, response.statusCode());
        assertEquals("application/json", DexcomTestClient.contentType(response));
        assertEquals("[{\"WT\":\"Date(" + READING_MS + ")\",\"ST\":\"Date(" + READING_MS + ")\",\"DT\":\"Date("
                + READING_MS + "-0500)\",\"Value\":224,\"Trend\":\"Flat\"}]", response.body());
    }

    @Test
    void legacyPayloadHasTheSeedShapeWithEscapedSlashes() throws Exception {
        account.setSensorPhaseSeconds(33);
        account.setCurve(GlucoseCurve.constant(99));
        account.setDisplayOffset(ZoneOffset.ofHours(-7));
        dexcom.setPayloadGeneration(DexcomPayload.LEGACY);

        HttpResponse<String> response = client.read("us", session(), 10, 1);

        assertEquals(
                "[{\"DT\":\"\\/Date(" + READING_MS + "-0700)\\/\",\"ST\":\"\\/Date(" + (READING_MS + 4000)
                        + ")\\/\",\"Trend\":4,\"Value\":99,\"WT\":\"\\/Date(" + READING_MS + ")\\/\"}]",
                response.body());
        JsonObject element = only(response);
        assertEquals("/Date(" + READING_MS + ")/", element.get("WT").getAsString());
        assertEquals(4, element.get("Trend").getAsInt());
    }

    @Test
    void displayOffsetOnlyChangesTheSuffix() throws Exception {
        account.setSensorPhaseSeconds(33);
        account.setDisplayOffset(ZoneOffset.ofHoursMinutes(5, 30));

        JsonObject element = only(client.read("us", session(), 10, 1));

        assertEquals("Date(" + READING_MS + "+0530)", element.get("DT").getAsString());
        assertEquals("Date(" + READING_MS + ")", element.get("WT").getAsString());
    }

    @Test
    void readingsComeEveryFiveMinutesNewestFirst() throws Exception {
        account.setSensorPhaseSeconds(33);

        List<Instant> instants = instants(client.read("us", session(), 60, 288));

        // 16:40:33 back to 15:45:33: twelve readings within the hour before 16:42:13
        assertEquals(12, instants.size());
        assertEquals(READING, instants.get(0));
        for (int i = 1; i < instants.size(); i++) {
            assertEquals(Duration.ofMinutes(5), Duration.between(instants.get(i), instants.get(i - 1)));
        }
        assertEquals(account.latestReading().instant(), instants.get(0));
        assertEquals(account.latestReading().mgPerDl(), DexcomTestClient.json(client.read("us", session(), 10, 1))
                .getAsJsonArray().get(0).getAsJsonObject().get("Value").getAsInt());
    }

    @Test
    void aBackfilledReadingAppearsLateBehindNewerOnes() throws Exception {
        account.setSensorPhaseSeconds(33);
        account.setUploads(UploadDelays.steady(3, Duration.ofSeconds(40), Duration.ZERO).withBackfills(1.0,
                Duration.ofMinutes(7), Duration.ofMinutes(7)));
        String session = session();
        // every reading 7 min late: a minute after READING, the newest visible one is two slots back
        clock.set(READING.plus(Duration.ofMinutes(1)));
        assertEquals(READING.minus(Duration.ofMinutes(10)), instants(client.read("us", session, 60, 1)).get(0));
        assertEquals(READING.plus(Duration.ofMinutes(7)), account.visibleAt(READING));
    }

    @Test
    void maxCountAndMinutesBoundTheAnswer() throws Exception {
        account.setSensorPhaseSeconds(33);
        String session = session();

        assertEquals(3, instants(client.read("us", session, 1440, 3)).size());
        assertEquals(288, instants(client.read("us", session, 1440, 288)).size());
        assertEquals(1, instants(client.read("us", session, 5, 288)).size());
        // the newest reading is 100 s old: a one-minute window holds none
        assertEquals("[]", client.read("us", session, 1, 288).body());
        // a reading exactly `minutes` old still counts
        clock.set(READING.plus(Duration.ofMinutes(10)));
        assertEquals(3, instants(client.read("us", session, 10, 288)).size());
    }

    @Test
    void readingsFollowTheClockAndThePhase() throws Exception {
        account.setSensorPhaseSeconds(33);
        String session = session();

        clock.set(READING.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertEquals(READING, instants(client.read("us", session, 10, 1)).get(0));
        clock.set(READING.plus(Duration.ofMinutes(5)));
        assertEquals(READING.plus(Duration.ofMinutes(5)), instants(client.read("us", session, 10, 1)).get(0));

        account.setSensorPhaseSeconds(299);
        assertEquals(Instant.parse("2025-04-19T16:44:59Z"), instants(client.read("us", session, 10, 1)).get(0));
        assertThrows(IllegalArgumentException.class, () -> account.setSensorPhaseSeconds(300));
    }

    @Test
    void pausedSensorAnswersAnEmptyArray() throws Exception {
        account.setSensorPhaseSeconds(33);
        String session = session();
        account.pauseReadings();
        clock.advance(Duration.ofMinutes(15));

        HttpResponse<String> recent = client.read("us", session, 10, 1);
        assertEquals(200, recent.statusCode());
        assertEquals("[]", recent.body());
        assertEquals(List.of(READING), instants(client.read("us", session, 30, 1)));
        assertEquals(READING, account.latestReading().instant());

        account.resumeReadings();
        clock.advance(Duration.ofMinutes(5));
        List<Instant> afterResume = instants(client.read("us", session, 60, 288));
        assertEquals(READING.plus(Duration.ofMinutes(20)), afterResume.get(0));
        assertFalse(afterResume.contains(READING.plus(Duration.ofMinutes(10))), "the gap stays");
        assertTrue(afterResume.contains(READING));
    }

    @Test
    void trendFollowsTheFiveMinuteSlope() throws Exception {
        String session = session();
        double[] slopes = { -3.5, -3, -2.5, -2, -1.5, -1, -0.99, 0, 0.99, 1, 1.99, 2, 2.99, 3, 4 };
        String[] names = { "DoubleDown", "DoubleDown", "SingleDown", "SingleDown", "FortyFiveDown", "FortyFiveDown",
                "Flat", "Flat", "Flat", "FortyFiveUp", "FortyFiveUp", "SingleUp", "SingleUp", "DoubleUp", "DoubleUp" };
        int[] numbers = { 7, 7, 6, 6, 5, 5, 4, 4, 4, 3, 3, 2, 2, 1, 1 };

        for (int i = 0; i < slopes.length; i++) {
            account.setCurve(GlucoseCurve.linear(Instant.parse("2025-04-19T12:03:17Z"), 150, slopes[i]));
            dexcom.setPayloadGeneration(DexcomPayload.MODERN);
            assertEquals(names[i], only(client.read("us", session, 10, 1)).get("Trend").getAsString(),
                    "slope " + slopes[i]);
            assertEquals(names[i], account.latestReading().trendName());
            assertEquals(numbers[i], account.latestReading().trendNumber());
            dexcom.setPayloadGeneration(DexcomPayload.LEGACY);
            assertEquals(numbers[i], only(client.read("us", session, 10, 1)).get("Trend").getAsInt());
        }
    }

    @Test
    void valueIsTheRoundedCurve() throws Exception {
        account.setCurve(GlucoseCurve.constant(120.5));
        assertEquals(121, only(client.read("us", session(), 10, 1)).get("Value").getAsInt());
        assertEquals(121, account.latestReading().mgPerDl());
    }

    @Test
    void sessionExpiresByTheSimulatorClock() throws Exception {
        String session = session();

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertEquals(200, client.read("us", session, 10, 1).statusCode());
        clock.advance(Duration.ofSeconds(1));
        HttpResponse<String> expired = client.read("us", session, 10, 1);
        assertEquals(500, expired.statusCode());
        assertEquals("SessionNotValid", DexcomTestClient.code(expired));
        assertEquals("Session not active or timed out. [SessionId = " + session + "]",
                DexcomTestClient.message(expired));
        assertTrue(DexcomTestClient.json(expired).getAsJsonObject().get("SubCode").getAsString()
                .contains(" ErrorCode=\"\" Type=\"6\" Category=\"5\" Severity=\"1\" TypeString=\"SessionNotValid\""));

        String fresh = session();
        assertEquals(200, client.read("us", fresh, 10, 1).statusCode());
        dexcom.setSessionLifetime(Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(30));
        assertEquals("SessionNotValid", DexcomTestClient.code(client.read("us", fresh, 10, 1)));
    }

    @Test
    void missingUnknownOrForeignSessionIsSessionIdNotFound() throws Exception {
        String session = session();
        String[] queries = { "minutes=10&maxCount=1", "sessionId=&minutes=10&maxCount=1",
                "sessionId=33333333-3333-3333-3333-333333333333&minutes=10&maxCount=1",
                "sessionId=not-a-session&minutes=10&maxCount=1" };
        for (String query : queries) {
            HttpResponse<String> response = client.read("us", query);
            assertEquals(500, response.statusCode(), query);
            assertEquals("SessionIdNotFound", DexcomTestClient.code(response), query);
            assertTrue(DexcomTestClient.message(response).startsWith("Failed to find session object."), query);
        }
        assertEquals("Failed to find session object. [SessionId = 33333333-3333-3333-3333-333333333333]",
                DexcomTestClient.message(client.read("us", queries[2])));
        // a session lives on the host that issued it
        dexcom.addAccount("publisher", PASSWORD, "ous");
        assertEquals("SessionIdNotFound", DexcomTestClient.code(client.read("ous", session, 10, 1)));
        assertEquals(200, client.read("us", session.toUpperCase(Locale.ROOT), 10, 1).statusCode());
    }

    @Test
    void zeroSessionIdGetsAnEmptyBody() throws Exception {
        HttpResponse<String> response = client.read("us", DexcomResponses.ZERO_UUID, 10, 1);

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
    }

    @Test
    void minutesAndMaxCountOutsideTheLimitsAreInvalidArgument() throws Exception {
        String session = session();
        String[][] bad = { { "0", "1", "minutes" }, { "1441", "1", "minutes" }, { "ten", "1", "minutes" },
                { "", "1", "minutes" }, { "10", "0", "maxCount" }, { "10", "289", "maxCount" },
                { "10", "1.5", "maxCount" } };
        for (String[] args : bad) {
            HttpResponse<String> response = client.read("us",
                    "sessionId=" + session + "&minutes=" + args[0] + "&maxCount=" + args[1]);
            assertEquals(500, response.statusCode(), String.join(",", args));
            assertEquals("InvalidArgument", DexcomTestClient.code(response));
            assertTrue(DexcomTestClient.message(response).contains(args[2]), response.body());
        }
        assertEquals("InvalidArgument", DexcomTestClient.code(client.read("us", "sessionId=" + session)));
        assertEquals(200, client.read("us", session, 1, 1).statusCode());
        assertEquals(200, client.read("us", session, 1440, 288).statusCode());
    }

    @Test
    void bodyAndContentTypeAreIgnoredOnRead() throws Exception {
        String session = session();
        HttpResponse<String> noBody = client
                .send(client.request("us", DexcomTestClient.READ + "?sessionId=" + session + "&minutes=10&maxCount=1")
                        .POST(HttpRequest.BodyPublishers.noBody()));

        assertEquals(200, noBody.statusCode());
        assertEquals(1, DexcomTestClient.json(noBody).getAsJsonArray().size());
    }

    private String session() throws Exception {
        return client.session(account, PASSWORD);
    }

    private static JsonObject only(HttpResponse<String> response) {
        JsonArray array = DexcomTestClient.json(response).getAsJsonArray();
        assertEquals(1, array.size(), response.body());
        return array.get(0).getAsJsonObject();
    }

    /** WT of each element, from {@code Date(ms)} in either generation. */
    private static List<Instant> instants(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        List<Instant> instants = new ArrayList<>();
        for (JsonElement element : DexcomTestClient.json(response).getAsJsonArray()) {
            String wt = element.getAsJsonObject().get("WT").getAsString();
            instants.add(Instant.ofEpochMilli(Long.parseLong(wt.replaceAll("[^0-9]", ""))));
        }
        return instants;
    }
}
