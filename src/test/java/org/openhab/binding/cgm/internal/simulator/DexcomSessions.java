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
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Session ids issued by {@code LoginPublisherAccountById}. A session works only on the host that issued it and ages
 * by the simulator clock; a new login does not end older sessions. Not thread-safe; the simulation lock guards it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomSessions {

    /**
     * One issued session.
     *
     * @param region the only host where it is known
     */
    record Session(String sessionId, DexcomAccount account, String region, Instant created) {

        /** The lifetime is read at use, so changing it affects sessions already issued. */
        boolean validAt(Instant now, Duration lifetime) {
            return now.isBefore(created.plus(lifetime));
        }
    }

    private final Map<String, Session> sessions = new HashMap<>();

    Session issue(DexcomAccount account, String region, Instant now) {
        Session session = new Session(UUID.randomUUID().toString(), account, region, now);
        sessions.put(session.sessionId(), session);
        return session;
    }

    /** The session with this id (any letter case) issued by this region's host, or null. */
    @Nullable
    Session find(String sessionId, String region) {
        Session session = sessions.get(sessionId.trim().toLowerCase(Locale.ROOT));
        return session != null && session.region().equals(region) ? session : null;
    }
}
