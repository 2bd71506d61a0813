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
 * One simulated sgv entry: the value in mg/dL (Dexcom's LOW and HIGH as 39 and 401, as the Dexcom bridges upload
 * them), the UTC time and the direction the uploader computed.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record NightscoutSimReading(Instant instant, int sgv, String direction, double delta) {

    static NightscoutSimReading of(Instant instant, double mgPerDl, double slopePerMinute) {
        int value = (int) Math.round(mgPerDl);
        int sgv = value < 40 ? 39 : value > 400 ? 401 : value;
        return new NightscoutSimReading(instant, sgv, DexcomTrend.fromSlope(slopePerMinute).jsonName(),
                Math.round(slopePerMinute * 5 * 1000) / 1000.0);
    }
}
