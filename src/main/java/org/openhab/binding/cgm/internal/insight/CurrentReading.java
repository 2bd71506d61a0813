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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.MeasurementColor;

/**
 * A reading that just became the patient's current one, with its judgement.
 *
 * @param reading the reading as the vendor sent it
 * @param direction rate of change and delta at this reading
 * @param range the range with hysteresis: what the {@code range} channel shows
 * @param computedColor the colour of this reading's own range (no hysteresis), as the vendor apps paint readings
 * @param computedHigh above targetHigh
 * @param computedLow below targetLow
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record CurrentReading(GlucoseReading reading, Direction direction, GlucoseRange range,
        MeasurementColor computedColor, boolean computedHigh, boolean computedLow) {

    /** The vendor's colour where it sent one (LibreLinkUp), otherwise the computed one (Dexcom). */
    public MeasurementColor color() {
        MeasurementColor vendorColor = reading.color();
        return vendorColor != null ? vendorColor : computedColor;
    }

    /** The vendor's high flag where it sent one, otherwise the computed one. */
    public boolean high() {
        Boolean vendorHigh = reading.high();
        return vendorHigh != null ? vendorHigh : computedHigh;
    }

    /** The vendor's low flag where it sent one, otherwise the computed one. */
    public boolean low() {
        Boolean vendorLow = reading.low();
        return vendorLow != null ? vendorLow : computedLow;
    }
}
