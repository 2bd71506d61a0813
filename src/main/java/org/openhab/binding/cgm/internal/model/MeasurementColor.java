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

import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The colour the vendor app paints a reading in: green in target, yellow and orange above, red low.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum MeasurementColor {
    GREEN(1),
    YELLOW(2),
    ORANGE(3),
    RED(4);

    private final int code;

    MeasurementColor(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The colour for LibreLinkUp's numeric code, empty for codes it does not document. */
    public static Optional<MeasurementColor> fromCode(int code) {
        for (MeasurementColor color : values()) {
            if (color.code == code) {
                return Optional.of(color);
            }
        }
        return Optional.empty();
    }
}
