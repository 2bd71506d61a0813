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
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;

/**
 * What the engine remembers of an account across restarts, disabling and reconfiguration with the same credentials.
 *
 * @param notBefore no request to the cloud before this instant (lockout, Retry-After, back-off), or null
 * @param consecutiveFailures failed polls since the last success, for the back-off
 * @param recentLogins login attempts of the last hour, for the login budget
 * @param lastFailure the failure that set {@code notBefore}, to show it again after a restart
 * @param loginsStopped true after a failure that only a configuration change may retry (an account Dexcom locked)
 * @param session what the account needs to resume without a login; secret, never logged
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record AccountState(@Nullable Instant notBefore, int consecutiveFailures, List<Instant> recentLogins,
        @Nullable Failure lastFailure, boolean loginsStopped, Map<String, String> session) {

    public static final AccountState EMPTY = new AccountState(null, 0, List.of(), null, false, Map.of());

    /** A failure as stored: what the status text needs, nothing secret. */
    public record Failure(FailureKind kind, String message, @Nullable String detail, @Nullable Instant retryAt) {

        static Failure of(CloudException e) {
            String message = e.getMessage();
            return new Failure(e.kind(), message != null ? message : e.kind().name(), e.detail(), e.retryAt());
        }

        public CloudException toException() {
            return new CloudException(kind, message, retryAt, detail);
        }
    }

    @Override
    public String toString() {
        // the session is secret
        return "AccountState[notBefore=" + notBefore + ", failures=" + consecutiveFailures + ", logins="
                + recentLogins.size() + ", stopped=" + loginsStopped + "]";
    }
}
