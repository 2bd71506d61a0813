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
package org.openhab.binding.cgm.internal.client;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What went wrong talking to a cloud, named by what the caller must do next rather than by HTTP code.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum FailureKind {
    /** The cloud refused the e-mail or password. Retrying cannot help and would lock the account. */
    BAD_CREDENTIALS(NextStep.FIX_CONFIGURATION),
    /** The cloud locked the account after failed logins and says nothing of when it ends. */
    ACCOUNT_LOCKED(NextStep.FIX_CONFIGURATION),
    /** The configuration cannot work (unknown region, invalid argument). */
    INVALID_CONFIGURATION(NextStep.FIX_CONFIGURATION),
    /** The cloud refuses this client: app version too old or a header it now requires. Detail: minimum version. */
    CLIENT_REJECTED(NextStep.FIX_CONFIGURATION),
    /** The account owner must do something in the vendor app first (accept terms, verify e-mail). Detail: step. */
    USER_ACTION_REQUIRED(NextStep.WAIT_FOR_USER),
    /** Too many failed logins: the cloud locked logins until {@link CloudException#retryAt()}. */
    LOCKED_OUT(NextStep.RETRY_LATER),
    /** The binding's own limit of logins per hour is reached; no request was made. */
    LOGIN_BUDGET(NextStep.RETRY_LATER),
    /** The cloud asks us to slow down (HTTP 429, 430, 476, a firewall block). */
    RATE_LIMITED(NextStep.RETRY_LATER),
    /** A firewall in front of the cloud answered with a web page instead of data. */
    BLOCKED(NextStep.RETRY_LATER),
    /** The cloud is under maintenance. */
    MAINTENANCE(NextStep.RETRY_LATER),
    /** The cloud failed (HTTP 5xx). */
    SERVER_ERROR(NextStep.RETRY_LATER),
    /** The answer could not be understood: malformed JSON, missing fields, an unexpected status. */
    BAD_RESPONSE(NextStep.RETRY_LATER),
    /** No answer: connection refused or reset, timeout. */
    NETWORK(NextStep.RETRY_LATER),
    /** The cloud sends the account from region to region and back: only a configured region can help. */
    REGION_LOOP(NextStep.FIX_CONFIGURATION),
    /** The cloud answered with an HTTP redirect, which is never followed, so that credentials stay with the cloud. */
    REDIRECTED(NextStep.RETRY_LATER),
    /** HTTP 403 without a version floor: a firewall blocks this client for a while. */
    FORBIDDEN(NextStep.RETRY_LATER),
    /** The API answers 404 or 410 after a successful login: the vendor may have retired it. */
    API_GONE(NextStep.RETRY_LATER),
    /** Not the cloud's: another bridge already polls the same account. Detail: that bridge. */
    DUPLICATE_ACCOUNT(NextStep.RETRY_LATER),
    /** The session token is no longer accepted. */
    SESSION_EXPIRED(NextStep.LOG_IN_AGAIN),
    /** The cloud does not know the patient asked for. */
    PATIENT_NOT_FOUND(NextStep.RETRY_LATER);

    /** What the caller should do about a failure. */
    public enum NextStep {
        FIX_CONFIGURATION,
        WAIT_FOR_USER,
        RETRY_LATER,
        LOG_IN_AGAIN
    }

    private final NextStep nextStep;

    FailureKind(NextStep nextStep) {
        this.nextStep = nextStep;
    }

    public NextStep nextStep() {
        return nextStep;
    }
}
