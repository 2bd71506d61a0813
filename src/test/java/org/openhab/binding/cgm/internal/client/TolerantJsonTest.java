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
package org.openhab.binding.cgm.internal.client;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomMapper;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpMapper;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluEnvelope;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGlucoseItem;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGraphData;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;

/**
 * The streaming tolerant reader: a field that does not fit costs that field alone, without a tree or an exception;
 * and the hand-written time readers that replaced a formatter and a pattern per reading.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class TolerantJsonTest {

    private final Gson gson = TolerantJson.gson();

    @Test
    void aFieldThatDoesNotFitIsNullAndItsNeighboursStay() {
        LluGlucoseItem item = gson.fromJson(
                "{\"ValueInMgPerDl\":{\"a\":[1,2]},\"TrendArrow\":2.5,"
                        + "\"isHigh\":\"abc\",\"MeasurementColor\":[3],\"GlucoseUnits\":\"1\",\"Value\":\"6.4\","
                        + "\"isLow\":\"TRUE\",\"type\":1e1,\"FactoryTimestamp\":17,\"Timestamp\":true}",
                LluGlucoseItem.class);
        assertNull(item.valueInMgPerDl);
        assertNull(item.trendArrow, "a fraction is no arrow");
        assertNull(item.isHigh, "a word other than true or false is unknown, not false");
        assertNull(item.measurementColor);
        assertEquals(1, item.glucoseUnits);
        assertEquals(6.4, item.value);
        assertEquals(Boolean.TRUE, item.isLow);
        assertEquals(10, item.type);
        assertEquals("17", item.factoryTimestamp);
        assertEquals("true", item.timestamp);
    }

    @Test
    void numbersBeyondTheirTypeAreNull() {
        LluGlucoseItem item = gson.fromJson(
                "{\"TrendArrow\":99999999999999999999999,\"MeasurementColor\":"
                        + "9223372036854775807,\"type\":-2147483648,\"ValueInMgPerDl\":1e400,\"Value\":NaN}",
                LluGlucoseItem.class);
        assertNull(item.trendArrow);
        assertNull(item.measurementColor);
        assertEquals(Integer.MIN_VALUE, item.type);
        assertEquals(Double.POSITIVE_INFINITY, item.valueInMgPerDl, "infinite: the plausibility rules drop it");
        assertTrue(item.value != null && item.value.isNaN());
        assertEquals(Long.MAX_VALUE, TolerantJson.parseLong("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, TolerantJson.parseLong("-9223372036854775808"));
        assertNull(TolerantJson.parseLong("9223372036854775808"));
        assertNull(TolerantJson.parseLong("-9223372036854775809"));
        assertNull(TolerantJson.parseLong("-"));
        assertNull(TolerantJson.parseDouble("1.2.3x"));
    }

    @Test
    void aListItemOrObjectOfTheWrongShapeIsNullAloneAndAPrimitiveKeepsItsDefault() {
        LluGraphData graph = gson.fromJson("{\"connection\":[],\"graphData\":[{\"Value\":1},\"x\",7,[],null]}",
                LluGraphData.class);
        assertNull(graph.connection);
        assertEquals(5, graph.graphData.size());
        assertEquals(1.0, graph.graphData.get(0).value);
        assertNull(graph.graphData.get(1));
        assertNull(graph.graphData.get(2));
        assertNull(graph.graphData.get(3));
        assertNull(gson.fromJson("{\"graphData\":{}}", LluGraphData.class).graphData);
        assertEquals(-1, gson.fromJson("{\"status\":\"abc\"}", LluEnvelope.class).status);
    }

    @Test
    void textThatIsNoJsonStillFailsAsAWhole() {
        // a bad escape: Gson throws NumberFormatException, which every reader catches with the rest
        assertThrows(RuntimeException.class, () -> gson.fromJson("{\"Value\":\"\\uZZZZ\"}", LluGlucoseItem.class));
        assertThrows(JsonSyntaxException.class, () -> gson.fromJson("{\"Value\":1", LluGlucoseItem.class));
    }

    @Test
    void factoryTimestampsAreReadByHandAsTheFormatterReadThem() {
        assertTime("2022-05-21T13:38:50Z", "5/21/2022 1:38:50 PM");
        assertTime("2022-05-21T00:05:00Z", "5/21/2022 12:05:00 AM");
        assertTime("2022-05-21T12:05:00Z", "5/21/2022 12:05:00 pm");
        assertTime("2024-02-29T23:59:59Z", " 02/29/2024 11:59:59 PM ");
        assertTime("9999-01-01T13:00:00Z", "1/1/9999 1:00:00 PM");
        for (String bad : new String[] { "", "2/29/2023 1:00:00 PM", "13/1/2022 1:00:00 PM", "1/32/2022 1:00:00 PM",
                "1/1/2022 13:00:00 PM", "1/1/2022 0:00:00 AM", "1/1/2022 1:60:00 PM", "1/1/2022 1:00:60 PM",
                "1/1/2022 1:00:00", "1/1/2022 1:00:00 XM", "1/1/2022 1:00:00 PMX", "1/1/22 1:00:00 PM",
                "2022-05-21T13:38:50Z", "1/1/2022 1:0:00 PM", "1/1/2022 1:00:00  PM", "٣/1/2022 1:00:00 PM" }) {
            assertNull(LibreLinkUpMapper.factoryTimestamp(bad), bad);
        }
    }

    private static void assertTime(String expected, String factoryTimestamp) {
        assertEquals(Instant.parse(expected), LibreLinkUpMapper.factoryTimestamp(factoryTimestamp), factoryTimestamp);
    }

    @Test
    void dexcomDatesAreReadByHand() {
        Instant at = Instant.ofEpochMilli(1653140100000L);
        for (String date : new String[] { "Date(1653140100000)", "/Date(1653140100000)/", "Date(1653140100000-0400)",
                "/Date(1653140100000+0200)/" }) {
            assertEquals(at, DexcomMapper.utc(date), date);
        }
        assertEquals(Instant.EPOCH, DexcomMapper.utc("Date(0)"));
        assertEquals(Instant.ofEpochMilli(-5), DexcomMapper.utc("Date(-5)"));
        for (String bad : new String[] { "", "Date()", "Date(-)", "Date(12", "Date(12-04)", "Date(12x)",
                "Date(99999999999999999999)", "1653140100000" }) {
            assertNull(DexcomMapper.utc(bad), bad);
        }
    }
}
