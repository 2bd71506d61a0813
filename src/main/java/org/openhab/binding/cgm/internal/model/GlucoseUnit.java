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

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The two units glucose is shown in.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum GlucoseUnit {
    MG_PER_DL,
    MMOL_PER_L;

    /**
     * mg/dL per mmol/L. Glucose has a molar mass of 180.16 g/mol; Dexcom's own clients use × 0.0555, i.e. ÷ 18.018,
     * and this factor matches the values their apps show to one decimal.
     */
    public static final BigDecimal MG_PER_DL_PER_MMOL = new BigDecimal("18.018");

    /** Converts mg/dL to mmol/L, rounded to one decimal as every CGM app shows it. */
    public static BigDecimal toMmolPerL(int mgPerDl) {
        return BigDecimal.valueOf(mgPerDl).divide(MG_PER_DL_PER_MMOL, 1, RoundingMode.HALF_UP);
    }
}
