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
package org.openhab.binding.cgm.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Glucose unit as LibreLinkUp encodes it in {@code uom} and {@code GlucoseUnits}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum GlucoseUnitCode {
    MMOL(0),
    MG_DL(1);

    private final int code;

    GlucoseUnitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
