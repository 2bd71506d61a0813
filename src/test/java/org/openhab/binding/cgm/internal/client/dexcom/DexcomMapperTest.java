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
package org.openhab.binding.cgm.internal.client.dexcom;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.dexcom.dto.DexcomGlucoseValue;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Trend;

import com.google.gson.Gson;

/**
 * Both Dexcom Share payload generations onto the model, starting from the examples of seeds 003 and 004.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomMapperTest {

    private final Gson gson = new Gson();

    private List<GlucoseReading> parse(String json) {
        return DexcomMapper.readings(List.of(gson.fromJson(json, DexcomGlucoseValue[].class)));
    }

    @Test
    void theLegacyPayloadOfSeed003ReadsItsUtcTimeAndNumericTrend() {
        // DT, ST and WT all differ there; WT is the reading instant
        List<GlucoseReading> readings = parse(
                "[{\"DT\":\"\\/Date(1426780716000-0700)\\/\",\"ST\":\"\\/Date(1426784306000)\\/\","
                        + "\"Trend\":4,\"Value\":99,\"WT\":\"\\/Date(1426769941000)\\/\"}]");
        assertEquals(1, readings.size());
        GlucoseReading reading = readings.get(0);
        assertEquals(Instant.ofEpochMilli(1426769941000L), reading.timestamp());
        assertEquals(99, reading.mgPerDl());
        assertEquals(Trend.FLAT, reading.trend());
    }

    @Test
    void theCurrentPayloadReadsNamedTrendsAndNeverAppliesTheDisplayOffset() {
        List<GlucoseReading> readings = parse("[{\"WT\":\"Date(1745081013817)\",\"ST\":\"Date(1745081013817)\","
                + "\"DT\":\"Date(1745081013817-0400)\",\"Value\":224,\"Trend\":\"Flat\"},"
                + "{\"WT\":\"Date(1745080713817)\",\"ST\":\"Date(1745080713817)\","
                + "\"DT\":\"Date(1745080713817-0400)\",\"Value\":230,\"Trend\":\"FortyFiveDown\"}]");
        assertEquals(List.of(Instant.ofEpochMilli(1745080713817L), Instant.ofEpochMilli(1745081013817L)),
                readings.stream().map(GlucoseReading::timestamp).toList(), "oldest first, at the UTC instant");
        assertEquals(Trend.FLAT, readings.get(1).trend());
        assertEquals(Trend.FORTY_FIVE_DOWN, readings.get(0).trend());
        assertNull(readings.get(0).color(), "Dexcom sends no colour");
        assertFalse(readings.get(0).high() || readings.get(0).low(), "230 mg/dL is a measurement, neither HI nor LO");
    }

    @Test
    void shareSendsLowAs39AndHighAs401WhichAreLoAndHiAtTheSensorsLimits() {
        List<GlucoseReading> readings = parse("[{\"WT\":\"Date(1745080713817)\",\"Value\":39,\"Trend\":\"Flat\"},"
                + "{\"WT\":\"Date(1745081013817)\",\"Value\":401,\"Trend\":\"Flat\"}]");
        GlucoseReading low = readings.get(0);
        GlucoseReading high = readings.get(1);
        assertTrue(low.low() && !low.high());
        assertEquals(40, low.mgPerDl(), "LOW shows the lowest value the sensor measures, not 39");
        assertTrue(high.high() && !high.low());
        assertEquals(400, high.mgPerDl(), "HIGH shows the highest value the sensor measures, not 401");
    }

    @Test
    void everyTrendNameAndNumberIsKnown() {
        String[] names = { "None", "DoubleUp", "SingleUp", "FortyFiveUp", "Flat", "FortyFiveDown", "SingleDown",
                "DoubleDown", "NotComputable", "RateOutOfRange" };
        for (int number = 0; number < names.length; number++) {
            Trend byNumber = parse("[{\"WT\":\"Date(1)\",\"Value\":100,\"Trend\":" + number + "}]").get(0).trend();
            Trend byName = parse("[{\"WT\":\"Date(1)\",\"Value\":100,\"Trend\":\"" + names[number] + "\"}]").get(0)
                    .trend();
            assertEquals(byNumber, byName, names[number]);
        }
        assertEquals(Trend.DOUBLE_UP, parse("[{\"WT\":\"Date(1)\",\"Value\":100,\"Trend\":1}]").get(0).trend());
        assertEquals(Trend.RATE_OUT_OF_RANGE,
                parse("[{\"WT\":\"Date(1)\",\"Value\":100,\"Trend\":\"RATE OUT OF RANGE\"}]").get(0).trend());
        assertEquals(Trend.NOT_COMPUTABLE, parse("[{\"WT\":\"Date(1)\",\"Value\":100,\"Trend\":42}]").get(0).trend());
    }

    @Test
    void readingsWithoutUtcTimeOrValueAreDropped() {
        assertEquals(List.of(), parse("[{\"DT\":\"Date(1745081013817-0400)\",\"Value\":224,\"Trend\":\"Flat\"}]"));
        assertEquals(List.of(), parse("[{\"WT\":\"Date(1745081013817)\",\"Trend\":\"Flat\"}]"));
        assertEquals(List.of(), parse("[{\"WT\":\"yesterday\",\"Value\":224}]"));
        assertEquals(Instant.ofEpochMilli(5), parse("[{\"ST\":\"/Date(5)/\",\"Value\":224}]").get(0).timestamp(),
                "ST when WT is missing");
    }
}
