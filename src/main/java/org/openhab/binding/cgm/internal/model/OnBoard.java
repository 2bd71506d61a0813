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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What is still acting in the body, as a loop or the Nightscout site computes it: insulin and carbohydrates on board.
 *
 * @param insulinUnits insulin on board in units of insulin, null when the source does not say
 * @param carbsGrams carbohydrates on board in grams, null when the source does not say
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record OnBoard(@Nullable BigDecimal insulinUnits, @Nullable BigDecimal carbsGrams) {

    /** The most insulin on board believed: more than any pump delivers in a day is a wrong figure. */
    public static final BigDecimal MAX_INSULIN_UNITS = new BigDecimal("300");
    /** The most carbohydrates on board believed, in grams. */
    public static final BigDecimal MAX_CARBS_GRAMS = new BigDecimal("1000");

    /** True when neither figure is known. */
    public boolean isEmpty() {
        return insulinUnits == null && carbsGrams == null;
    }
}
