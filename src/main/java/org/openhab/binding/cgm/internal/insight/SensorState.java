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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Where a sensor is in its life.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum SensorState {
    /** No sensor known, or its start is unknown. */
    UNKNOWN,
    WARMING_UP,
    /** Warmed up; also the state of a sensor whose lifespan is unknown, which is never ENDING nor ENDED. */
    ACTIVE,
    /** Within {@code sensorWarning} of its expiry. */
    ENDING,
    ENDED
}
