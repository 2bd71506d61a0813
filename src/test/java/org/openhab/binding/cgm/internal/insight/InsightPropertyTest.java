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
package org.openhab.binding.cgm.internal.insight;

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.insight.Curves.*;
import static org.openhab.binding.cgm.internal.insight.GlucoseEvent.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * Two days of a wild random walk with gaps, repetitions, late and future-dated readings: no event fires again before
 * what would end its episode was seen, and the range shown is always the value's range or one within the margin.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class InsightPropertyTest {

    private static final GlucoseThresholds T = GlucoseThresholds.DEFAULTS;
    private static final Set<GlucoseEvent> READING_EVENTS = EnumSet.of(URGENT_LOW, LOW, HIGH, URGENT_HIGH, IN_RANGE,
            FALLING_FAST, RISING_FAST, PREDICTED_LOW);

    /** Per event: may it fire now? Set false when it fires, true when its episode is seen to end. */
    private final Map<GlucoseEvent, Boolean> armed = new EnumMap<>(GlucoseEvent.class);
    private final List<GlucoseEvent> all = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void noEventRepeatsWithinItsEpisode(long seed) {
        Random random = new Random(seed);
        PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);
        for (GlucoseEvent event : GlucoseEvent.values()) {
            armed.put(event, true);
        }
        List<GlucoseReading> sent = new ArrayList<>();
        double value = 120;
        double rate = 0;
        int gapUntil = 0;
        @Nullable
        GlucoseReading lastCurrent = null;
        SensorInfo sensor = SensorInfo.of("S", T0.minus(Duration.ofDays(13)), Duration.ofDays(14), null);
        for (int minute = 0; minute < 2 * 24 * 60; minute++) {
            Instant now = T0.plus(Duration.ofMinutes(minute));
            rate = Math.max(-4, Math.min(4, rate + random.nextGaussian() * 0.6));
            value += rate;
            if (value < 40 || value > 400) {
                rate = -rate;
                value = Math.max(40, Math.min(400, value));
            }
            if (minute >= gapUntil && random.nextInt(400) == 0) {
                gapUntil = minute + 16 + random.nextInt(45); // a gap: time passes, no reading
            }
            if (minute < gapUntil) {
                check(insight.tick(now.plusSeconds(55)));
                continue;
            }
            List<GlucoseReading> batch = new ArrayList<>(List.of(reading(now, (int) Math.round(value))));
            if (!sent.isEmpty() && random.nextInt(10) == 0) {
                batch.add(sent.get(Math.max(0, sent.size() - 1 - random.nextInt(30)))); // a repetition
            }
            if (random.nextInt(50) == 0) {
                batch.add(reading(now.plus(Duration.ofMinutes(6 + random.nextInt(60))), 40)); // a wrong clock
            }
            sent.add(batch.get(0));
            Update update = insight.accept(batch, now.plusSeconds(random.nextInt(50)));
            CurrentReading current = update.current();
            assertNotNull(current, "minute " + minute);
            assertEquals(batch.get(0), current.reading(), "the new reading, never the future one");
            if (minute == 0) {
                assertEquals(List.of(), update.events(), "the first batch is silent");
            }
            if (lastCurrent != null && Duration.between(lastCurrent.timestamp(), now).toMinutes() > 15) {
                rearm(FALLING_FAST, RISING_FAST, PREDICTED_LOW); // a gap ends these episodes
            }
            lastCurrent = current.reading();
            check(update);
            observe(current);
            if (minute % 10 == 0) {
                check(insight.sensorSeen(sensor, now));
            }
            check(insight.tick(now.plusSeconds(55)));
        }
        assertTrue(all.containsAll(List.of(URGENT_LOW, LOW, HIGH, URGENT_HIGH, IN_RANGE, FALLING_FAST, RISING_FAST,
                PREDICTED_LOW, STALE, FRESH)), "the walk visits every event: " + new HashSet<>(all));
        assertEquals(1, all.stream().filter(SENSOR_ENDED::equals).count());
        assertEquals(0, all.stream().filter(SENSOR_ENDING::equals).count(), "ENDING was the first observation");
    }

    private void check(Update update) {
        assertEquals(new HashSet<>(update.events()).size(), update.events().size(), "once each: " + update.events());
        for (GlucoseEvent event : update.events()) {
            assertTrue(armed.get(event), event + " again within its episode, after " + all);
            armed.put(event, false);
            all.add(event);
            if (READING_EVENTS.contains(event)) {
                assertNotNull(update.current(), event + " without a new reading");
            }
        }
        if (update.events().contains(STALE)) {
            rearm(FRESH);
        }
        if (update.events().contains(FRESH)) {
            rearm(STALE);
        }
    }

    /** What the handler can see of a reading re-arms the events whose episode it ends. */
    private void observe(CurrentReading current) {
        int value = current.reading().mgPerDl();
        GlucoseRange range = current.range();
        GlucoseRange raw = T.classify(value);
        assertTrue(range == raw || range.isRecoveryTo(raw) && withinMargin(range, value),
                range + " shown for " + value);
        if (range != GlucoseRange.URGENT_LOW) {
            rearm(URGENT_LOW);
        }
        if (!range.isLow()) {
            rearm(LOW, PREDICTED_LOW);
        }
        if (range != GlucoseRange.URGENT_HIGH) {
            rearm(URGENT_HIGH);
        }
        if (range == GlucoseRange.IN_RANGE || range.isLow()) {
            rearm(HIGH);
        }
        if (range != GlucoseRange.IN_RANGE) {
            rearm(IN_RANGE);
        }
        BigDecimal rate = current.direction().rateOfChange();
        if (rate != null) {
            if (rate.doubleValue() > -1.5) {
                rearm(FALLING_FAST);
            }
            if (rate.doubleValue() < 1.5) {
                rearm(RISING_FAST);
            }
            if (value + rate.doubleValue() * 20 >= T.targetLow() + 5) {
                rearm(PREDICTED_LOW);
            }
        }
    }

    private static boolean withinMargin(GlucoseRange range, int value) {
        return switch (range) {
            case URGENT_LOW -> value < T.urgentLow() + 5;
            case LOW -> value < T.targetLow() + 5;
            case HIGH -> value > T.targetHigh() - 5;
            case URGENT_HIGH -> value > T.urgentHigh() - 5;
            case IN_RANGE -> false;
        };
    }

    private void rearm(GlucoseEvent... events) {
        for (GlucoseEvent event : events) {
            armed.put(event, true);
        }
    }
}
