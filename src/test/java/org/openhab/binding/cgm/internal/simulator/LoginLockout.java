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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * LibreLinkUp's login lockout: 3 failed logins for an e-mail within 60 s lock it for 300 s (simulator clock), even
 * for the right password. Keyed by e-mail, so unknown e-mails lock too. Not thread-safe; the simulation lock guards
 * it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LoginLockout {

    static final int FAILURES = 3;
    static final Duration INTERVAL = Duration.ofSeconds(60);
    static final Duration LOCKOUT = Duration.ofSeconds(300);

    private final Map<String, Deque<Instant>> recentFailures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();

    boolean isLocked(String email, Instant now) {
        String key = key(email);
        Instant until = lockedUntil.get(key);
        if (until != null && !now.isBefore(until)) {
            // the lock has run out: start afresh
            lockedUntil.remove(key);
            recentFailures.remove(key);
            return false;
        }
        return until != null;
    }

    void recordFailure(String email, Instant now) {
        String key = key(email);
        Deque<Instant> failures = recentFailures.computeIfAbsent(key, k -> new ArrayDeque<>());
        failures.addLast(now);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(now.minus(INTERVAL))) {
            failures.removeFirst();
        }
        if (failures.size() >= FAILURES) {
            lockedUntil.put(key, now.plus(LOCKOUT));
        }
    }

    void recordSuccess(String email) {
        recentFailures.remove(key(email));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
