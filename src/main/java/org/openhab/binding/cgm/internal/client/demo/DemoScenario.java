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
package org.openhab.binding.cgm.internal.client.demo;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a simulated patient goes through after the demo bridge starts. Each patient of a demo gets its own offset, so
 * two patients never read alike; every scenario keeps its promise for each of them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DemoScenario {
    /** A gentle wave in the target range. */
    STEADY("steady"),
    /** A fall through 70 and 55 mg/dL within 30 minutes, a while down there, then recovery into range. */
    NIGHT_LOW("night-low"),
    /** A rise through 180 mg/dL within 30 minutes, a plateau, then back into range. */
    MEAL_SPIKE("meal-spike"),
    /** The phone stops uploading for 20 minutes, then uploads what it missed. */
    PHONE_OFFLINE("phone-offline"),
    /** A short-lived sensor ends within the hour, just after its warm-up; no reading comes after. */
    SENSOR_ENDING("sensor-ending");

    /** How much of its warm-up the sensor of {@link #SENSOR_ENDING} has left at the start. */
    public static final Duration SENSOR_WARM_UP_LEFT = Duration.ofMinutes(5);

    /** How long the phone of {@link #PHONE_OFFLINE} stays offline. */
    public static final Duration OFFLINE_GAP = Duration.ofMinutes(20);

    private final String id;

    DemoScenario(String id) {
        this.id = id;
    }

    /** The configuration value. */
    public String id() {
        return id;
    }

    public static Optional<DemoScenario> fromId(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (DemoScenario scenario : values()) {
            if (scenario.id.equals(wanted)) {
                return Optional.of(scenario);
            }
        }
        return Optional.empty();
    }

    /** The glucose curve of the patient with this index (0 for the first), over minutes since the start. */
    DemoCurve curve(int patient) {
        // each patient starts its story half a minute later, a little higher, at another point of its wave
        double delay = 1 + patient / 2.0;
        double level = 112 + 6 * patient;
        double phase = 23 * patient;
        return switch (this) {
            case STEADY, PHONE_OFFLINE, SENSOR_ENDING -> DemoCurve.wave(level, 18, phase);
            // 70 mg/dL about 15 minutes after the fall begins, 55 about 20 minutes after: within 30 for 5 patients,
            // even on the five-minute grid of Dexcom
            case NIGHT_LOW -> DemoCurve.startingAt(118 + 4 * patient).to(delay, 116 + 4 * patient).to(delay + 24, 50)
                    .to(delay + 34, 52).to(delay + 64, 112).wave(10, 0);
            // 180 mg/dL about 27 minutes after the rise begins
            case MEAL_SPIKE -> DemoCurve.startingAt(108 + 4 * patient).to(delay, 110 + 4 * patient).to(delay + 50, 235)
                    .to(delay + 75, 228).to(delay + 165, 125).wave(10, 0);
        };
    }

    /** When the phone of this patient goes offline, in minutes since the start; null when it never does. */
    @Nullable
    Duration offlineAfter(int patient) {
        return this == PHONE_OFFLINE ? Duration.ofMinutes(5 + patient) : null;
    }

    /** When the sensor of this patient ends, in minutes since the start; null when not within this scenario. */
    @Nullable
    Duration sensorEndsAfter(int patient) {
        return this == SENSOR_ENDING ? Duration.ofMinutes(40 + 4 * patient) : null;
    }
}
