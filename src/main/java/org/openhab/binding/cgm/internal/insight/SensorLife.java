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
package org.openhab.binding.cgm.internal.insight;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A sensor's life at one instant.
 *
 * @param serial the serial number, null when no sensor is known
 * @param state the state at that instant
 * @param warmUpEnds when the warm-up ends, null when the start is unknown
 * @param expires start plus lifespan, null when either is unknown
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SensorLife(@Nullable String serial, SensorState state, @Nullable Instant warmUpEnds,
        @Nullable Instant expires) {

    public static final SensorLife UNKNOWN = new SensorLife(null, SensorState.UNKNOWN, null, null);

    static SensorLife of(@Nullable SensorInfo info, Instant now, Duration warning) {
        Instant activated = info != null ? info.activated() : null;
        if (info == null || activated == null) {
            return UNKNOWN;
        }
        Instant warmUpEnds = activated.plus(info.warmUp());
        Duration lifespan = info.lifespan();
        Instant expires = lifespan != null ? activated.plus(lifespan) : null;
        SensorState state;
        if (expires != null && !now.isBefore(expires)) {
            state = SensorState.ENDED;
        } else if (now.isBefore(warmUpEnds)) {
            state = SensorState.WARMING_UP;
        } else if (expires != null && !now.isBefore(expires.minus(warning))) {
            state = SensorState.ENDING;
        } else {
            state = SensorState.ACTIVE;
        }
        return new SensorLife(info.serial(), state, warmUpEnds, expires);
    }
}
