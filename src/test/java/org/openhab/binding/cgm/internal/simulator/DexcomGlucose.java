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
package org.openhab.binding.cgm.internal.simulator;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * {@code Publisher/ReadPublisherLatestGlucoseValues?sessionId=&minutes=&maxCount=}. Callers hold the simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomGlucose {

    static final int MAX_MINUTES = 1440;
    static final int MAX_COUNT = 288;

    private final DexcomSimulation simulation;
    private final DexcomSessions sessions;

    DexcomGlucose(DexcomSimulation simulation, DexcomSessions sessions) {
        this.simulation = simulation;
        this.sessions = sessions;
    }

    /**
     * Order of checks: session (the all-zero id gets an empty HTTP 200 body, as pydexcom notes; missing or unknown →
     * {@code SessionIdNotFound}; too old → {@code SessionNotValid}), then minutes and maxCount
     * ({@code InvalidArgument}). The body is not read: {@code {}} or none both work.
     */
    SimResponse read(RecordedRequest request) throws Rejection {
        Instant now = simulation.clock().instant();
        String sessionId = request.queryParameter("sessionId");
        if (sessionId != null && DexcomResponses.ZERO_UUID.equals(sessionId.trim())) {
            return DexcomResponses.json(200, new byte[0]);
        }
        DexcomSessions.Session session = sessionId == null || sessionId.isBlank() ? null
                : sessions.find(sessionId, request.region());
        if (session == null) {
            return DexcomErrors.sessionIdNotFound(String.valueOf(sessionId), now);
        }
        if (!session.validAt(now, simulation.sessionLifetime())) {
            return DexcomErrors.sessionNotValid(session.sessionId(), now);
        }
        int minutes = intParameter(request, "minutes", MAX_MINUTES, now);
        int maxCount = intParameter(request, "maxCount", MAX_COUNT, now);
        DexcomAccount account = session.account();
        return DexcomResponses.json(200,
                DexcomReadingJson.array(account.readings(now, Duration.ofMinutes(minutes), maxCount),
                        simulation.payload(), account.displayOffset()));
    }

    private static int intParameter(RecordedRequest request, String name, int max, Instant now) throws Rejection {
        String text = request.queryParameter(name);
        try {
            int value = text == null ? 0 : Integer.parseInt(text.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the rejection below
        }
        throw new Rejection(DexcomErrors.invalidArgument(name, "must be a number from 1 to " + max, now));
    }
}
