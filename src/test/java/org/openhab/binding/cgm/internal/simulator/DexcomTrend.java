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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Dexcom trend arrows the simulator derives from the slope, with their Share names and numbers. The service also
 * knows None (0), NotComputable (8) and RateOutOfRange (9); a smooth curve never produces them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
enum DexcomTrend {
    DOUBLE_UP(1, "DoubleUp"),
    SINGLE_UP(2, "SingleUp"),
    FORTY_FIVE_UP(3, "FortyFiveUp"),
    FLAT(4, "Flat"),
    FORTY_FIVE_DOWN(5, "FortyFiveDown"),
    SINGLE_DOWN(6, "SingleDown"),
    DOUBLE_DOWN(7, "DoubleDown");

    /** Slopes are compared at this precision, so a straight test line hits its threshold despite float noise. */
    private static final double PRECISION = 1e6;

    private final int number;
    private final String jsonName;

    DexcomTrend(int number, String jsonName) {
        this.number = number;
        this.jsonName = jsonName;
    }

    int number() {
        return number;
    }

    String jsonName() {
        return jsonName;
    }

    /** Thresholds in mg/dL per minute: ≤ −3, ≤ −2, ≤ −1 falling; below 1 flat; below 2, 3, else rising. */
    static DexcomTrend fromSlope(double slopePerMinute) {
        double slope = Math.round(slopePerMinute * PRECISION) / PRECISION;
        if (slope <= -3) {
            return DOUBLE_DOWN;
        } else if (slope <= -2) {
            return SINGLE_DOWN;
        } else if (slope <= -1) {
            return FORTY_FIVE_DOWN;
        } else if (slope < 1) {
            return FLAT;
        } else if (slope < 2) {
            return FORTY_FIVE_UP;
        } else if (slope < 3) {
            return SINGLE_UP;
        }
        return DOUBLE_UP;
    }
}
