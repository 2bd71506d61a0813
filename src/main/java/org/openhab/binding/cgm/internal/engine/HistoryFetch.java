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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history requests of one cycle, one patient after the other, as the {@link BackfillPlanner} asks for them. The
 * poller decides when this runs; this only runs them and merges their readings.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class HistoryFetch {

    /** The patients with what history they got, and the failure that should count as the cycle's, if any. */
    record Result(List<Patient> patients, @Nullable CloudException failure) {
    }

    private final Logger logger = LoggerFactory.getLogger(HistoryFetch.class);
    private final CloudAccount account;
    private final BackfillPlanner backfill;
    private final BooleanSupplier running;
    private final Clock clock;

    HistoryFetch(CloudAccount account, BackfillPlanner backfill, BooleanSupplier running, Clock clock) {
        this.account = account;
        this.backfill = backfill;
        this.running = running;
        this.clock = clock;
    }

    /**
     * The patients with the history the planner asks for merged into their readings. The first failure ends the
     * history requests of this cycle; it is returned when it asks to slow down, else only logged.
     */
    Result withHistory(List<Patient> patients, Set<String> wanted) {
        List<String> requests = backfill.historyRequests(patients, wanted, cloudNow());
        if (requests.isEmpty()) {
            return new Result(patients, null);
        }
        List<Patient> merged = new ArrayList<>(patients);
        for (String patientId : requests) {
            if (!running.getAsBoolean()) {
                break;
            }
            backfill.requested(patientId, cloudNow());
            try {
                List<GlucoseReading> history = account.fetchHistory(patientId);
                merged.replaceAll(patient -> patient.id().equals(patientId) ? patient.withHistory(history) : patient);
            } catch (CloudException e) {
                backfill.failed(patientId);
                logger.debug("History request failed, skipped for this patient: {}", e.kind());
                return new Result(merged, RetryRules.asksToSlowDown(e) ? e : null);
            }
        }
        return new Result(merged, null);
    }

    /** The time in the cloud's clock, as {@link AccountPoller#cloudNow()} has it. */
    private Instant cloudNow() {
        return clock.instant().plus(account.clockOffset());
    }
}
