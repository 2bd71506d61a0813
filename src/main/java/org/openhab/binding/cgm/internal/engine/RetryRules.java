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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.RetryAfter;

/**
 * When an account may try again after a failure: the rules in one place, apart from the poller that applies them,
 * so that they can be read (and changed) without the scheduling around them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class RetryRules {

    /** How often to look again while the account owner must act in the vendor app (a login that succeeds). */
    static final Duration USER_ACTION_RETRY = Duration.ofMinutes(30);

    private final Clock clock;
    private final Backoff backoff;
    private final PollPlanner planner;

    RetryRules(Clock clock, Backoff backoff, PollPlanner planner) {
        this.clock = clock;
        this.backoff = backoff;
        this.planner = planner;
    }

    /** The next attempt after the given number of failures in a row, or null when only a configuration change helps. */
    @Nullable
    Instant nextAttemptAfter(CloudException failure, int failures) {
        Instant now = clock.instant();
        return switch (failure.kind().nextStep()) {
            case FIX_CONFIGURATION -> null;
            case WAIT_FOR_USER -> now.plus(USER_ACTION_RETRY);
            case RETRY_LATER, LOG_IN_AGAIN -> {
                // the later of the server's own time and the back-off: a server that keeps asking for a short wait,
                // or names a time already past, still gets less and less often asked
                Instant next = now.plus(backoff.delay(failures));
                Instant serverTime = failure.retryAt();
                if (serverTime != null && serverTime.isAfter(next)) {
                    next = serverTime;
                }
                Instant notBefore = now.plus(planner.floor());
                next = next.isAfter(notBefore) ? next : notBefore;
                Instant latest = now.plus(RetryAfter.MAX_WAIT);
                yield next.isAfter(latest) ? latest : next;
            }
        };
    }

    /** True for a failure that asks the client to slow down: it then counts as the cycle's failure. */
    static boolean asksToSlowDown(CloudException failure) {
        return switch (failure.kind()) {
            case RATE_LIMITED, BLOCKED, FORBIDDEN, LOCKED_OUT -> true;
            default -> failure.retryAt() != null;
        };
    }
}
