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
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.NoJitter;

/**
 * The polling engine over hours of virtual time: when it calls the cloud, and when it does not.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountPollerTest {

    private static final Instant START = Instant.parse("2026-11-21T08:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ScriptedAccount account = new ScriptedAccount(clock);
    private final MemoryStateStore store = new MemoryStateStore();
    private final AccountGovernors governors = new AccountGovernors(store, clock);
    private final List<String> events = new ArrayList<>();
    private final List<@Nullable Instant> nextAttempts = new ArrayList<>();
    private @Nullable AccountPoller poller;

    @BeforeEach
    void start() {
        AccountPoller newPoller = new AccountPoller(account, governors.forAccount("account"), scheduler, clock,
                new PollPlanner(SensorCadence.FREESTYLE_LIBRE, Duration.ofSeconds(60)),
                new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30), NoJitter.INSTANCE), new AccountListener() {
                    @Override
                    public void pollSucceeded(List<Patient> patients, Instant nextPoll) {
                        events.add("ok " + patients.size());
                        nextAttempts.add(nextPoll);
                    }

                    @Override
                    public void pollFailed(CloudException failure, @Nullable Instant nextAttempt) {
                        events.add(failure.kind().name());
                        nextAttempts.add(nextAttempt);
                    }
                });
        poller = newPoller;
    }

    private void startPolling() {
        AccountPoller current = poller;
        assertNotNull(current);
        current.start();
        scheduler.runDue();
    }

    @Test
    void firstCycleLogsInOnceAndPollsAlignedToTheReadingCadence() {
        startPolling();
        assertEquals(List.of(START), account.logins);
        assertEquals(List.of("ok 1"), events);
        // reading at 07:59:17; the next one, due 08:00:37, is sooner than the floor: the one after
        assertEquals(Instant.parse("2026-11-21T08:01:37Z"), nextAttempts.get(0));

        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, account.logins.size(), "the session is reused");
        assertEquals(60, account.fetches.size(), "one poll per reading");
        for (int i = 2; i < account.fetches.size(); i++) {
            assertEquals(Duration.ofMinutes(1), Duration.between(account.fetches.get(i - 1), account.fetches.get(i)));
        }
    }

    @Test
    void refusedCredentialsStopAllCallsUntilReconfigured() {
        account.persistentLoginFailure = new CloudException(FailureKind.BAD_CREDENTIALS, "refused");
        startPolling();
        scheduler.advance(Duration.ofDays(2));
        assertEquals(1, account.logins.size());
        assertEquals(0, account.fetches.size());
        assertEquals(List.of("BAD_CREDENTIALS"), events);
        assertNull(nextAttempts.get(0));
        assertTrue(scheduler.pendingDueTimes().isEmpty());
    }

    @Test
    void lockoutMeansNoLoginBeforeItEnds() {
        Instant until = START.plusSeconds(300);
        account.loginFailures.add(new CloudException(FailureKind.LOCKED_OUT, "locked", until, null));
        startPolling();
        assertEquals(until, nextAttempts.get(0));
        scheduler.advanceTo(until.minusMillis(1));
        assertEquals(1, account.logins.size());
        scheduler.advanceTo(until);
        assertEquals(List.of(START, until), account.logins);
        assertEquals(List.of("LOCKED_OUT", "ok 1"), events);
    }

    @Test
    void retryAfterIsHonouredHoweverFarAway() {
        Instant retryAt = START.plusSeconds(65620);
        account.loginFailures.add(new CloudException(FailureKind.RATE_LIMITED, "HTTP 476", retryAt, null));
        startPolling();
        scheduler.advanceTo(retryAt.minusSeconds(1));
        assertEquals(1, account.logins.size());
        scheduler.advanceTo(retryAt);
        assertEquals(2, account.logins.size());
    }

    @Test
    void aServerThatKeepsAskingForShortWaitsIsStillAskedLessAndLessOften() {
        account.everyFetchFails = () -> new CloudException(FailureKind.RATE_LIMITED, "HTTP 429",
                clock.instant().plusSeconds(90), null);
        startPolling();
        scheduler.advance(Duration.ofHours(1));
        List<Long> waits = new ArrayList<>();
        for (int i = 1; i < account.fetches.size(); i++) {
            waits.add(Duration.between(account.fetches.get(i - 1), account.fetches.get(i)).toSeconds());
        }
        assertEquals(List.of(90L, 120L, 240L, 480L, 960L), waits.subList(0, 5), "the server's 90 s, then back-off");
    }

    @Test
    void aRetryAfterAlreadyPastCountsForNothing() {
        account.loginFailures
                .add(new CloudException(FailureKind.RATE_LIMITED, "HTTP 429", START.minusSeconds(3600), null));
        startPolling();
        assertEquals(START.plus(Duration.ofMinutes(1)), nextAttempts.get(0), "the back-off, not the past");
    }

    @Test
    void serverFaultsBackOffExponentiallyUpToTheCap() {
        for (int i = 0; i < 8; i++) {
            account.fetchFailures.add(new CloudException(FailureKind.SERVER_ERROR, "HTTP 503"));
        }
        startPolling();
        scheduler.advance(Duration.ofHours(3));
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            gaps.add(Duration.between(account.fetches.get(i - 1), account.fetches.get(i)));
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), gaps.stream().map(Duration::toMinutes).toList());
        assertEquals("ok 1", events.get(8), "recovers once the fault clears");
        assertEquals(1, account.logins.size(), "server faults cause no new login");
    }

    @Test
    void backoffJitterStaysWithinTwentyPercent() {
        Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30),
                RandomGenerator.of("L64X128MixRandom"));
        for (int failures = 1; failures < 12; failures++) {
            long nominal = Math.min(30, 1L << (failures - 1)) * 60_000L;
            long millis = backoff.delay(failures).toMillis();
            assertTrue(millis >= nominal * 0.8 - 1 && millis <= Math.min(nominal * 1.2 + 1, 30 * 60_000L),
                    failures + " failures: " + millis);
        }
    }

    @Test
    void aRejectedSessionEarnsExactlyOneNewLogin() {
        startPolling();
        account.fetchFailures.add(new CloudException(FailureKind.SESSION_EXPIRED, "HTTP 401"));
        scheduler.advanceTo(lastNextAttempt());
        assertEquals(2, account.logins.size());
        assertEquals(List.of("ok 1", "ok 1"), events);

        // rejected again right after a fresh login: the cloud is at fault, no loop
        account.fetchFailures.add(new CloudException(FailureKind.SESSION_EXPIRED, "HTTP 401"));
        account.fetchFailures.add(new CloudException(FailureKind.SESSION_EXPIRED, "HTTP 401"));
        scheduler.advanceTo(lastNextAttempt());
        assertEquals(3, account.logins.size());
        assertEquals(5, account.fetches.size(), "1 + (rejected, retried) + (rejected, retried once, rejected)");
        assertEquals("SESSION_EXPIRED", events.get(2));
    }

    private Instant lastNextAttempt() {
        Instant next = nextAttempts.get(nextAttempts.size() - 1);
        assertNotNull(next);
        return next;
    }

    @Test
    void pendingUserActionIsCheckedEveryHalfHour() {
        account.persistentLoginFailure = new CloudException(FailureKind.USER_ACTION_REQUIRED, "tou", null, "tou");
        startPolling();
        scheduler.advance(Duration.ofHours(2));
        assertEquals(5, account.logins.size());
        account.persistentLoginFailure = null;
        scheduler.advance(Duration.ofMinutes(30));
        assertEquals("ok 1", events.get(events.size() - 1));
    }

    @Test
    void aDefectIsReportedAndBackedOffNotThrown() {
        account.fetchDefect = new IllegalStateException("bug");
        startPolling();
        assertEquals(List.of("BAD_RESPONSE"), events);
        assertEquals(START.plus(Duration.ofMinutes(1)), nextAttempts.get(0));
    }

    @Test
    void aRequestCutShortByStoppingIsNotRememberedAsAFailure() {
        account.everyFetchFails = () -> {
            AccountPoller current = poller;
            assertNotNull(current);
            current.stop(); // the thing is disposed while the request is out
            return new CloudException(FailureKind.NETWORK, "interrupted");
        };
        startPolling();
        assertEquals(0, store.states.get("account").consecutiveFailures());
        assertNull(store.states.get("account").notBefore());
        assertEquals(List.of(), events, "nothing reported after stop");
    }

    @Test
    void stopCancelsEveryFutureCall() {
        startPolling();
        AccountPoller current = poller;
        assertNotNull(current);
        current.stop();
        assertTrue(scheduler.pendingDueTimes().isEmpty());
        scheduler.advance(Duration.ofHours(1));
        assertEquals(1, account.fetches.size());
    }

    @Test
    void aSilentSensorIsPolledAtTheFloorForTwoHoursThenLessAndLessOften() {
        // LibreLinkUp-like: the answers carry the latest reading only, so a look that comes late loses readings
        account.frozenReadingAt = START.minusSeconds(43);
        startPolling();
        scheduler.advance(Duration.ofHours(2));
        int firstTwoHours = account.fetches.size();
        assertTrue(firstTwoHours >= 118 && firstTwoHours <= 121, "one a minute: " + firstTwoHours);
        scheduler.advance(Duration.ofHours(1));
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < account.fetches.size(); i++) {
            gaps.add(Duration.between(account.fetches.get(i - 1), account.fetches.get(i)));
        }
        assertTrue(account.fetches.size() - firstTwoHours < 20,
                "the third hour costs few polls: " + (account.fetches.size() - firstTwoHours));
        assertEquals(Duration.ofMinutes(5), gaps.get(gaps.size() - 1), "settles at the idle maximum");
        assertTrue(gaps.stream().allMatch(gap -> gap.compareTo(Duration.ofSeconds(60)) >= 0), "never below floor");
    }
}
