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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What is wrong with {@link InsightSettings}, naming the offending configuration parameters so that the handler can
 * show a specific status text.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum SettingsProblem {
    URGENT_LOW_NOT_POSITIVE("urgentLow"),
    URGENT_LOW_NOT_BELOW_TARGET_LOW("urgentLow", "targetLow"),
    TARGET_LOW_NOT_BELOW_TARGET_HIGH("targetLow", "targetHigh"),
    TARGET_HIGH_NOT_BELOW_URGENT_HIGH("targetHigh", "urgentHigh"),
    STALE_AFTER_NOT_POSITIVE("staleAfter"),
    FAST_RATE_NOT_POSITIVE("fastRate"),
    PREDICTION_NEGATIVE("predictionMinutes"),
    HIGH_FOR_NEGATIVE("highFor"),
    SENSOR_WARNING_NEGATIVE("sensorWarningHours");

    private final List<String> parameters;

    SettingsProblem(String... parameters) {
        this.parameters = List.of(parameters);
    }

    /** The configuration parameters involved, e.g. {@code [targetLow, targetHigh]}. */
    public List<String> parameters() {
        return parameters;
    }
}
