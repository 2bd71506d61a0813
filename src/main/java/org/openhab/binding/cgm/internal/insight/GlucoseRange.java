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
import org.openhab.binding.cgm.internal.model.MeasurementColor;

/**
 * Where a value lies against the {@link GlucoseThresholds}, ordered from urgent low to urgent high.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum GlucoseRange {
    URGENT_LOW(-2, MeasurementColor.RED),
    LOW(-1, MeasurementColor.RED),
    IN_RANGE(0, MeasurementColor.GREEN),
    HIGH(1, MeasurementColor.YELLOW),
    URGENT_HIGH(2, MeasurementColor.ORANGE);

    private final int level;
    private final MeasurementColor color;

    GlucoseRange(int level, MeasurementColor color) {
        this.level = level;
        this.color = color;
    }

    /** The colour the vendor apps paint such a value in, for vendors that send none (Dexcom). */
    public MeasurementColor color() {
        return color;
    }

    public boolean isLow() {
        return level < 0;
    }

    /** True when {@code to} lies on the same side as this state, nearer to the target range (or in it). */
    boolean isRecoveryTo(GlucoseRange to) {
        return to.level * level >= 0 && Math.abs(to.level) < Math.abs(level);
    }

    /** The next state toward the target range; the target range itself stays. */
    GlucoseRange towardRange() {
        return values()[ordinal() - Integer.signum(level)];
    }
}
