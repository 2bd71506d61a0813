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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Connections, readings and graph of the simulated LibreLinkUp cloud.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpDataTest extends SimulatorTestBase {

    /** 2026-03-14: Berlin is on CET (+1), New York already on EDT (-4). */
    private static final Instant START = Instant.parse("2026-03-14T12:00:10Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LLU_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);
    private static final String PASSWORD = "pw";

    private final LluTestClient client = new LluTestClient(simulator);
    private final LluAccount account = simulator.libreLinkUp().addAccount("f@example.com", PASSWORD, "eu");

    LibreLinkUpDataTest() {
        super(START);
    }

    @Test
    void accountWithoutPatientsHasNoConnections() throws Exception {
        JsonObject body = connections(client.loginToken(account, PASSWORD));

        assertEquals(0, body.get("status").getAsInt());
        assertEquals(0, body.getAsJsonArray("data").size());
        assertTrue(body.getAsJsonObject("ticket").has("token"));
    }

    @Test
    void connectionHasTheCapturedShape() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);

        JsonObject connection = onlyConnection();

        assertEquals(List.of("id", "patientId", "country", "status", "firstName", "lastName", "targetLow", "targetHigh",
                "uom", "sensor", "alarmRules", "glucoseMeasurement", "glucoseItem", "glucoseAlarm", "patientDevice",
                "created"), new ArrayList<>(connection.keySet()));
        assertEquals("p-1", connection.get("patientId").getAsString());
        assertEquals("John", connection.get("firstName").getAsString());
        assertEquals(70, connection.get("targetLow").getAsInt());
        assertEquals(180, connection.get("targetHigh").getAsInt());
        assertEquals(1, connection.get("uom").getAsInt());
        assertTrue(connection.get("glucoseAlarm").isJsonNull());
        assertEquals(Set.of("deviceId", "sn", "a", "w", "pt"), connection.getAsJsonObject("sensor").keySet());
        assertEquals(40068, connection.getAsJsonObject("patientDevice").get("dtid").getAsInt());
        JsonObject item = connection.getAsJsonObject("glucoseItem");
        assertEquals(
                List.of("FactoryTimestamp", "Timestamp", "type", "ValueInMgPerDl", "TrendArrow", "TrendMessage",
                        "MeasurementColor", "GlucoseUnits", "Value", "isHigh", "isLow"),
                new ArrayList<>(item.keySet()));
        assertEquals(connection.get("glucoseMeasurement"), item);
        assertEquals(1, item.get("type").getAsInt());
        assertTrue(item.get("TrendMessage").isJsonNull());
        assertEquals(patient.latestReading().mgPerDl(), item.get("ValueInMgPerDl").getAsInt());
    }

    @Test
    void aReadingIsServedOnlyOnceThePhoneUploadedIt() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        patient.setSensorPhaseSeconds(17);
        patient.setUploads(UploadDelays.steady(1, Duration.ofSeconds(25), Duration.ZERO));
        String token = client.loginToken(account, PASSWORD);
        Instant taken = Instant.parse("2026-03-14T12:00:17Z");
        assertEquals(taken.plusSeconds(25), patient.visibleAt(taken));

        clock.set(taken.plusSeconds(24));
        assertEquals("3/14/2026 11:59:17 AM", currentItem(token).get("FactoryTimestamp").getAsString());
        clock.set(taken.plusSeconds(25));
        assertEquals("3/14/2026 12:00:17 PM", currentItem(token).get("FactoryTimestamp").getAsString());
        assertEquals(List.of(taken.minusSeconds(60), taken),
                patient.takenBetween(taken.minusSeconds(60), taken.plusSeconds(1)));
    }

    @Test
    void aNewReadingArrivesEachSimulatedMinuteAtThePhaseOffset() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        patient.setSensorPhaseSeconds(17);
        String token = client.loginToken(account, PASSWORD);

        JsonObject item = currentItem(token);
        assertEquals("3/14/2026 11:59:17 AM", item.get("FactoryTimestamp").getAsString());
        assertEquals("3/14/2026 12:59:17 PM", item.get("Timestamp").getAsString());

        clock.set(Instant.parse("2026-03-14T12:00:16Z"));
        assertEquals("3/14/2026 11:59:17 AM", currentItem(token).get("FactoryTimestamp").getAsString());

        clock.set(Instant.parse("2026-03-14T12:00:17Z"));
        JsonObject next = currentItem(token);
        assertEquals("3/14/2026 12:00:17 PM", next.get("FactoryTimestamp").getAsString());
        assertEquals("3/14/2026 1:00:17 PM", next.get("Timestamp").getAsString());
        assertEquals(Instant.parse("2026-03-14T12:00:17Z"), patient.latestReading().instant());
        assertEquals(patient.latestReading().mgPerDl(), next.get("ValueInMgPerDl").getAsInt());

        clock.advance(Duration.ofSeconds(59));
        assertEquals("3/14/2026 12:00:17 PM", currentItem(token).get("FactoryTimestamp").getAsString());
        clock.advance(Duration.ofSeconds(1));
        assertEquals("3/14/2026 12:01:17 PM", currentItem(token).get("FactoryTimestamp").getAsString());
    }

    @Test
    void timestampIsThePatientsPhoneLocalTime() throws Exception {
        LluPatient patient = account.addPatient("p-ny", "Ann", "Lee", GlucoseUnitCode.MG_DL, NEW_YORK);
        patient.setSensorPhaseSeconds(5);

        JsonObject item = currentItem(client.loginToken(account, PASSWORD));

        assertEquals("3/14/2026 12:00:05 PM", item.get("FactoryTimestamp").getAsString());
        assertEquals("3/14/2026 8:00:05 AM", item.get("Timestamp").getAsString());
    }

    @Test
    void trendArrowFollowsTheSlope() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        String token = client.loginToken(account, PASSWORD);
        double[] slopes = { -2.5, -2.0, -1.5, -1.0, 0.0, 0.99, 1.0, 1.99, 2.0, 3.0 };
        int[] arrows = { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 };
        for (int i = 0; i < slopes.length; i++) {
            patient.setCurve(GlucoseCurve.linear(START, 120, slopes[i]));
            assertEquals(arrows[i], currentItem(token).get("TrendArrow").getAsInt(), "slope " + slopes[i]);
        }
    }

    @Test
    void colourAndSensorFlagsFollowTargetsAndSensorRange() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        String token = client.loginToken(account, PASSWORD);
        int[] values = { 30, 69, 70, 180, 181, 250, 251, 450 };
        int[] colours = { 4, 4, 1, 1, 2, 2, 3, 3 };
        for (int i = 0; i < values.length; i++) {
            patient.setCurve(GlucoseCurve.constant(values[i]));
            JsonObject item = currentItem(token);
            assertEquals(values[i], item.get("ValueInMgPerDl").getAsInt());
            assertEquals(colours[i], item.get("MeasurementColor").getAsInt(), "value " + values[i]);
            assertEquals(values[i] > 400, item.get("isHigh").getAsBoolean(), "isHigh at " + values[i]);
            assertEquals(values[i] < 40, item.get("isLow").getAsBoolean(), "isLow at " + values[i]);
        }
        patient.setTargets(80, 140);
        patient.setCurve(GlucoseCurve.constant(75));
        assertEquals(4, currentItem(token).get("MeasurementColor").getAsInt());
        assertEquals(80, onlyConnection(token).get("targetLow").getAsInt());
    }

    @Test
    void mmolPatientsGetValueInMmolRoundedToOneDecimal() throws Exception {
        LluPatient patient = account.addPatient("p-1", "Jan", "Jansen", GlucoseUnitCode.MMOL, BERLIN);
        String token = client.loginToken(account, PASSWORD);

        patient.setCurve(GlucoseCurve.constant(100));
        JsonObject item = currentItem(token);
        assertEquals(0, item.get("GlucoseUnits").getAsInt());
        assertEquals(100, item.get("ValueInMgPerDl").getAsInt());
        assertEquals(5.5, item.get("Value").getAsDouble());
        assertEquals(0, onlyConnection(token).get("uom").getAsInt());

        patient.setCurve(GlucoseCurve.constant(180));
        assertEquals("10.0", currentItem(token).get("Value").toString());
        assertEquals(10.0, patient.latestReading().value());
    }

    @Test
    void defaultCurveCrossesTargetsAndShowsEveryArrowWithinTwoDays() {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        Set<Integer> colours = new TreeSet<>();
        Set<Integer> arrows = new TreeSet<>();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int minute = 0; minute < 2 * 24 * 60; minute++) {
            SimReading reading = patient.latestReading();
            colours.add(reading.color());
            arrows.add(reading.trendArrow());
            min = Math.min(min, reading.mgPerDl());
            max = Math.max(max, reading.mgPerDl());
            clock.advance(Duration.ofMinutes(1));
        }
        assertTrue(colours.containsAll(Set.of(1, 2, 4)), "colours seen: " + colours);
        assertEquals(Set.of(1, 2, 3, 4, 5), arrows);
        assertTrue(min >= 30 && max <= 260, "range " + min + ".." + max);
    }

    @Test
    void patientsFollowDifferentCurves() {
        LluPatient first = account.addPatient("p-1", "A", "A", GlucoseUnitCode.MG_DL, BERLIN);
        LluPatient second = account.addPatient("p-2", "B", "B", GlucoseUnitCode.MG_DL, BERLIN);
        int differing = 0;
        for (int i = 0; i < 12; i++) {
            if (first.latestReading().mgPerDl() != second.latestReading().mgPerDl()) {
                differing++;
            }
            clock.advance(Duration.ofMinutes(10));
        }
        assertTrue(differing >= 10, "only " + differing + " of 12 samples differ");
    }

    @Test
    void pausedReadingsFreezeAndLeaveAGapInTheGraph() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        patient.setSensorPhaseSeconds(17);
        String token = client.loginToken(account, PASSWORD);

        patient.pauseReadings();
        clock.advance(Duration.ofMinutes(10));
        assertEquals("3/14/2026 11:59:17 AM", currentItem(token).get("FactoryTimestamp").getAsString());
        assertEquals(Instant.parse("2026-03-14T11:59:17Z"), patient.latestReading().instant());

        patient.resumeReadings();
        clock.advance(Duration.ofMinutes(1));
        assertEquals("3/14/2026 12:10:17 PM", currentItem(token).get("FactoryTimestamp").getAsString());

        clock.advance(Duration.ofMinutes(40));
        List<Instant> times = graphTimes(graph(token, "p-1"));
        Instant pauseStart = START;
        Instant pauseEnd = START.plus(Duration.ofMinutes(10));
        assertTrue(times.stream().noneMatch(t -> t.isAfter(pauseStart) && t.isBefore(pauseEnd)), times::toString);
        assertTrue(times.size() < 144);
        long gaps = 0;
        for (int i = 1; i < times.size(); i++) {
            if (Duration.between(times.get(i - 1), times.get(i)).compareTo(Duration.ofMinutes(5)) > 0) {
                gaps++;
            }
        }
        assertEquals(1, gaps);
    }

    @Test
    void graphHasTwelveHoursAtFiveMinuteSpacingEndingAboutFifteenMinutesAgo() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        String token = client.loginToken(account, PASSWORD);
        for (int step = 0; step < 5; step++) {
            Instant now = clock.instant();
            JsonObject body = graph(token, "p-1");
            assertEquals(0, body.get("status").getAsInt());
            assertTrue(body.getAsJsonObject("ticket").has("token"));
            JsonObject data = body.getAsJsonObject("data");
            assertEquals("p-1", data.getAsJsonObject("connection").get("patientId").getAsString());
            assertEquals(1, data.getAsJsonArray("activeSensors").size());
            assertTrue(data.getAsJsonArray("activeSensors").get(0).getAsJsonObject().has("device"));

            List<Instant> times = graphTimes(body);
            assertEquals(144, times.size());
            for (int i = 1; i < times.size(); i++) {
                assertEquals(Duration.ofMinutes(5), Duration.between(times.get(i - 1), times.get(i)));
            }
            Duration lag = Duration.between(times.get(times.size() - 1), now);
            assertTrue(lag.compareTo(Duration.ofMinutes(15)) >= 0 && lag.compareTo(Duration.ofMinutes(20)) < 0,
                    "lag " + lag);
            assertEquals(patient.sensorPhaseSeconds(), times.get(0).atZone(ZoneOffset.UTC).getSecond());

            JsonObject point = data.getAsJsonArray("graphData").get(0).getAsJsonObject();
            assertEquals(List.of("FactoryTimestamp", "Timestamp", "type", "ValueInMgPerDl", "MeasurementColor",
                    "GlucoseUnits", "Value", "isHigh", "isLow"), new ArrayList<>(point.keySet()));
            assertEquals(0, point.get("type").getAsInt());
            clock.advance(Duration.ofSeconds(97));
        }
    }

    @Test
    void graphPointsAgreeWithTheReadingsOfTheirTime() throws Exception {
        LluPatient patient = account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        String token = client.loginToken(account, PASSWORD);
        JsonObject newest = last(graph(token, "p-1").getAsJsonObject("data").getAsJsonArray("graphData"));
        Instant at = parseUtc(newest.get("FactoryTimestamp").getAsString());

        clock.set(at);
        assertEquals(patient.latestReading().mgPerDl(), newest.get("ValueInMgPerDl").getAsInt());
    }

    @Test
    void unknownOrRemovedPatientCouldNotBeLoaded() throws Exception {
        account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, BERLIN);
        String token = client.loginToken(account, PASSWORD);
        String expected = "{\"status\":4,\"error\":{\"message\":\"couldNotLoadPatient\"}}";

        var unknown = client.get("eu", "/llu/connections/nobody/graph", token, account.accountIdHash());
        assertEquals(200, unknown.statusCode());
        assertEquals(expected, unknown.body());

        account.removePatient("p-1");
        assertEquals(expected, client.get("eu", "/llu/connections/p-1/graph", token, account.accountIdHash()).body());
        assertEquals(0, connections(token).getAsJsonArray("data").size());
    }

    private JsonObject connections(String token) throws Exception {
        var response = client.get("eu", "/llu/connections", token, account.accountIdHash());
        assertEquals(200, response.statusCode(), response.body());
        return LluTestClient.json(response);
    }

    private JsonObject onlyConnection() throws Exception {
        return onlyConnection(client.loginToken(account, PASSWORD));
    }

    private JsonObject onlyConnection(String token) throws Exception {
        JsonArray data = connections(token).getAsJsonArray("data");
        assertEquals(1, data.size());
        return data.get(0).getAsJsonObject();
    }

    private JsonObject currentItem(String token) throws Exception {
        return onlyConnection(token).getAsJsonObject("glucoseMeasurement");
    }

    private JsonObject graph(String token, String patientId) throws Exception {
        var response = client.get("eu", "/llu/connections/" + patientId + "/graph", token, account.accountIdHash());
        assertEquals(200, response.statusCode(), response.body());
        return LluTestClient.json(response);
    }

    private static List<Instant> graphTimes(JsonObject graphBody) {
        List<Instant> times = new ArrayList<>();
        for (JsonElement point : graphBody.getAsJsonObject("data").getAsJsonArray("graphData")) {
            times.add(parseUtc(point.getAsJsonObject().get("FactoryTimestamp").getAsString()));
        }
        return times;
    }

    private static JsonObject last(JsonArray array) {
        return array.get(array.size() - 1).getAsJsonObject();
    }

    private static Instant parseUtc(String factoryTimestamp) {
        return LocalDateTime.parse(factoryTimestamp, LLU_TIME).toInstant(ZoneOffset.UTC);
    }
}
