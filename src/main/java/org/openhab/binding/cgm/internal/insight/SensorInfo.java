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
 * What the cloud says about the sensor worn, as far as its life is concerned.
 *
 * @param serial the serial number: a new one is a new sensor
 * @param activated when the sensor was started, null when unknown
 * @param lifespan how long the sensor works from its start, null when unknown
 * @param warmUp how long after its start the sensor gives no readings
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SensorInfo(String serial, @Nullable Instant activated, @Nullable Duration lifespan, Duration warmUp) {

    public static final Duration DEFAULT_WARM_UP = Duration.ofMinutes(60);

    /** With the default warm-up when the vendor does not say. */
    public static SensorInfo of(String serial, @Nullable Instant activated, @Nullable Duration lifespan,
            @Nullable Duration warmUp) {
        return new SensorInfo(serial, activated, lifespan, warmUp != null ? warmUp : DEFAULT_WARM_UP);
    }
}
