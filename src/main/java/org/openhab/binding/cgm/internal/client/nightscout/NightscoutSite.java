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
package org.openhab.binding.cgm.internal.client.nightscout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutStatus;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.OnBoard;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.TargetRange;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What a Nightscout site's status says that the binding uses.
 *
 * @param unit the unit the site displays
 * @param target the site's target range (bgTargetBottom to bgTargetTop), null when it sends none that makes sense
 * @param plugins the enabled plugins, in lower case
 * @param version the Nightscout version, empty when unknown
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record NightscoutSite(GlucoseUnit unit, @Nullable TargetRange target, Set<String> plugins, String version) {

    /** Before the first status. */
    public static final NightscoutSite UNKNOWN = new NightscoutSite(GlucoseUnit.MG_PER_DL, null, Set.of(), "");

    /** Thresholds below this are in mmol/L (a site configured in mmol/L may send them so), not mg/dL. */
    private static final double MMOL_THRESHOLD_LIMIT = 35;

    public NightscoutSite {
        plugins = Set.copyOf(plugins);
    }

    static NightscoutSite of(NightscoutStatus status) {
        NightscoutStatus.Settings settings = status.settings;
        String units = settings != null ? settings.units : null;
        GlucoseUnit unit = units != null && units.toLowerCase(Locale.ROOT).startsWith("mmol") ? GlucoseUnit.MMOL_PER_L
                : GlucoseUnit.MG_PER_DL;
        List<String> enable = settings != null ? settings.enable : null;
        Set<String> plugins = enable == null ? Set.of()
                : enable.stream().filter(p -> p != null).map(p -> p.trim().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toSet());
        NightscoutStatus.Thresholds thresholds = settings != null ? settings.thresholds : null;
        TargetRange target = null;
        if (thresholds != null) {
            Integer low = mgPerDl(thresholds.bgTargetBottom);
            Integer high = mgPerDl(thresholds.bgTargetTop);
            target = low != null && high != null && low < high ? new TargetRange(low, high) : null;
        }
        String version = status.version;
        return new NightscoutSite(unit, target, plugins,
                version != null && version.matches("[0-9A-Za-z.+-]{1,40}") ? version : "");
    }

    /** True when the site computes insulin or carbohydrates on board. */
    public boolean computesOnBoard() {
        return plugins.contains("iob") || plugins.contains("cob");
    }

    /** A threshold in mg/dL; one sent in mmol/L is converted. Null when missing or beyond any sensor. */
    private static @Nullable Integer mgPerDl(@Nullable Double value) {
        if (value == null || !Double.isFinite(value) || value <= 0) {
            return null;
        }
        double mgPerDl = value < MMOL_THRESHOLD_LIMIT ? value * GlucoseUnit.MG_PER_DL_PER_MMOL.doubleValue() : value;
        return ReadingPlausibility.mgPerDl(mgPerDl);
    }

    /** Insulin and carbohydrates on board from {@code /api/v2/properties}; null when it holds neither. */
    static @Nullable OnBoard onBoard(JsonObject properties) {
        BigDecimal iob = figure(properties, "iob", OnBoard.MAX_INSULIN_UNITS.negate(), OnBoard.MAX_INSULIN_UNITS, 2);
        BigDecimal cob = figure(properties, "cob", BigDecimal.ZERO, OnBoard.MAX_CARBS_GRAMS, 0);
        OnBoard onBoard = new OnBoard(iob, cob);
        return onBoard.isEmpty() ? null : onBoard;
    }

    /** {@code {"iob": {"iob": 1.25, ...}}}: the number, rounded, when within bounds. */
    private static @Nullable BigDecimal figure(JsonObject properties, String name, BigDecimal min, BigDecimal max,
            int scale) {
        JsonElement plugin = properties.get(name);
        if (plugin == null || !plugin.isJsonObject()) {
            return null;
        }
        JsonElement value = plugin.getAsJsonObject().get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        double number = value.getAsDouble();
        if (!Double.isFinite(number)) {
            return null;
        }
        BigDecimal figure = BigDecimal.valueOf(number).setScale(scale, RoundingMode.HALF_UP);
        if (figure.compareTo(min) < 0 || figure.compareTo(max) > 0) {
            return null;
        }
        BigDecimal plain = figure.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
