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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Settings validation names what is wrong; the thresholds classify values.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class InsightSettingsTest {

    @ParameterizedTest
    @CsvSource({ "0, 70, 180, 250, URGENT_LOW_NOT_POSITIVE", "-5, 70, 180, 250, URGENT_LOW_NOT_POSITIVE",
            "70, 70, 180, 250, URGENT_LOW_NOT_BELOW_TARGET_LOW", "55, 180, 180, 250, TARGET_LOW_NOT_BELOW_TARGET_HIGH",
            "55, 70, 60, 250, TARGET_LOW_NOT_BELOW_TARGET_HIGH",
            "55, 70, 250, 250, TARGET_HIGH_NOT_BELOW_URGENT_HIGH" })
    void thresholdsOutOfOrderNameTheOffendingPair(int urgentLow, int targetLow, int targetHigh, int urgentHigh,
            SettingsProblem expected) {
        GlucoseThresholds thresholds = new GlucoseThresholds(urgentLow, targetLow, targetHigh, urgentHigh);
        assertEquals(Optional.of(expected), thresholds.problem());
        InsightSettings settings = InsightSettings.DEFAULTS.withThresholds(thresholds);
        assertEquals(Optional.of(expected), settings.problem());
        assertThrows(IllegalArgumentException.class, () -> new PatientInsight(settings));
    }

    @Test
    void theProblemNamesItsParameters() {
        assertEquals(List.of("targetLow", "targetHigh"), SettingsProblem.TARGET_LOW_NOT_BELOW_TARGET_HIGH.parameters());
        assertEquals(List.of("urgentLow"), SettingsProblem.URGENT_LOW_NOT_POSITIVE.parameters());
    }

    @Test
    void theDefaultsAreUsableAndOtherSettingsAreChecked() {
        assertEquals(Optional.empty(), InsightSettings.DEFAULTS.problem());
        GlucoseThresholds t = GlucoseThresholds.DEFAULTS;
        Duration day = Duration.ofHours(24);
        assertEquals(Optional.of(SettingsProblem.STALE_AFTER_NOT_POSITIVE),
                new InsightSettings(t, Duration.ZERO, 2, Duration.ZERO, Duration.ZERO, day).problem());
        assertEquals(Optional.of(SettingsProblem.FAST_RATE_NOT_POSITIVE),
                new InsightSettings(t, day, 0, Duration.ZERO, Duration.ZERO, day).problem());
        assertEquals(Optional.of(SettingsProblem.FAST_RATE_NOT_POSITIVE),
                new InsightSettings(t, day, Double.NaN, Duration.ZERO, Duration.ZERO, day).problem());
        assertEquals(Optional.of(SettingsProblem.PREDICTION_NEGATIVE),
                InsightSettings.DEFAULTS.withPrediction(Duration.ofMinutes(-1)).problem());
        assertEquals(Optional.of(SettingsProblem.HIGH_FOR_NEGATIVE),
                InsightSettings.DEFAULTS.withHighFor(Duration.ofMinutes(-1)).problem());
        assertEquals(Optional.of(SettingsProblem.SENSOR_WARNING_NEGATIVE),
                new InsightSettings(t, day, 2, Duration.ZERO, Duration.ZERO, Duration.ofHours(-1)).problem());
    }

    @ParameterizedTest
    @CsvSource({ "54, URGENT_LOW", "55, LOW", "69, LOW", "70, IN_RANGE", "180, IN_RANGE", "181, HIGH", "250, HIGH",
            "251, URGENT_HIGH" })
    void thresholdsClassifyEachValue(int mgPerDl, GlucoseRange expected) {
        assertEquals(expected, GlucoseThresholds.DEFAULTS.classify(mgPerDl));
    }
}
