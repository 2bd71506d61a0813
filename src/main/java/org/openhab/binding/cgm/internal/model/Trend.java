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
package org.openhab.binding.cgm.internal.model;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Vendor-neutral direction of glucose change, named as Nightscout names it so that rules and widgets are portable
 * between sensors. The arrows users see are the labels of the trend channel's state options.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum Trend {
    /** The vendor sent no trend for this reading. */
    NONE("NONE"),
    DOUBLE_UP("DoubleUp"),
    SINGLE_UP("SingleUp"),
    FORTY_FIVE_UP("FortyFiveUp"),
    FLAT("Flat"),
    FORTY_FIVE_DOWN("FortyFiveDown"),
    SINGLE_DOWN("SingleDown"),
    DOUBLE_DOWN("DoubleDown"),
    /** The sensor could not determine a trend, e.g. during warm-up or after a gap. */
    NOT_COMPUTABLE("NOT COMPUTABLE"),
    RATE_OUT_OF_RANGE("RATE OUT OF RANGE");

    private final String nightscoutName;

    Trend(String nightscoutName) {
        this.nightscoutName = nightscoutName;
    }

    /** The Nightscout direction name, the value of the trend channel. */
    public String nightscoutName() {
        return nightscoutName;
    }

    /**
     * The trend a Nightscout or Dexcom direction name stands for, in any letter case, with or without spaces and
     * underscores ("Flat", "NOT COMPUTABLE", "not_computable", Dexcom's "NonComputable"); null for any other name.
     */
    public static @Nullable Trend fromName(String name) {
        String wanted = normalized(name);
        if ("noncomputable".equals(wanted)) {
            return NOT_COMPUTABLE;
        }
        for (Trend trend : values()) {
            if (normalized(trend.nightscoutName).equals(wanted)) {
                return trend;
            }
        }
        return null;
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }
}
