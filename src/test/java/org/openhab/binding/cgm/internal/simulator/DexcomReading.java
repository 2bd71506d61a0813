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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One simulated Dexcom reading, as an element of {@code ReadPublisherLatestGlucoseValues} reports it.
 *
 * @param instant reading time: {@code WT} (and {@code ST}, {@code DT} in the modern payload)
 * @param mgPerDl {@code Value}
 * @param trendName {@code Trend} in the modern payload, e.g. {@code Flat}
 * @param trendNumber {@code Trend} in the legacy payload, 1 DoubleUp ... 7 DoubleDown
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record DexcomReading(Instant instant, int mgPerDl, String trendName, int trendNumber) {

    /** From the curve value and its slope in mg/dL per minute over the five minutes before the reading. */
    static DexcomReading of(Instant instant, double mgPerDl, double slopePerMinute) {
        DexcomTrend trend = DexcomTrend.fromSlope(slopePerMinute);
        return new DexcomReading(instant, (int) Math.round(mgPerDl), trend.jsonName(), trend.number());
    }
}
