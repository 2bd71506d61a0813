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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.FailureKind;

/**
 * What the engine of one account is doing and why, read-only, for the console: no secret in it.
 *
 * @param lastSuccess when the last poll succeeded, since this engine started; null before
 * @param nextPoll when the next request is planned; null while none is (polling now, stopped, not running)
 * @param reason why the next request comes when it does
 * @param loginsLastHour login attempts of the last hour, against {@code loginBudget}
 * @param nextLoginAllowed when the budget allows the next login (now when it does)
 * @param lastFailure the kind of the last failure, null after a success
 * @param waitUntil the end of a wait the cloud named (Retry-After, rate limit, lockout) that is still running, or null
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record PollerStatus(@Nullable Instant lastSuccess, @Nullable Instant nextPoll, Reason reason, int loginsLastHour,
        int loginBudget, Instant nextLoginAllowed, int consecutiveFailures, @Nullable FailureKind lastFailure,
        @Nullable Instant waitUntil) {

    /** Why the next request comes when it does. */
    public enum Reason {
        /** The engine is not running (the thing is disposed or not initialized). */
        NOT_RUNNING,
        /** A poll is under way. */
        POLLING,
        /** The first poll since the engine started. */
        FIRST_POLL,
        /** Just after the next reading is due in the cloud. */
        CADENCE,
        /** Someone asked for it ({@code cgm retry}). */
        RETRY_REQUESTED,
        /** Exponential back-off after a fault. */
        BACKOFF,
        /** The time the cloud named: Retry-After, rate limit. */
        RATE_LIMIT,
        /** The cloud locked logins until then. */
        LOCKOUT,
        /** The binding's own limit of logins per hour. */
        LOGIN_BUDGET,
        /** The account owner must act in the vendor app; the engine looks again now and then. */
        WAITING_FOR_USER,
        /** Nothing until the configuration changes. */
        STOPPED
    }

    /** The outcome of {@code retryNow()}: planned at {@code at}, or refused for {@code refusal} until {@code at}. */
    public record Retry(@Nullable Refusal refusal, @Nullable Instant at) {

        public boolean planned() {
            return refusal == null;
        }
    }

    /** Why a poll cannot be planned now. */
    public enum Refusal {
        NOT_RUNNING,
        POLLING,
        STOPPED,
        SERVER_WAIT,
        LOCKOUT,
        LOGIN_BUDGET
    }
}
