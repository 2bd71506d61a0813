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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The four thresholds that split glucose into ranges, in mg/dL. The target range includes both of its ends.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record GlucoseThresholds(int urgentLow, int targetLow, int targetHigh, int urgentHigh) {

    /** The international consensus on time in range (2019). */
    public static final GlucoseThresholds DEFAULTS = new GlucoseThresholds(55, 70, 180, 250);

    /** The first thing wrong, in the order the thresholds must rise; empty when they are usable. */
    public Optional<SettingsProblem> problem() {
        if (urgentLow <= 0) {
            return Optional.of(SettingsProblem.URGENT_LOW_NOT_POSITIVE);
        }
        if (urgentLow >= targetLow) {
            return Optional.of(SettingsProblem.URGENT_LOW_NOT_BELOW_TARGET_LOW);
        }
        if (targetLow >= targetHigh) {
            return Optional.of(SettingsProblem.TARGET_LOW_NOT_BELOW_TARGET_HIGH);
        }
        if (targetHigh >= urgentHigh) {
            return Optional.of(SettingsProblem.TARGET_HIGH_NOT_BELOW_URGENT_HIGH);
        }
        return Optional.empty();
    }

    /** The range of a single value, without hysteresis. */
    public GlucoseRange classify(int mgPerDl) {
        if (mgPerDl < urgentLow) {
            return GlucoseRange.URGENT_LOW;
        }
        if (mgPerDl < targetLow) {
            return GlucoseRange.LOW;
        }
        if (mgPerDl <= targetHigh) {
            return GlucoseRange.IN_RANGE;
        }
        return mgPerDl <= urgentHigh ? GlucoseRange.HIGH : GlucoseRange.URGENT_HIGH;
    }
}
