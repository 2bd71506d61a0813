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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link MinuteSurvey}: one poll a minute for several patients, at the second a survey of the minute found best.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class MinuteSurveyTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant START = Instant.parse("2026-11-21T08:00:00Z");

    /** A patient whose readings are taken at {@code phaseS} past each minute and appear after the delays in turn. */
    private record Phone(String id, long phaseS, long... delaysS) {

        Instant taken(long minute) {
            return START.plusSeconds(60 * minute + phaseS);
        }

        Instant visible(long minute) {
            return taken(minute).plusSeconds(delaysS[(int) Math.floorMod(minute, (long) delaysS.length)]);
        }

        /** The newest reading there at {@code at}: its minute. */
        long newestAt(Instant at) {
            long minute = Duration.between(START, at).toMinutes() + 1;
            while (visible(minute).isAfter(at)) {
                minute--;
            }
            return minute;
        }
    }

    private final MinuteSurvey survey = new MinuteSurvey(MINUTE);
    private Instant now = START.plusSeconds(3);
    private final List<Instant> polls = new ArrayList<>();
    /** Per patient, the minutes of the readings some poll saw. */
    private final Map<String, Set<Long>> seen = new HashMap<>();

    /** {@code count} polls as the survey plans them. */
    private void poll(int count, Phone... phones) {
        for (int i = 0; i < count; i++) {
            Map<String, Instant> newest = new HashMap<>();
            for (Phone phone : phones) {
                long minute = phone.newestAt(now);
                newest.put(phone.id(), phone.taken(minute));
                seen.computeIfAbsent(phone.id(), id -> new HashSet<>()).add(minute);
            }
            polls.add(now);
            survey.observe(now, newest);
            Instant next = survey.nextPoll(now, now.plus(MINUTE), phones.length);
            assertNotNull(next);
            now = next;
        }
    }

    private long lost(Phone phone, long fromMinute, long toMinute) {
        long lost = 0;
        for (long minute = fromMinute; minute < toMinute; minute++) {
            lost += seen.getOrDefault(phone.id(), Set.of()).contains(minute) ? 0 : 1;
        }
        return lost;
    }

    private static long waitS(Phone phone, Instant poll) {
        Instant visible = phone.visible(phone.newestAt(poll));
        return Duration.between(visible, poll).toSeconds();
    }

    private static final Phone A = new Phone("a", 0, 20, 22, 24, 21, 23);
    private static final Phone B = new Phone("b", 30, 20, 22, 24, 21, 23);

    @Test
    void aSurveyWalksTheWholeMinuteInTwoSecondSteps() {
        poll(survey.surveyPolls(), A, B);
        Set<Long> seconds = new HashSet<>();
        for (int i = 1; i < polls.size(); i++) {
            assertEquals(Duration.ofSeconds(62), Duration.between(polls.get(i - 1), polls.get(i)));
            seconds.add(polls.get(i).getEpochSecond() % 60);
        }
        seconds.add(polls.get(0).getEpochSecond() % 60);
        assertEquals(30, seconds.size(), "every other second of the minute: " + seconds);
    }

    @Test
    void thenSettlesJustAfterOnePatientsReadingsAndLosesNone() {
        poll(survey.surveyPolls(), A, B);
        polls.clear();
        long firstMinute = Duration.between(START, now).toMinutes() + 1;
        poll(120, A, B);
        for (int i = 1; i < polls.size(); i++) {
            assertEquals(MINUTE, Duration.between(polls.get(i - 1), polls.get(i)), "one poll a minute");
        }
        long second = polls.get(polls.size() - 1).getEpochSecond() % 60;
        // A's readings appear at 20 to 24 s, B's at 50 to 54 s: just after one of them, inside neither
        assertTrue(second >= 25 && second <= 29 || second >= 55, "the second " + second);
        long lastMinute = Duration.between(START, now).toMinutes() - 2;
        assertEquals(0, lost(A, firstMinute, lastMinute) + lost(B, firstMinute, lastMinute));
        long shorter = Math.min(waitS(A, polls.get(60)), waitS(B, polls.get(60)));
        assertTrue(shorter <= 9, "one patient waits at most the spread of its delays: " + shorter);
    }

    @Test
    void aSingleVeryLateReadingDoesNotMoveTheSecond() {
        poll(survey.surveyPolls() + 10, A, B);
        // one of A's readings is still missing 40 s after it was taken, long after A's others appear (20 to 24 s):
        // a late upload, not A's window
        long minute = A.newestAt(now);
        Instant late = A.taken(minute).plusSeconds(40);
        survey.observe(late, Map.of(A.id(), A.taken(minute - 1), B.id(), B.taken(B.newestAt(late))));
        assertEquals(now.plus(MINUTE), survey.nextPoll(now, now.plus(MINUTE), 2));
    }

    @Test
    void readingsLateNowAndThenDoNotMoveTheSecondReadingsLateOftenDo() {
        poll(survey.surveyPolls() + 10, A, B);
        Instant settled = now;
        long settledSecond = Math.floorMod(settled.toEpochMilli(), 60_000);
        // one poll in ten at the settled second misses A's reading (late uploads): the second stays
        for (int i = 0; i < 30; i++) {
            long minute = A.newestAt(now);
            survey.observe(now,
                    Map.of(A.id(), A.taken(i % 10 == 0 ? minute - 1 : minute), B.id(), B.taken(B.newestAt(now))));
            now = survey.nextPoll(now, now.plus(MINUTE), 2);
            assertEquals(settledSecond, Math.floorMod(now.toEpochMilli(), 60_000));
        }
        // one in three: the second is inside A's window, which widens, and the second moves
        for (int i = 0; i < 30 && Math.floorMod(now.toEpochMilli(), 60_000) == settledSecond; i++) {
            long minute = A.newestAt(now);
            survey.observe(now,
                    Map.of(A.id(), A.taken(i % 3 == 0 ? minute - 1 : minute), B.id(), B.taken(B.newestAt(now))));
            now = survey.nextPoll(now, now.plus(MINUTE), 2);
        }
        assertNotEquals(settledSecond, Math.floorMod(now.toEpochMilli(), 60_000));
    }

    @Test
    void withOnePatientItHasNoSay() {
        survey.observe(now, Map.of(A.id(), A.taken(A.newestAt(now))));
        assertNull(survey.nextPoll(now, now.plus(MINUTE), 1));
    }

    @Test
    void surveysTheMinuteAgainADayLater() {
        poll(survey.surveyPolls(), A, B);
        int perDay = (int) MinuteSurvey.SURVEY_INTERVAL.toMinutes();
        poll(perDay - survey.surveyPolls(), A, B);
        polls.clear();
        poll(4, A, B);
        assertEquals(Duration.ofSeconds(62), Duration.between(polls.get(2), polls.get(3)), "surveying again");
    }

    @Test
    void theExpectedCostCountsLostReadingsAndWaiting() {
        poll(survey.surveyPolls(), A, B);
        // the survey's polls came at odd seconds: A's readings were seen from 23 s on and missed up to 23 s, so A's
        // window is taken to end by 25 s. Just after it, A waits about 2 s and B about 32 s; at 24 s, inside it,
        // half of A's readings are missed, and half of those are lost
        double after = survey.cost(Math.floorMod(25_000 + A.phaseS() * 1000, 60_000));
        double inside = survey.cost(Math.floorMod(24_000 + A.phaseS() * 1000, 60_000));
        assertTrue(after < 40, "after " + after);
        // a lost reading counts 10 minutes of waiting: far more than the minute a missed one waits for the next poll
        assertTrue(inside > after + 100, "inside " + inside + ", after " + after);
    }
}
