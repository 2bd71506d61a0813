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
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides when an account talks to its cloud. Each cycle logs in only when there is no session,
 * reads all patients in one request, and plans the next cycle: aligned to the sensor cadence after success, at the
 * server's stated time after a rate limit or lockout, with exponential back-off after other faults, and never again
 * after a failure only a configuration change can cure.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountPoller {

    /** How often to look again while the account owner must act in the vendor app (a login that succeeds). */
    static final Duration USER_ACTION_RETRY = Duration.ofMinutes(30);

    private final Logger logger = LoggerFactory.getLogger(AccountPoller.class);
    private final CloudAccount account;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final PollPlanner planner;
    private final Backoff backoff;
    private final AccountListener listener;

    private @Nullable ScheduledFuture<?> nextCycle;
    private boolean running;
    private int consecutiveFailures;

    public AccountPoller(CloudAccount account, ScheduledExecutorService executor, Clock clock, PollPlanner planner,
            Backoff backoff, AccountListener listener) {
        this.account = account;
        this.executor = executor;
        this.clock = clock;
        this.planner = planner;
        this.backoff = backoff;
        this.listener = listener;
    }

    /** Starts polling with a cycle right away, on the executor. */
    public synchronized void start() {
        running = true;
        scheduleAt(clock.instant());
    }

    /** Stops polling; a cycle already running finishes without reporting. */
    public synchronized void stop() {
        running = false;
        ScheduledFuture<?> future = nextCycle;
        if (future != null) {
            future.cancel(true);
        }
        nextCycle = null;
    }

    private synchronized void scheduleAt(Instant when) {
        if (!running) {
            return;
        }
        long delayMillis = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        nextCycle = executor.schedule(this::runCycle, delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized boolean isRunning() {
        return running;
    }

    void runCycle() {
        if (!isRunning()) {
            return;
        }
        Instant next;
        try {
            List<Patient> patients = fetchWithSession();
            consecutiveFailures = 0;
            Instant now = clock.instant();
            next = planner.nextPoll(now, patients);
            if (isRunning()) {
                listener.pollSucceeded(patients, next);
            }
        } catch (CloudException e) {
            consecutiveFailures++;
            next = nextAttemptAfter(e);
            logger.debug("Poll failed ({} in a row): {}; next attempt {}", consecutiveFailures, e, next);
            if (isRunning()) {
                listener.pollFailed(e, next);
            }
        } catch (RuntimeException e) {
            // a defect, not a cloud fault: keep the account alive on back-off and leave a trace
            consecutiveFailures++;
            logger.warn("Unexpected error while polling: {}", e.getClass().getName(), e);
            CloudException failure = new CloudException(FailureKind.BAD_RESPONSE, "internal error");
            next = nextAttemptAfter(failure);
            if (isRunning()) {
                listener.pollFailed(failure, next);
            }
        }
        if (next != null) {
            scheduleAt(next);
        }
    }

    /** Logs in only without a session; a session the server rejects earns exactly one new login per cycle. */
    private List<Patient> fetchWithSession() throws CloudException {
        boolean freshSession = false;
        if (!account.hasSession()) {
            account.logIn();
            freshSession = true;
        }
        try {
            return account.fetchPatients();
        } catch (CloudException e) {
            if (e.kind() != FailureKind.SESSION_EXPIRED) {
                throw e;
            }
            account.dropSession();
            if (freshSession) {
                throw e;
            }
            logger.debug("Session rejected by the cloud, logging in again");
            account.logIn();
            return account.fetchPatients();
        }
    }

    private @Nullable Instant nextAttemptAfter(CloudException failure) {
        Instant now = clock.instant();
        return switch (failure.kind().nextStep()) {
            case FIX_CONFIGURATION -> null;
            case WAIT_FOR_USER -> now.plus(USER_ACTION_RETRY);
            case RETRY_LATER, LOG_IN_AGAIN -> {
                Instant serverTime = failure.retryAt();
                Instant notBefore = now.plus(planner.floor());
                if (serverTime != null) {
                    yield serverTime.isAfter(notBefore) ? serverTime : notBefore;
                }
                Instant backedOff = now.plus(backoff.delay(consecutiveFailures));
                yield backedOff.isAfter(notBefore) ? backedOff : notBefore;
            }
        };
    }
}
