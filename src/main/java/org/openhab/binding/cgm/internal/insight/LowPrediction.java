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

import java.math.BigDecimal;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * PREDICTED_LOW: the value projected along the rate of the last 15 minutes falls below targetLow within the
 * prediction time. It warns ahead, so only while the value is at least {@value #MARGIN} mg/dL above targetLow (closer,
 * the LOW event itself is minutes away, and a prediction there would follow every wobble) and the range is not low.
 * Re-armed once the projection is {@value #MARGIN} mg/dL above targetLow again, or after the range was low and
 * recovered.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LowPrediction {

    static final int MARGIN = 5;

    private final int targetLow;
    private final double minutes;
    private boolean armed = true;
    private boolean wasLow;

    LowPrediction(int targetLow, Duration horizon) {
        this.targetLow = targetLow;
        this.minutes = horizon.toSeconds() / 60.0;
    }

    /** True when this reading predicts a low for the first time in its episode. */
    boolean advance(int mgPerDl, @Nullable BigDecimal rateOfChange, GlucoseRange range) {
        if (minutes == 0) {
            return false;
        }
        if (range.isLow()) {
            armed = false;
            wasLow = true;
            return false;
        }
        if (wasLow) {
            armed = true;
            wasLow = false;
        }
        if (rateOfChange == null) {
            return false;
        }
        double projected = mgPerDl + rateOfChange.doubleValue() * minutes;
        if (armed && mgPerDl >= targetLow + MARGIN && projected < targetLow) {
            armed = false;
            return true;
        }
        if (projected >= targetLow + MARGIN) {
            armed = true;
        }
        return false;
    }

    /** Ends the episode, after a gap long enough to know nothing about it. */
    void reset() {
        armed = true;
    }
}
