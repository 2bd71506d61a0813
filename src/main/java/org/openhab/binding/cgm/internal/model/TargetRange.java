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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A target range in mg/dL, as set in the vendor app or on the patient thing. It classifies a reading where the
 * vendor sends no colour or high/low flags of its own.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record TargetRange(int lowMgPerDl, int highMgPerDl) {

    /** The international consensus on time in range (2019) calls readings above this "level 2" high. */
    public static final int VERY_HIGH_MG_PER_DL = 250;

    /** The consensus target range, 70–180 mg/dL. */
    public static final TargetRange CONSENSUS = new TargetRange(70, 180);

    public boolean isBelow(int mgPerDl) {
        return mgPerDl < lowMgPerDl;
    }

    public boolean isAbove(int mgPerDl) {
        return mgPerDl > highMgPerDl;
    }

    /** Red below the range, orange above 250 mg/dL, yellow above the range, green within it. */
    public MeasurementColor colorOf(int mgPerDl) {
        if (isBelow(mgPerDl)) {
            return MeasurementColor.RED;
        }
        if (mgPerDl > Math.max(VERY_HIGH_MG_PER_DL, highMgPerDl)) {
            return MeasurementColor.ORANGE;
        }
        return isAbove(mgPerDl) ? MeasurementColor.YELLOW : MeasurementColor.GREEN;
    }
}
