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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The governor of an account: its login budget, one login at a time, and a memory that survives a new governor.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountGovernorTest {

    private static final Instant START = Instant.parse("2026-11-21T08:00:00Z");
    private final MutableClock clock = new MutableClock(START);
    private final MemoryStateStore store = new MemoryStateStore();
    private final AccountGovernors governors = new AccountGovernors(store, clock);
    private final ScriptedAccount account = new ScriptedAccount(clock);

    @Test
    void allowsAHandfulOfLoginsAnHourAndSaysWhenTheNextIs() throws CloudException {
        AccountGovernor governor = governors.forAccount("a");
        for (int i = 0; i < AccountGovernor.LOGINS_PER_HOUR; i++) {
            governor.logIn(account);
            clock.advance(Duration.ofMinutes(1));
        }
        CloudException spent = assertThrows(CloudException.class, () -> governor.logIn(account));
        assertEquals(FailureKind.LOGIN_BUDGET, spent.kind());
        assertEquals(START.plus(Duration.ofHours(1)), spent.retryAt(), "when the first of the hour drops out");
        assertEquals(AccountGovernor.LOGINS_PER_HOUR, account.logins.size(), "no request when the budget is spent");
        clock.set(START.plus(Duration.ofHours(1)));
        governor.logIn(account);
        assertEquals(AccountGovernor.LOGINS_PER_HOUR + 1, account.logins.size());
    }

    @Test
    void failedLoginsCountToo() {
        AccountGovernor governor = governors.forAccount("a");
        account.persistentLoginFailure = new CloudException(FailureKind.SERVER_ERROR, "HTTP 502");
        for (int i = 0; i < AccountGovernor.LOGINS_PER_HOUR; i++) {
            assertThrows(CloudException.class, () -> governor.logIn(account));
        }
        assertEquals(FailureKind.LOGIN_BUDGET,
                assertThrows(CloudException.class, () -> governor.logIn(account)).kind());
    }

    @Test
    void oneLoginAtATimePerAccount() throws Exception {
        AccountGovernor governor = governors.forAccount("a");
        assertSame(governor, governors.forAccount("a"), "two things on one account share one governor");
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ScriptedAccount slow = new ScriptedAccount(clock) {
            @Override
            public void logIn(LoginPermit permit) throws CloudException {
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                firstInside.countDown();
                try {
                    releaseFirst.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
                super.logIn(permit);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> {
                governor.logIn(slow);
                return null;
            });
            assertTrue(firstInside.await(10, TimeUnit.SECONDS));
            Future<?> second = threads.submit(() -> {
                governor.logIn(slow);
                return null;
            });
            assertFalse(second.isDone(), "the second waits while the first is in flight");
            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(1, mostInside.get());
        assertEquals(2, slow.logins.size());
    }

    @Test
    void aNewGovernorRemembersWhatTheOldOneStored() throws CloudException {
        AccountGovernor governor = governors.forAccount("a");
        governor.logIn(account);
        CloudException locked = new CloudException(FailureKind.LOCKED_OUT, "locked", START.plusSeconds(300), null);
        governor.failed(locked, START.plusSeconds(300), false, Map.of("token", "t"));

        AccountGovernor after = new AccountGovernors(store, clock).forAccount("a");
        AccountState state = after.state();
        assertEquals(START.plusSeconds(300), state.notBefore());
        assertEquals(1, state.consecutiveFailures());
        assertEquals(List.of(START), state.recentLogins());
        assertEquals(Map.of("token", "t"), state.session());
        AccountState.Failure failure = state.lastFailure();
        assertNotNull(failure);
        assertEquals(FailureKind.LOCKED_OUT, failure.toException().kind());

        after.succeeded(Map.of("token", "u"));
        assertNull(store.states.get("a").notBefore());
        assertEquals(0, store.states.get("a").consecutiveFailures());
    }

    @Test
    void anUnchangedStateIsNotStoredAgain() {
        AccountGovernor governor = governors.forAccount("a");
        governor.succeeded(Map.of("token", "t"));
        int saves = store.saves;
        governor.succeeded(Map.of("token", "t"));
        assertEquals(saves, store.saves);
    }

    @Test
    void forgettingAnAccountDropsItsMemory() {
        governors.forAccount("a").succeeded(Map.of("token", "t"));
        governors.forget("a");
        assertNull(store.states.get("a"));
        assertEquals(AccountState.EMPTY, governors.forAccount("a").state());
    }
}
