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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * What one patient's readings mean: the one class the patient handler talks to. It keeps a day of readings and the
 * state of every alarm, and is driven only by what it is given, the readings and the time {@code now}: no clock, no
 * thread, no timer.
 * <p>
 * The handler
 * <ul>
 * <li>passes every batch of readings from the cloud to {@link #accept} (any order; repetitions and old readings are
 * fine),</li>
 * <li>calls {@link #tick} about once a minute, so that STALE and the sensor's end fire without new readings,</li>
 * <li>passes the sensor the cloud reports to {@link #sensorSeen} (null when it names none),</li>
 * <li>and applies each {@link Update}: the reading channels from {@code current} when it is not null, {@code backfill}
 * as time series, the freshness and sensor channels, and the {@code events} as triggers in their order; when
 * {@code statisticsDue}, it asks for {@link #statistics}.</li>
 * </ul>
 * A reading becomes current only when it is newer than the current one and at most 5 minutes ahead of {@code now};
 * only such a reading fires events, and only when it is not older than {@code staleAfter} itself. The first batch
 * after a start, and the first sensor, set every state silently. Events of one batch are advanced reading by reading
 * and reported once each, at their last occurrence (so that the order still ends in the state reached).
 * <p>
 * Thread-safe: every method is synchronized.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PatientInsight {

    /** How far ahead of {@code now} a reading may lie and still be believed, for clocks that differ a little. */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    static final Duration STATISTICS_INTERVAL = Duration.ofMinutes(5);

    private final InsightSettings settings;
    private final ReadingHistory history = new ReadingHistory();
    private final RangeTracker range;
    private final RateAlarm rate;
    private final LowPrediction prediction;
    private final StaleWatch freshness;
    private final SensorWatch sensor;
    private @Nullable GlucoseReading current;
    private @Nullable Instant statisticsAt;

    /** @throws IllegalArgumentException when {@link InsightSettings#problem()} names a problem */
    public PatientInsight(InsightSettings settings) {
        Optional<SettingsProblem> problem = settings.problem();
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Unusable insight settings: " + problem.get());
        }
        this.settings = settings;
        this.range = new RangeTracker(settings.thresholds(), settings.highFor());
        this.rate = new RateAlarm(settings.fastRate());
        this.prediction = new LowPrediction(settings.thresholds().targetLow(), settings.prediction());
        this.freshness = new StaleWatch(settings.staleAfter());
        this.sensor = new SensorWatch(settings.sensorWarning());
    }

    /** Takes a batch of readings from the cloud. */
    public synchronized Update accept(List<GlucoseReading> readings, Instant now) {
        boolean initial = current == null;
        List<GlucoseReading> oldestFirst = new ArrayList<>(readings);
        oldestFirst.sort(Comparator.comparing(GlucoseReading::timestamp));
        history.prune(now);
        List<GlucoseReading> stored = new ArrayList<>();
        List<GlucoseEvent> readingEvents = new ArrayList<>();
        CurrentReading newCurrent = null;
        for (GlucoseReading reading : oldestFirst) {
            if (reading.timestamp().isAfter(now.plus(FUTURE_TOLERANCE))) {
                continue; // a clock is wrong somewhere: such a reading is neither current nor history
            }
            if (history.add(reading, now)) {
                stored.add(reading);
            }
            GlucoseReading previous = current;
            if (previous == null || reading.timestamp().isAfter(previous.timestamp())) {
                boolean silent = initial || isOlderThanStaleAfter(reading.timestamp(), now);
                newCurrent = judge(reading, previous, silent ? new ArrayList<>() : readingEvents);
            }
        }
        if (newCurrent != null) {
            stored.remove(newCurrent.reading());
        }
        return finish(newCurrent, stored, new ArrayList<>(), readingEvents, now);
    }

    /** Time passing without readings: freshness and the sensor's life. */
    public synchronized Update tick(Instant now) {
        history.prune(now);
        return finish(null, List.of(), new ArrayList<>(), List.of(), now);
    }

    /** The sensor the cloud reports now, null when it names none. */
    public synchronized Update sensorSeen(@Nullable SensorInfo info, Instant now) {
        List<GlucoseEvent> events = new ArrayList<>();
        sensor.seen(info, events);
        return finish(null, List.of(), events, List.of(), now);
    }

    /** The last 24 hours in numbers; also resets {@link Update#statisticsDue()}. */
    public synchronized DailyStatistics statistics(Instant now) {
        statisticsAt = now;
        return DailyStatistics.of(history.between(now.minus(DailyStatistics.WINDOW), now), now, settings.thresholds());
    }

    /** The readings of the last {@code window}, newest first, e.g. for a console listing. */
    public synchronized List<GlucoseReading> history(Duration window, Instant now) {
        List<GlucoseReading> readings = history.between(now.minus(window), now.plus(FUTURE_TOLERANCE));
        Collections.reverse(readings);
        return readings;
    }

    /** Makes a newer reading the current one and advances every alarm with it. */
    private CurrentReading judge(GlucoseReading reading, @Nullable GlucoseReading previous, List<GlucoseEvent> events) {
        current = reading;
        if (previous != null && isOlderThanStaleAfter(previous.timestamp(), reading.timestamp())) {
            // nothing is known of the gap, so a fast fall or a predicted low from before it is not this episode
            rate.reset();
            prediction.reset();
        }
        Direction direction = Direction.at(reading, history);
        int mgPerDl = reading.mgPerDl();
        addIfPresent(events, rate.advance(direction.rateOfChange()));
        GlucoseEvent rangeEvent = range.advance(mgPerDl, reading.timestamp());
        if (prediction.advance(mgPerDl, direction.rateOfChange(), range.state())) {
            events.add(GlucoseEvent.PREDICTED_LOW);
        }
        addIfPresent(events, rangeEvent);
        GlucoseThresholds thresholds = settings.thresholds();
        return new CurrentReading(reading, direction, range.state(), thresholds.classify(mgPerDl).color());
    }

    private Update finish(@Nullable CurrentReading newCurrent, List<GlucoseReading> backfill, List<GlucoseEvent> events,
            List<GlucoseEvent> readingEvents, Instant now) {
        SensorLife life = sensor.judge(now, events);
        Freshness fresh = freshness.judge(current, now, sensor.warmingUp(), events);
        events.addAll(readingEvents);
        Instant statisticsTime = statisticsAt;
        // past readings (a start's history, a gap filled) change the day's figures at once: not 5 minutes later
        boolean statisticsDue = statisticsTime == null || !backfill.isEmpty()
                || !now.isBefore(statisticsTime.plus(STATISTICS_INTERVAL));
        return new Update(newCurrent, List.copyOf(backfill), fresh, life, lastOccurrences(events), statisticsDue);
    }

    private boolean isOlderThanStaleAfter(Instant time, Instant now) {
        return Duration.between(time, now).compareTo(settings.staleAfter()) > 0;
    }

    private static void addIfPresent(List<GlucoseEvent> events, @Nullable GlucoseEvent event) {
        if (event != null) {
            events.add(event);
        }
    }

    /** Each event once, where it last occurred. */
    private static List<GlucoseEvent> lastOccurrences(List<GlucoseEvent> events) {
        List<GlucoseEvent> kept = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (!kept.contains(events.get(i))) {
                kept.add(0, events.get(i));
            }
        }
        return List.copyOf(kept);
    }
}
