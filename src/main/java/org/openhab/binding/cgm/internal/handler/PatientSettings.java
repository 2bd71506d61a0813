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
package org.openhab.binding.cgm.internal.handler;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.GlucoseThresholds;
import org.openhab.binding.cgm.internal.insight.InsightSettings;
import org.openhab.binding.cgm.internal.insight.SensorInfo;
import org.openhab.binding.cgm.internal.insight.SettingsProblem;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.binding.cgm.internal.model.TargetRange;

/**
 * A patient thing's configuration as the insight settings it stands for. Target low and high left empty follow the
 * range the patient set in the vendor app, which is known only once the cloud answered.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class PatientSettings {

    private final PatientConfiguration config;

    PatientSettings(PatientConfiguration config) {
        this.config = config;
    }

    boolean keepStaleValues() {
        return config.keepStaleValues;
    }

    /** The unit the user chose for the summary, null for the unit the patient uses in the vendor app. */
    @Nullable
    GlucoseUnit displayUnit() {
        return switch (config.unit.trim().toLowerCase(Locale.ROOT)) {
            case "mmol/l", "mmol" -> GlucoseUnit.MMOL_PER_L;
            case "mg/dl", "mg" -> GlucoseUnit.MG_PER_DL;
            default -> null;
        };
    }

    /** The unit as the user wrote it, when it names none of the known ones. */
    Optional<String> unknownUnit() {
        String unit = config.unit.trim();
        return unit.isEmpty() || displayUnit() != null ? Optional.empty() : Optional.of(unit);
    }

    /** A lifespan the user set, overriding the one inferred from the sensor model. */
    @Nullable
    Duration sensorLifespan() {
        Integer days = config.sensorLifespanDays;
        return days != null && days > 0 ? Duration.ofDays(days) : null;
    }

    /**
     * The settings for a patient whose vendor app sets {@code vendorRange} (null when it sends none). A vendor range
     * that does not fit between the urgent thresholds gives way to the consensus range, so that the vendor cannot
     * make a configuration invalid.
     */
    InsightSettings resolve(@Nullable TargetRange vendorRange) {
        InsightSettings withVendor = settings(vendorRange);
        return vendorRange != null && withVendor.problem().isPresent() ? settings(null) : withVendor;
    }

    /** What is wrong with the configuration itself, whatever the vendor's range. */
    Optional<SettingsProblem> problem() {
        return settings(null).problem();
    }

    private InsightSettings settings(@Nullable TargetRange vendorRange) {
        TargetRange fallback = vendorRange != null ? vendorRange : TargetRange.CONSENSUS;
        Integer low = config.targetLow;
        Integer high = config.targetHigh;
        GlucoseThresholds thresholds = new GlucoseThresholds(config.urgentLow,
                low != null ? low : fallback.lowMgPerDl(), high != null ? high : fallback.highMgPerDl(),
                config.urgentHigh);
        return new InsightSettings(thresholds, Duration.ofMinutes(config.staleAfter), config.fastRate,
                Duration.ofMinutes(config.predictionMinutes), Duration.ofMinutes(config.highFor),
                Duration.ofHours(config.sensorWarningHours));
    }

    /** The sensor as the insight judges it: with the lifespan configured here, else the vendor's. */
    @Nullable
    SensorInfo sensorInfo(@Nullable Sensor sensor) {
        if (sensor == null) {
            return null;
        }
        Duration override = sensorLifespan();
        return SensorInfo.of(sensor.serialNumber(), sensor.activated(), override != null ? override : sensor.lifespan(),
                sensor.warmUp());
    }

    /** The status text of a setting that contradicts another. */
    static String problemText(SettingsProblem problem) {
        return switch (problem) {
            case URGENT_LOW_NOT_BELOW_TARGET_LOW -> "@text/offline.config-error.urgent-low-above-target-low";
            case TARGET_LOW_NOT_BELOW_TARGET_HIGH -> "@text/offline.config-error.target-low-above-target-high";
            case TARGET_HIGH_NOT_BELOW_URGENT_HIGH -> "@text/offline.config-error.target-high-above-urgent-high";
            default -> "@text/offline.config-error.patient-setting";
        };
    }
}
