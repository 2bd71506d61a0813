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
package org.openhab.binding.cgm.internal.model;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The sensor currently worn.
 *
 * @param serialNumber the serial number as the cloud reports it
 * @param model a readable model name, e.g. "FreeStyle Libre 3", or empty when unknown
 * @param activated when the sensor was started, when known
 * @param lifespan how long the model lasts from activation, when it can be told (inferred from the model)
 * @param warmUp how long after activation the first readings come
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Sensor(String serialNumber, String model, @Nullable Instant activated, @Nullable Duration lifespan,
        Duration warmUp) {

    /** FreeStyle Libre sensors warm up for an hour unless the cloud says otherwise. */
    public static final Duration DEFAULT_WARM_UP = Duration.ofMinutes(60);

    /** A sensor whose lifespan is unknown. */
    public Sensor(String serialNumber, String model, @Nullable Instant activated) {
        this(serialNumber, model, activated, null, DEFAULT_WARM_UP);
    }

    /** When the sensor ends, when both activation and lifespan are known. */
    public @Nullable Instant expiry() {
        Instant start = activated;
        Duration life = lifespan;
        return start != null && life != null ? start.plus(life) : null;
    }
}
