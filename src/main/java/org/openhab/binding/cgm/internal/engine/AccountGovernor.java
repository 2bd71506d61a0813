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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;

/**
 * The memory and the conscience of one account, shared by every poller of it in this runtime: one login at a time,
 * at most {@value #LOGINS_PER_HOUR} logins an hour whatever happens, and the instant before which the account must
 * not call its cloud. Its state is stored on every change, so a restart, a disabled thing or a reconfiguration with
 * the same credentials picks up where it was.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountGovernor {

    /** LibreLinkUp locks after 3 failures in a minute, Dexcom after a few: a handful an hour stays far from both. */
    public static final int LOGINS_PER_HOUR = 5;
    private static final Duration BUDGET_WINDOW = Duration.ofHours(1);

    private final String key;
    private final AccountStateStore store;
    private final Clock clock;
    private final ReentrantLock loginInFlight = new ReentrantLock();
    /** Held while a poll cycle of this account talks to the cloud, whichever poller runs it. */
    private final ReentrantLock requestInFlight = new ReentrantLock();
    private AccountState state;
    /** When the last poll cycle of this account began, in memory only: it outlives re-initializations. */
    private @Nullable Instant lastRequest;
    /**
     * When each patient's history was last requested (key: lower-case patient id), in memory only: like the floor it
     * outlives re-initializations, so that restarting a bridge again and again costs no more history requests.
     */
    private final Map<String, Instant> historyRequests = new ConcurrentHashMap<>();
    /** The poller that polls this account, and its name; another one is refused. */
    private @Nullable Object owner;
    private String ownerName = "";

    AccountGovernor(String key, AccountStateStore store, Clock clock) {
        this.key = key;
        this.store = store;
        this.clock = clock;
        AccountState stored = store.load(key);
        this.state = stored != null ? stored : AccountState.EMPTY;
    }

    public synchronized AccountState state() {
        return state;
    }

    /**
     * Logs the account in, alone: a second poller of the same account waits for the first. The attempt counts in the
     * budget before it is made, whatever its outcome.
     *
     * @throws CloudException of kind {@link FailureKind#LOGIN_BUDGET} when the budget is spent, without a request
     */
    public void logIn(CloudAccount account) throws CloudException {
        loginInFlight.lock();
        try {
            // every password post counts, a regional redirect's as much as the first
            account.logIn(this::spendLogin);
        } finally {
            loginInFlight.unlock();
        }
    }

    private void spendLogin() throws CloudException {
        Instant now = clock.instant();
        Instant allowed = nextLoginAllowed(now);
        if (allowed.isAfter(now)) {
            throw new CloudException(FailureKind.LOGIN_BUDGET, LOGINS_PER_HOUR + " logins in the last hour", allowed,
                    null);
        }
        recordLogin(now);
    }

    /**
     * Makes {@code poller} the one that polls this account, unless another one does.
     *
     * @return null when it is (now) the owner, else the name of the owner
     */
    public synchronized @Nullable String claim(Object poller, String name) {
        Object current = owner;
        if (current == null || current.equals(poller)) {
            owner = poller;
            ownerName = name;
            return null;
        }
        return ownerName;
    }

    public synchronized void release(Object poller) {
        if (poller.equals(owner)) {
            owner = null;
            ownerName = "";
        }
    }

    /**
     * Begins a poll cycle, unless one of this account is in flight (a disposed poller's request not yet returned):
     * at most one request per account at a time, across bridges and re-initializations.
     */
    public boolean beginRequest() {
        if (!requestInFlight.tryLock()) {
            return false;
        }
        synchronized (this) {
            lastRequest = clock.instant();
        }
        return true;
    }

    public void endRequest() {
        if (requestInFlight.isHeldByCurrentThread()) {
            requestInFlight.unlock();
        }
    }

    /**
     * How long to wait before the next request so that the account sees no two within {@code floor}, however often
     * the bridge is re-initialized. Never more than the floor, even when the host clock jumped back.
     */
    public synchronized Duration waitOutFloor(Duration floor) {
        Instant last = lastRequest;
        if (last == null) {
            return Duration.ZERO;
        }
        Duration elapsed = Duration.between(last, clock.instant());
        if (elapsed.isNegative()) {
            return floor;
        }
        Duration wait = floor.minus(elapsed);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** When each patient's history was last requested, for {@link BackfillPlanner}; shared by every poller. */
    Map<String, Instant> historyRequests() {
        return historyRequests;
    }

    /** A poll succeeded: failures and waiting are over; the session is kept for the next start. */
    public synchronized void succeeded(Map<String, String> session) {
        update(new AccountState(null, 0, state.recentLogins(), null, false, Map.copyOf(session)));
    }

    /**
     * A poll failed.
     *
     * @param nextAttempt when the next request may go out, or null when only a configuration change may retry
     * @param stopLogins true when even a restart must not retry (an account the cloud locked)
     */
    public synchronized void failed(CloudException failure, @Nullable Instant nextAttempt, boolean stopLogins,
            Map<String, String> session) {
        update(new AccountState(nextAttempt, state.consecutiveFailures() + 1, state.recentLogins(),
                AccountState.Failure.of(failure), stopLogins, Map.copyOf(session)));
    }

    public synchronized int consecutiveFailures() {
        return state.consecutiveFailures();
    }

    /** Login attempts in the last hour, for the console. */
    public synchronized int loginsInLastHour() {
        return recentLogins(clock.instant()).size();
    }

    /** When the budget allows the next login: now, or when the oldest counted login leaves the hour. */
    public Instant nextLoginAllowed() {
        return nextLoginAllowed(clock.instant());
    }

    private synchronized Instant nextLoginAllowed(Instant now) {
        List<Instant> recent = recentLogins(now);
        return recent.size() < LOGINS_PER_HOUR ? now : recent.get(recent.size() - LOGINS_PER_HOUR).plus(BUDGET_WINDOW);
    }

    private synchronized void recordLogin(Instant now) {
        List<Instant> recent = new ArrayList<>(recentLogins(now));
        recent.add(now);
        update(new AccountState(state.notBefore(), state.consecutiveFailures(), List.copyOf(recent),
                state.lastFailure(), state.loginsStopped(), state.session()));
    }

    /** Logins of the last hour; one dated after now (the host clock went back) counts as made now. */
    private List<Instant> recentLogins(Instant now) {
        Instant windowStart = now.minus(BUDGET_WINDOW);
        return state.recentLogins().stream().map(login -> login.isAfter(now) ? now : login)
                .filter(login -> login.isAfter(windowStart)).sorted().toList();
    }

    private void update(AccountState newState) {
        if (!newState.equals(state)) {
            state = newState;
            store.save(key, newState);
        }
    }
}
