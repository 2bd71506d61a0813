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
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Exponential back-off with jitter: the wait doubles with each consecutive failure up to a cap, and is spread by
 * ±20 % so that many installations hit by the same outage do not return in step.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class Backoff {

    private static final double JITTER = 0.2;

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after the given number of consecutive failures (1 for the first). */
    public Duration delay(int failures) {
        long capMillis = cap.toMillis();
        long millis = base.toMillis();
        for (int i = 1; i < failures && millis < capMillis; i++) {
            millis *= 2;
        }
        double spread = 1 + JITTER * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.min(capMillis, Math.round(Math.min(millis, capMillis) * spread)));
    }
}
