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
package org.openhab.binding.cgm.internal.handler;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The day in numbers on the channels, against a day whose figures are worked out by hand below, for a 5-minute Dexcom
 * (the day comes with the first read), a 1-minute Libre (half from the graph, half polled) and with a gap.
 * <p>
 * The day, ending at {@code E}: 3 h at 60 mg/dL, 1 h at 50, 16 h at 120, 4 h at 200. With the default thresholds
 * (urgent low 55, target 70–180):
 * <ul>
 * <li>below range: 4 of 24 h = 16.7 %; very low: 1 of 24 h = 4.2 %; in range: 16 of 24 h = 66.7 %; above: 16.7 %;</li>
 * <li>mean: (3·60 + 1·50 + 16·120 + 4·200) / 24 = 2950 / 24 = 122.9 mg/dL;</li>
 * <li>GMI: 3.31 + 0.02392 · 122.92 = 6.25 %;</li>
 * <li>mean of squares: (3·3600 + 2500 + 16·14400 + 4·40000) / 24 = 16820.8; variance 16820.8 − 122.92² = 1712.3;
 * standard deviation 41.4; coefficient of variation 41.4 / 122.92 = 33.7 %.</li>
 * </ul>
 * A reading counts until the next one, so a 5-minute cadence may move a boundary by up to 5 minutes (0.35 % of a day):
 * the figures are compared within half a point.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DayInNumbersTest extends PatientTestBase {

    /** The day described above, ending at {@code end}. */
    private static GlucoseCurve day(Instant end) {
        return at -> {
            long hoursBefore = Duration.between(at, end).toMinutes();
            if (hoursBefore > 21 * 60) {
                return 60;
            } else if (hoursBefore > 20 * 60) {
                return 50;
            } else if (hoursBefore > 4 * 60) {
                return 120;
            }
            return 200;
        };
    }

    private double figure(ThingUID thing, String channel) {
        State state = host.state(thing, channel);
        assertTrue(state instanceof QuantityType, channel + ": " + state);
        return ((QuantityType<?>) state).doubleValue();
    }

    private void assertTheDay(ThingUID thing) {
        assertEquals(100, figure(thing, CHANNEL_DATA_COVERAGE), 0.8);
        assertEquals(66.7, figure(thing, CHANNEL_TIME_IN_RANGE), 0.5);
        assertEquals(16.7, figure(thing, CHANNEL_TIME_BELOW_RANGE), 0.5);
        assertEquals(16.7, figure(thing, CHANNEL_TIME_ABOVE_RANGE), 0.5);
        assertEquals(4.2, figure(thing, CHANNEL_TIME_VERY_LOW), 0.5);
        assertEquals(122.9, figure(thing, CHANNEL_AVERAGE_GLUCOSE), 1.0);
        assertEquals(33.7, figure(thing, CHANNEL_GLUCOSE_VARIABILITY), 0.5);
        assertEquals(6.25, figure(thing, CHANNEL_GMI), 0.06);
        assertEquals("mg/dl", ((QuantityType<?>) host.state(thing, CHANNEL_AVERAGE_GLUCOSE)).getUnit().toString()
                .toLowerCase(java.util.Locale.ROOT));
    }

    private DexcomAccount startDexcom(GlucoseCurve curve) {
        DexcomAccount account = dexcomAccount();
        account.setCurve(curve);
        addDexcomBridge();
        addPatientThing(DEXCOM_BRIDGE, "publisher", map());
        scheduler.runDue();
        return account;
    }

    @Test
    void aDexcomDayShowsItsFiguresFromTheFirstPoll() {
        startDexcom(day(START));
        assertTheDay(PUBLISHER);
    }

    @Test
    void aLibreDayHalfFromTheGraphAndHalfPolledShowsTheSameFigures() {
        Instant end = START.plus(Duration.ofHours(12));
        LluPatient anna = addAnna(libreLinkUpAccount());
        anna.setSensorPhaseSeconds(17);
        anna.setCurve(day(end));
        addLibreLinkUpBridge("eu");
        addPatientThing(LLU_BRIDGE, ANNA, map());
        scheduler.runDue();
        assertTrue(figure(ANNA_THING, CHANNEL_DATA_COVERAGE) >= 50, "12 hours of graph history at the start");
        scheduler.advanceTo(end);
        assertTheDay(ANNA_THING);
    }

    @Test
    void aDayWithLessThanHalfCoveredShowsOnlyTheCoverage() {
        DexcomAccount publisher = startDexcom(GlucoseCurve.constant(120));
        assertEquals(100, figure(PUBLISHER, CHANNEL_DATA_COVERAGE), 0.8);
        scheduler.advance(Duration.ofHours(10));
        publisher.pauseReadings();
        scheduler.advance(Duration.ofHours(13));
        publisher.resumeReadings();
        scheduler.advance(Duration.ofHours(1));
        // the last 24 hours: 10 h before the gap, 13 h without readings, 1 h after
        assertEquals(11.0 / 24 * 100, figure(PUBLISHER, CHANNEL_DATA_COVERAGE), 1.5);
        for (String channel : new String[] { CHANNEL_TIME_IN_RANGE, CHANNEL_TIME_BELOW_RANGE, CHANNEL_TIME_ABOVE_RANGE,
                CHANNEL_TIME_VERY_LOW, CHANNEL_AVERAGE_GLUCOSE, CHANNEL_GLUCOSE_VARIABILITY, CHANNEL_GMI }) {
            assertEquals(UnDefType.UNDEF, host.state(PUBLISHER, channel), channel + " below 50 % coverage");
        }
    }
}
