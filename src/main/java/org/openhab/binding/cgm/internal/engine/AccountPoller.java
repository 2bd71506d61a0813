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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.RetryAfter;
import org.openhab.binding.cgm.internal.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides when an account talks to its cloud. Each cycle logs in only when there is no session
 * (through the account's governor: one at a time, within the hourly budget), reads all patients in one request, and
 * plans the next cycle: aligned to the sensor cadence after success; after a fault, with exponential back-off, and
 * never before the time a rate limit or lockout names, however far away; never again after a failure only a
 * configuration change can cure. A start resumes what the governor remembers: the stored session, and any wait still
 * running.
 * <p>
 * It also fetches what a patient's history lacks (see {@link BackfillPlanner}): inside the read where the vendor's
 * read can reach back, else with one history request per patient that wants it, right after a successful read in the
 * same cycle (so never during a wait or back-off, and never two requests at once). A failed history request costs
 * only that history: the read's readings are delivered; one that asks to slow down (a rate limit, a firewall block, a
 * named wait) then counts as the cycle's failure, with its back-off and wait.
 * <p>
 * The login mechanics ({@link SessionFetch}), the retry rules ({@link RetryRules}) and the history requests
 * ({@link HistoryFetch}) live beside it; this class holds the schedule and the state the console shows.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountPoller {

    /** How often a poller whose account another bridge polls looks again. */
    static final Duration DUPLICATE_RECHECK = Duration.ofMinutes(5);
    /**
     * The longest wait after a successful poll: the planner waits at most a few minutes for a reading, and a reading
     * cannot be dated further ahead than the plausibility rules allow; this bounds it anyway.
     */
    static final Duration MAX_POLL_WAIT = Duration.ofMinutes(15);

    private final Logger logger = LoggerFactory.getLogger(AccountPoller.class);
    private final CloudAccount account;
    private final AccountGovernor governor;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final PollPlanner planner;
    private final AccountListener listener;
    private final BackfillPlanner backfill;
    private final SessionFetch fetch;
    private final RetryRules retryRules;
    private final HistoryFetch history;

    private @Nullable ScheduledFuture<?> nextCycle;
    private boolean running;
    private String name = "";
    // what the console shows: see status()
    private @Nullable Instant plannedAt;
    private @Nullable Instant lastRequest;
    private @Nullable Instant lastSuccess;
    private boolean polling;
    private boolean retryRequested;
    /** The last answer, while it stands: a patient approved after it gets its history from it. Null after a failure. */
    private @Nullable LastAnswer lastAnswer;

    public AccountPoller(CloudAccount account, AccountGovernor governor, ScheduledExecutorService executor, Clock clock,
            PollPlanner planner, Backoff backoff, AccountListener listener) {
        this.account = account;
        this.governor = governor;
        this.executor = executor;
        this.clock = clock;
        this.planner = planner;
        this.listener = listener;
        this.backfill = new BackfillPlanner(account.cadence().interval(), account.longestLookback(),
                governor.historyRequests());
        this.fetch = new SessionFetch(account, governor);
        this.retryRules = new RetryRules(clock, backoff, planner);
        this.history = new HistoryFetch(account, backfill, this::isRunning, clock);
    }

    /** The same as {@link #start(String)} for a poller without a name. */
    public void start() {
        start("");
    }

    /**
     * Starts polling: when the last request of the account is a floor ago (at once for an account not polled
     * lately), or when a remembered wait ends (then the remembered failure is reported at once), or not at all when
     * the account's logins were stopped. Another poller of the same account already polling makes this one wait.
     *
     * @param name how the user knows this poller (its bridge), shown to the owner of a duplicate
     */
    public void start(String name) {
        synchronized (this) {
            running = true;
            this.name = name;
        }
        if (!claimAccount()) {
            return;
        }
        AccountState remembered = governor.state();
        account.restoreSessionState(remembered.session());
        AccountState.Failure failure = remembered.lastFailure();
        Instant now = clock.instant();
        if (remembered.loginsStopped() && failure != null) {
            listener.pollFailed(failure.toException(), null);
            return;
        }
        // a remembered wait is believed up to the longest a server may impose, whatever was stored or the clock did
        Instant notBefore = RetryAfter.capped(remembered.notBefore(), clock);
        if (notBefore != null && notBefore.isAfter(now)) {
            if (failure != null) {
                listener.pollFailed(failure.toException(), notBefore);
            }
            scheduleIn(Duration.between(now, notBefore));
        } else {
            scheduleIn(governor.waitOutFloor(planner.floor()));
        }
    }

    /** Stops polling; a cycle already running finishes without reporting. */
    public synchronized void stop() {
        running = false;
        ScheduledFuture<?> future = nextCycle;
        if (future != null) {
            future.cancel(true);
        }
        nextCycle = null;
        governor.release(this);
        plannedAt = null;
    }

    /** True when this poller polls the account; else it says so and looks again later. */
    private boolean claimAccount() {
        String other = governor.claim(this, name);
        if (other == null) {
            return true;
        }
        logger.debug("Another bridge polls the same account; this one waits");
        listener.pollFailed(
                new CloudException(FailureKind.DUPLICATE_ACCOUNT, "another bridge polls this account", null, other),
                clock.instant().plus(DUPLICATE_RECHECK));
        scheduleIn(DUPLICATE_RECHECK);
        return false;
    }

    /** Schedules the next cycle by elapsed time, within bounds, so that no clock value can stop or storm polling. */
    private synchronized void scheduleIn(Duration delay) {
        if (!running) {
            return;
        }
        // whole milliseconds rounded up: a cycle planned for the instant a reading becomes visible never runs early
        long delayMillis = Math.max(0, Math.min(delay.plusNanos(999_999).toMillis(), RetryAfter.MAX_WAIT.toMillis()));
        plannedAt = clock.instant().plusMillis(delayMillis);
        nextCycle = executor.schedule(this::runCycle, delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized boolean isRunning() {
        return running;
    }

    void runCycle() {
        if (!isRunning()) {
            return;
        }
        if (!claimAccount()) {
            return;
        }
        if (!governor.beginRequest()) {
            // a request of this account is still in flight (a disposed poller's): never two at once
            scheduleIn(planner.floor());
            return;
        }
        cycleStarted();
        Duration delay;
        try {
            delay = cycle();
        } finally {
            governor.endRequest();
            synchronized (this) {
                polling = false;
            }
        }
        if (delay != null) {
            scheduleIn(delay);
        }
    }

    /** The time in the cloud's clock, which the readings are in: the host's clock corrected by the last answer. */
    public Instant cloudNow() {
        return clock.instant().plus(account.clockOffset());
    }

    private @Nullable Duration cycle() {
        try {
            Set<String> wanted = wantedHistory();
            List<Patient> patients = fetch.fetchAdapting(backfill.lookback(cloudNow(), wanted));
            governor.succeeded(account.sessionState());
            synchronized (this) {
                lastSuccess = clock.instant();
            }
            CloudException historyFailure = null;
            if (account.hasHistory()) {
                HistoryFetch.Result result = history.withHistory(patients, wanted);
                patients = result.patients();
                historyFailure = result.failure();
            }
            backfill.seen(patients, wanted);
            // plan in the cloud's time, which the readings are in: a host clock that jumped changes nothing
            Instant hostNow = clock.instant();
            Instant serverNow = cloudNow();
            Duration delay = Duration.between(serverNow, planner.nextPoll(serverNow, patients));
            if (delay.compareTo(MAX_POLL_WAIT) > 0) {
                delay = MAX_POLL_WAIT;
            }
            if (isRunning()) {
                listener.pollSucceeded(patients, hostNow.plus(delay));
            }
            if (historyFailure == null && account.hasHistory()) {
                historyFailure = historyForNewcomers(patients, wanted, hostNow.plus(delay));
            }
            if (historyFailure != null) {
                return delayUntil(failed(historyFailure));
            }
            synchronized (this) {
                lastAnswer = new LastAnswer(patients, wantedHistory(), hostNow.plus(delay));
            }
            return delay;
        } catch (CloudException e) {
            return delayUntil(failed(e));
        } catch (RuntimeException e) {
            // a defect, not a cloud fault: keep the account alive on back-off and leave a trace; the message stays out,
            // as it may quote a URL or an answer
            StackTraceElement[] frames = e.getStackTrace();
            logger.warn("Unexpected error while polling: {} at {}", e.getClass().getName(),
                    frames.length > 0 ? frames[0] : "unknown");
            return delayUntil(failed(new CloudException(FailureKind.BAD_RESPONSE, "internal error")));
        }
    }

    private @Nullable Duration delayUntil(@Nullable Instant next) {
        if (next == null) {
            return null;
        }
        Duration delay = Duration.between(clock.instant(), next);
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    private synchronized void cycleStarted() {
        polling = true;
        lastAnswer = null;
        retryRequested = false;
        plannedAt = null;
        lastRequest = clock.instant();
    }

    /** What the engine is doing and why, for the console. */
    public PollerStatus status() {
        AccountState state = governor.state();
        int logins = governor.loginsInLastHour();
        Instant loginAllowed = governor.nextLoginAllowed();
        Instant now = clock.instant();
        AccountState.Failure failure = state.consecutiveFailures() > 0 ? state.lastFailure() : null;
        synchronized (this) {
            return new PollerStatus(lastSuccess, polling ? null : plannedAt, reason(failure), logins,
                    AccountGovernor.LOGINS_PER_HOUR, loginAllowed, state.consecutiveFailures(),
                    failure != null ? failure.kind() : null, serverWaitUntil(failure, now));
        }
    }

    private synchronized PollerStatus.Reason reason(AccountState.@Nullable Failure failure) {
        Instant planned = plannedAt;
        if (!running) {
            return PollerStatus.Reason.NOT_RUNNING;
        } else if (polling) {
            return PollerStatus.Reason.POLLING;
        } else if (planned == null) {
            return PollerStatus.Reason.STOPPED;
        } else if (retryRequested) {
            return PollerStatus.Reason.RETRY_REQUESTED;
        } else if (failure == null) {
            return lastSuccess == null ? PollerStatus.Reason.FIRST_POLL : PollerStatus.Reason.CADENCE;
        }
        Instant serverTime = failure.retryAt();
        return switch (failure.kind()) {
            case LOCKED_OUT -> PollerStatus.Reason.LOCKOUT;
            case LOGIN_BUDGET -> PollerStatus.Reason.LOGIN_BUDGET;
            default -> switch (failure.kind().nextStep()) {
                case FIX_CONFIGURATION -> PollerStatus.Reason.STOPPED;
                case WAIT_FOR_USER -> PollerStatus.Reason.WAITING_FOR_USER;
                default -> serverTime != null && !serverTime.isBefore(planned) ? PollerStatus.Reason.RATE_LIMIT
                        : PollerStatus.Reason.BACKOFF;
            };
        };
    }

    /** The end of a wait the cloud named and that still runs; the binding's own login budget is not one. */
    private static @Nullable Instant serverWaitUntil(AccountState.@Nullable Failure failure, Instant now) {
        Instant serverTime = failure != null && failure.kind() != FailureKind.LOGIN_BUDGET ? failure.retryAt() : null;
        return serverTime != null && serverTime.isAfter(now) ? serverTime : null;
    }

    /**
     * Plans the next poll now, as soon as every rule allows: not during a wait the cloud named or a lockout, not
     * when the login budget is spent and a login is needed, not after a failure only a configuration change may
     * cure, and never sooner than the floor after the last request.
     */
    public synchronized PollerStatus.Retry retryNow() {
        if (!running) {
            return new PollerStatus.Retry(PollerStatus.Refusal.NOT_RUNNING, null);
        }
        if (polling) {
            return new PollerStatus.Retry(PollerStatus.Refusal.POLLING, null);
        }
        AccountState state = governor.state();
        AccountState.Failure failure = state.consecutiveFailures() > 0 ? state.lastFailure() : null;
        Instant planned = plannedAt;
        if (planned == null || state.loginsStopped() || reason(failure) == PollerStatus.Reason.STOPPED) {
            return new PollerStatus.Retry(PollerStatus.Refusal.STOPPED, null);
        }
        Instant now = clock.instant();
        Instant serverWait = serverWaitUntil(failure, now);
        if (serverWait != null) {
            return new PollerStatus.Retry(
                    failure != null && failure.kind() == FailureKind.LOCKED_OUT ? PollerStatus.Refusal.LOCKOUT
                            : PollerStatus.Refusal.SERVER_WAIT,
                    serverWait);
        }
        Instant loginAllowed = governor.nextLoginAllowed();
        if (!account.hasSession() && loginAllowed.isAfter(now)) {
            return new PollerStatus.Retry(PollerStatus.Refusal.LOGIN_BUDGET, loginAllowed);
        }
        Instant previous = lastRequest;
        Instant at = previous != null && previous.plus(planner.floor()).isAfter(now) ? previous.plus(planner.floor())
                : now;
        if (!planned.isAfter(at)) {
            return new PollerStatus.Retry(null, planned);
        }
        ScheduledFuture<?> future = nextCycle;
        if (future != null) {
            future.cancel(false);
        }
        retryRequested = true;
        scheduleIn(Duration.between(now, at));
        return new PollerStatus.Retry(null, at);
    }

    private @Nullable Instant failed(CloudException failure) {
        if (!isRunning()) {
            // stopped mid-request (the thing was disposed): the interruption says nothing about the cloud
            return null;
        }
        Instant next = retryRules.nextAttemptAfter(failure, governor.consecutiveFailures() + 1);
        governor.failed(failure, next, failure.kind() == FailureKind.ACCOUNT_LOCKED, account.sessionState());
        logger.debug("Poll failed ({} in a row): {}; next attempt {}", governor.consecutiveFailures(), failure, next);
        listener.pollFailed(failure, next);
        return next;
    }

    private record LastAnswer(List<Patient> patients, Set<String> wanted, Instant nextPoll) {
        LastAnswer withWanted(Set<String> now) {
            return new LastAnswer(patients, now, nextPoll);
        }
    }

    /**
     * A patient thing that wants history has started. On openHAB 5 a thing approved from the inbox starts after the
     * cycle that found it (discovery results reach the inbox on their own thread), so its start history comes now,
     * from the answer of that cycle, rather than a poll later. Nothing happens during a wait, a back-off or a cycle.
     */
    public void historyWanted() {
        executor.execute(this::runNewcomerHistory);
    }

    void runNewcomerHistory() {
        LastAnswer answer;
        synchronized (this) {
            answer = lastAnswer;
            if (!running || polling || answer == null || !account.hasHistory()) {
                return;
            }
        }
        if (!governor.beginRequest()) {
            return;
        }
        synchronized (this) {
            polling = true;
        }
        Instant failedUntil = null;
        try {
            CloudException failure = historyForNewcomers(answer.patients(), answer.wanted(), answer.nextPoll());
            if (failure != null) {
                failedUntil = failed(failure);
            }
        } finally {
            governor.endRequest();
            synchronized (this) {
                polling = false;
                lastAnswer = failedUntil == null ? answer.withWanted(wantedHistory()) : null;
            }
        }
        Duration delay = delayUntil(failedUntil);
        if (delay != null) {
            replanIn(delay);
        }
    }

    /** The planned cycle moves to the wait a history request was answered with. */
    private synchronized void replanIn(Duration delay) {
        ScheduledFuture<?> future = nextCycle;
        if (future != null) {
            future.cancel(false);
        }
        scheduleIn(delay);
    }

    private Set<String> wantedHistory() {
        Set<String> wanted = new HashSet<>();
        listener.patientsWantingHistory().forEach(id -> wanted.add(Patient.key(id)));
        return wanted;
    }

    /**
     * A patient that started wanting history while this cycle's answer was delivered (a thing approved from the inbox
     * on it) gets it in this cycle, as the others got theirs at their first poll, not one poll later; then every
     * patient is delivered again, with it.
     *
     * @return the failure of its history request when it asks to slow down, else null
     */
    private @Nullable CloudException historyForNewcomers(List<Patient> patients, Set<String> wanted, Instant nextPoll) {
        Set<String> now = wantedHistory();
        if (!isRunning() || wanted.containsAll(now)) {
            return null;
        }
        HistoryFetch.Result result = history.withHistory(patients, now);
        backfill.seen(result.patients(), now);
        if (isRunning() && !result.patients().equals(patients)) {
            listener.pollSucceeded(result.patients(), nextPoll);
        }
        return result.failure();
    }
}
