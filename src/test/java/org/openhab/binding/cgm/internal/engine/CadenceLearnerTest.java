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
package org.openhab.binding.cgm.internal.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * The cadence of a source that takes whatever its uploader sends, learned from the readings across polls.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class CadenceLearnerTest {

    private static final SensorCadence GUESS = new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(30));
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:20Z");

    private static Patient patient(List<Instant> times) {
        List<GlucoseReading> readings = new ArrayList<>();
        times.forEach(at -> readings.add(new GlucoseReading(at, 120, null, Trend.FLAT, null, false, false)));
        return new Patient("site", "N", readings.get(readings.size() - 1), GlucoseUnit.MG_PER_DL, null, null, readings);
    }

    private static List<Instant> every(Duration spacing, int count, Instant from) {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(from.plus(spacing.multipliedBy(i)));
        }
        return times;
    }

    @Test
    void oneReadingAMinuteSeenOverSeveralPolls() {
        CadenceLearner learner = new CadenceLearner(GUESS);
        assertEquals(GUESS, learner.observe(List.of(patient(every(Duration.ofMinutes(1), 2, T0)))),
                "too few readings: the guess");
        SensorCadence learned = GUESS;
        for (int poll = 1; poll <= 4; poll++) {
            learned = learner.observe(List.of(patient(List.of(T0.plus(Duration.ofMinutes(1 + poll))))));
        }
        assertEquals(Duration.ofMinutes(1), learned.interval());
        assertEquals(GUESS.publishDelay(), learned.publishDelay());
    }

    @Test
    void fiveMinutesWithJitterAndAMissingReadingStayFive() {
        CadenceLearner learner = new CadenceLearner(GUESS);
        List<Instant> times = new ArrayList<>(every(Duration.ofSeconds(299), 8, T0));
        times.remove(4);
        assertEquals(GUESS, learner.observe(List.of(patient(times))));
    }

    @Test
    void irregularReadingsKeepTheGuess() {
        CadenceLearner learner = new CadenceLearner(GUESS);
        List<Instant> times = List.of(T0, T0.plusSeconds(130), T0.plusSeconds(900), T0.plusSeconds(1000),
                T0.plusSeconds(2500), T0.plusSeconds(2620));
        assertEquals(GUESS, learner.observe(List.of(patient(times))));
    }

    @Test
    void thePlannerPollsOnceAMinuteOnceItLearnedIt() {
        PollPlanner planner = new PollPlanner(GUESS, Duration.ofSeconds(30), true);
        Instant now = T0.plusSeconds(40);
        planner.nextPoll(now, List.of(patient(every(Duration.ofMinutes(1), 6, T0.minus(Duration.ofMinutes(5))))));
        Instant next = planner.nextPoll(now.plusSeconds(60),
                List.of(patient(every(Duration.ofMinutes(1), 7, T0.minus(Duration.ofMinutes(5))))));
        assertTrue(Duration.between(now.plusSeconds(60), next).compareTo(Duration.ofSeconds(90)) <= 0,
                "the next reading in a minute, not five: " + next);
    }
}
