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

import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read of all patients with the session it needs: logs in only without a session, through the governor, and
 * retries once where a retry can help. Apart from {@link AccountPoller} so that the cycle reads as a plan, not as
 * login mechanics.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class SessionFetch {

    private final Logger logger = LoggerFactory.getLogger(SessionFetch.class);
    private final CloudAccount account;
    private final AccountGovernor governor;

    SessionFetch(CloudAccount account, AccountGovernor governor) {
        this.account = account;
        this.governor = governor;
    }

    /** A failure the account can adapt to (a newer app version the cloud names) earns one immediate retry. */
    List<Patient> fetchAdapting(Duration lookback) throws CloudException {
        try {
            return fetchWithSession(lookback);
        } catch (CloudException e) {
            if (!account.adaptTo(e)) {
                throw e;
            }
            return fetchWithSession(lookback);
        }
    }

    /** Logs in only without a session; a session the server rejects earns exactly one new login per cycle. */
    private List<Patient> fetchWithSession(Duration lookback) throws CloudException {
        boolean freshSession = false;
        if (!account.hasSession()) {
            governor.logIn(account);
            freshSession = true;
        }
        try {
            return account.fetchPatients(lookback);
        } catch (CloudException e) {
            if (e.kind() != FailureKind.SESSION_EXPIRED) {
                throw e;
            }
            account.dropSession();
            if (freshSession) {
                throw e;
            }
            logger.debug("Session rejected by the cloud, logging in again");
            governor.logIn(account);
            return account.fetchPatients(lookback);
        }
    }
}
