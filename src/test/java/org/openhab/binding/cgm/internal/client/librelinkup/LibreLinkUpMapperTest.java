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

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluConnection;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGlucoseItem;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGraphData;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.binding.cgm.internal.model.Trend;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

/**
 * LibreLinkUp payloads onto the model, starting from the real captures of seed 000.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpMapperTest {

    private final Gson gson = new Gson();

    static String fixture(String name) throws IOException {
        try (InputStream in = LibreLinkUpMapperTest.class.getResourceAsStream("/fixtures/librelinkup/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The data member of a captured answer, as text. */
    private static String data(String fixture) throws IOException {
        return JsonParser.parseString(fixture(fixture)).getAsJsonObject().get("data").toString();
    }

    private LluGlucoseItem item(String json) {
        return gson.fromJson(json, LluGlucoseItem.class);
    }

    @Test
    void theCapturedConnectionGivesTheValuesItShows() throws IOException {
        LluConnection[] connections = gson.fromJson(data("seed-connections.json"), LluConnection[].class);
        assertEquals(1, connections.length);
        Patient patient = LibreLinkUpMapper.patient(connections[0]);
        assertNotNull(patient);
        assertEquals("xxxxxxx", patient.id());
        assertEquals(GlucoseUnit.MG_PER_DL, patient.unit());
        assertEquals(new TargetRange(70, 130), patient.targetRange());
        // pt 4 is the 15-day Plus sensor; w 60 the warm-up in minutes
        assertEquals(new Sensor("xxxxx", "FreeStyle Libre 3", Instant.ofEpochSecond(1652400270), Duration.ofDays(15),
                Duration.ofMinutes(60)), patient.sensor());
        assertEquals(List.of(patient.latest()), patient.recent());
        GlucoseReading reading = patient.latest();
        assertNotNull(reading);
        // FactoryTimestamp "5/21/2022 1:38:50 PM" is UTC; Timestamp "3:38:50 PM" is the phone's local time
        assertEquals(Instant.parse("2022-05-21T13:38:50Z"), reading.timestamp());
        assertEquals(91, reading.mgPerDl());
        assertEquals(Trend.FLAT, reading.trend());
        assertEquals(MeasurementColor.GREEN, reading.color());
        assertFalse(reading.high());
        assertFalse(reading.low());
        assertNull(reading.vendorMmolPerL());
        assertEquals(new BigDecimal("5.1"), reading.mmolPerL());
    }

    @Test
    void theCapturedGraphGivesItsEightPointsOldestFirst() throws IOException {
        LluGraphData graph = gson.fromJson(data("seed-graph.json"), LluGraphData.class);
        List<GlucoseReading> history = LibreLinkUpMapper.history(graph.graphData);
        assertEquals(8, history.size());
        assertEquals(Instant.parse("2022-05-21T01:39:50Z"), history.get(0).timestamp());
        assertEquals(117, history.get(0).mgPerDl());
        assertEquals(Instant.parse("2022-05-21T02:14:51Z"), history.get(7).timestamp());
        assertEquals(115, history.get(7).mgPerDl());
        assertTrue(history.stream().allMatch(r -> r.trend() == Trend.NONE), "graph points carry no arrow");
    }

    @Test
    void trendArrowsMapToNightscoutDirections() {
        String[] expected = { "NOT COMPUTABLE", "SingleDown", "FortyFiveDown", "Flat", "FortyFiveUp", "SingleUp",
                "NOT COMPUTABLE" };
        for (int arrow = 0; arrow <= 6; arrow++) {
            GlucoseReading reading = LibreLinkUpMapper.reading(
                    item("{\"FactoryTimestamp\":\"5/21/2022 1:38:50 PM\",\"ValueInMgPerDl\":100,\"TrendArrow\":" + arrow
                            + "}"));
            assertNotNull(reading);
            assertEquals(expected[arrow], reading.trend().nightscoutName(), "arrow " + arrow);
        }
    }

    @Test
    void mmolAccountsKeepTheValueTheAppShows() {
        GlucoseReading reading = LibreLinkUpMapper.reading(item(
                "{\"FactoryTimestamp\":\"11/21/2026 7:05:00 AM\",\"ValueInMgPerDl\":99,\"GlucoseUnits\":0,\"Value\":5.5,"
                        + "\"MeasurementColor\":4,\"isLow\":true}"));
        assertNotNull(reading);
        assertEquals(new BigDecimal("5.5"), reading.mmolPerL());
        assertEquals(Instant.parse("2026-11-21T07:05:00Z"), reading.timestamp());
        assertEquals(MeasurementColor.RED, reading.color());
        assertTrue(reading.low());
    }

    @Test
    void itemsWithoutUtcTimestampOrValueAreDroppedNotGuessed() {
        assertNull(LibreLinkUpMapper.reading(item("{\"Timestamp\":\"5/21/2022 3:38:50 PM\",\"ValueInMgPerDl\":91}")));
        assertNull(
                LibreLinkUpMapper.reading(item("{\"FactoryTimestamp\":\"21.05.2022 13:38\",\"ValueInMgPerDl\":91}")));
        assertNull(LibreLinkUpMapper.reading(item("{\"FactoryTimestamp\":\"5/21/2022 1:38:50 PM\"}")));
        assertNull(LibreLinkUpMapper
                .reading(item("{\"FactoryTimestamp\":\"5/21/2022 1:38:50 PM\",\"ValueInMgPerDl\":0}")));
        GlucoseReading noColour = LibreLinkUpMapper.reading(
                item("{\"FactoryTimestamp\":\"5/21/2022 1:38:50 pm\",\"ValueInMgPerDl\":91,\"MeasurementColor\":9}"));
        assertNotNull(noColour);
        assertNull(noColour.color());
    }

    @Test
    void aConnectionWithoutPatientIdIsSkipped() {
        assertNull(LibreLinkUpMapper.patient(gson.fromJson("{\"firstName\":\"A\"}", LluConnection.class)));
        Patient bare = LibreLinkUpMapper.patient(gson.fromJson("{\"patientId\":\"p\"}", LluConnection.class));
        assertNotNull(bare);
        assertNull(bare.latest());
        assertNull(bare.sensor());
        assertNull(bare.targetRange());
    }

    @Test
    void theLifespanIsInferredFromProductTypeAndFamily() {
        assertEquals(Duration.ofDays(15), lifespan("\"pt\":4", 40068));
        assertEquals(Duration.ofDays(14), lifespan("\"pt\":3", 40068));
        assertEquals(Duration.ofDays(14), lifespan("\"pt\":9", 40067));
        assertNull(lifespan("\"pt\":9", null));
        assertNull(lifespan("\"pt\":9", 12345));
    }

    @Test
    void nonsenseSensorTimesAreDroppedNotThrown() {
        Sensor sensor = sensor("\"a\":99999999999999999,\"w\":-5");
        assertNull(sensor.activated());
        assertEquals(Sensor.DEFAULT_WARM_UP, sensor.warmUp());
        assertEquals(Duration.ofMinutes(30), sensor("\"a\":1652400270,\"w\":30").warmUp());
    }

    private @Nullable Duration lifespan(String productType, @Nullable Integer family) {
        String device = family != null ? ",\"patientDevice\":{\"dtid\":" + family + "}" : "";
        Patient patient = LibreLinkUpMapper.patient(
                gson.fromJson("{\"patientId\":\"p\",\"sensor\":{\"sn\":\"s\"," + productType + "}" + device + "}",
                        LluConnection.class));
        assertNotNull(patient);
        Sensor sensor = patient.sensor();
        assertNotNull(sensor);
        return sensor.lifespan();
    }

    private Sensor sensor(String fields) {
        Patient patient = LibreLinkUpMapper.patient(
                gson.fromJson("{\"patientId\":\"p\",\"sensor\":{\"sn\":\"s\"," + fields + "}}", LluConnection.class));
        assertNotNull(patient);
        Sensor sensor = patient.sensor();
        assertNotNull(sensor);
        return sensor;
    }
}
