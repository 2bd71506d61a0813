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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * FALLING_FAST and RISING_FAST: fired when the rate reaches the fast rate, re-armed only once it is
 * {@value #HYSTERESIS} mg/dL/min slower again. The rate judged is the rounded one the channel shows, so that a rate
 * shown as -2.0 is falling fast. An unknown rate (a short gap) keeps the episode.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class RateAlarm {

    static final double HYSTERESIS = 0.5;

    private final double fastRate;
    /** -1 falling fast, +1 rising fast, 0 neither. */
    private int state;

    RateAlarm(double fastRate) {
        this.fastRate = fastRate;
    }

    @Nullable
    GlucoseEvent advance(@Nullable BigDecimal rateOfChange) {
        if (rateOfChange == null) {
            return null;
        }
        double rate = rateOfChange.doubleValue();
        double release = fastRate - HYSTERESIS;
        if (state < 0 && rate > -release || state > 0 && rate < release) {
            state = 0;
        }
        if (rate <= -fastRate && state != -1) {
            state = -1;
            return GlucoseEvent.FALLING_FAST;
        }
        if (rate >= fastRate && state != 1) {
            state = 1;
            return GlucoseEvent.RISING_FAST;
        }
        return null;
    }

    /** Ends the episode, after a gap long enough to know nothing about it. */
    void reset() {
        state = 0;
    }
}
