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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How often a sensor family takes a reading, and how long after it the reading is usually in the cloud.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record SensorCadence(Duration interval, Duration publishDelay) {

    /** FreeStyle Libre 2 and 3 stream a reading every minute; the phone uploads it within seconds. */
    public static final SensorCadence FREESTYLE_LIBRE = new SensorCadence(Duration.ofMinutes(1),
            Duration.ofSeconds(20));

    /** Dexcom G6 and G7 send a reading every five minutes. */
    public static final SensorCadence DEXCOM = new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(15));
}
