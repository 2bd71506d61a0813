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

import java.time.Duration;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How one patient's readings are judged.
 *
 * @param thresholds the range thresholds in mg/dL
 * @param staleAfter a reading older than this is stale
 * @param fastRate mg/dL per minute at or beyond which glucose falls or rises fast
 * @param prediction how far ahead a low is predicted; zero turns prediction off
 * @param highFor how long a value must stay high before {@link GlucoseEvent#HIGH} fires
 * @param sensorWarning how long before a sensor's expiry it is ending
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record InsightSettings(GlucoseThresholds thresholds, Duration staleAfter, double fastRate, Duration prediction,
        Duration highFor, Duration sensorWarning) {

    public static final InsightSettings DEFAULTS = new InsightSettings(GlucoseThresholds.DEFAULTS,
            Duration.ofMinutes(15), 2.0, Duration.ofMinutes(20), Duration.ZERO, Duration.ofHours(24));

    /** The first thing wrong with these settings; empty when {@link PatientInsight} can use them. */
    public Optional<SettingsProblem> problem() {
        Optional<SettingsProblem> thresholdProblem = thresholds.problem();
        if (thresholdProblem.isPresent()) {
            return thresholdProblem;
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            return Optional.of(SettingsProblem.STALE_AFTER_NOT_POSITIVE);
        }
        if (!(fastRate > 0)) {
            return Optional.of(SettingsProblem.FAST_RATE_NOT_POSITIVE);
        }
        if (prediction.isNegative()) {
            return Optional.of(SettingsProblem.PREDICTION_NEGATIVE);
        }
        if (highFor.isNegative()) {
            return Optional.of(SettingsProblem.HIGH_FOR_NEGATIVE);
        }
        return sensorWarning.isNegative() ? Optional.of(SettingsProblem.SENSOR_WARNING_NEGATIVE) : Optional.empty();
    }

    public InsightSettings withThresholds(GlucoseThresholds newThresholds) {
        return new InsightSettings(newThresholds, staleAfter, fastRate, prediction, highFor, sensorWarning);
    }

    public InsightSettings withPrediction(Duration newPrediction) {
        return new InsightSettings(thresholds, staleAfter, fastRate, newPrediction, highFor, sensorWarning);
    }

    public InsightSettings withHighFor(Duration newHighFor) {
        return new InsightSettings(thresholds, staleAfter, fastRate, prediction, newHighFor, sensorWarning);
    }
}
