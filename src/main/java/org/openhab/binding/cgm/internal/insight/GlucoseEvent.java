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
 * What the {@code event} trigger channel announces. Each fires once per episode, never at every reading.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum GlucoseEvent {
    /** Entered the urgent low range, from any shallower state. */
    URGENT_LOW,
    /** Entered the low range from the target range (not when recovering from urgent low). */
    LOW,
    /** Stayed above the target range for {@code highFor} (not when coming down from urgent high). */
    HIGH,
    /** Entered the urgent high range; never delayed. */
    URGENT_HIGH,
    /** Back in the target range after an episode that was announced. */
    IN_RANGE,
    FALLING_FAST,
    RISING_FAST,
    /** Still in range, but the last 15 minutes' rate leads below the target range within the prediction time. */
    PREDICTED_LOW,
    /** No reading for longer than {@code staleAfter}. */
    STALE,
    /** A fresh reading after {@link #STALE}. */
    FRESH,
    /** A sensor with a new serial number. */
    SENSOR_STARTED,
    SENSOR_ENDING,
    SENSOR_ENDED
}
