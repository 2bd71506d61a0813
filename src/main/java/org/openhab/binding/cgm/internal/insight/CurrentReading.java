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
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record CurrentReading(GlucoseReading reading, Direction direction, GlucoseRange range,
        MeasurementColor computedColor) {

    /** The vendor's colour where it sent one (LibreLinkUp), otherwise the computed one (Dexcom). */
    public MeasurementColor color() {
        MeasurementColor vendorColor = reading.color();
        return vendorColor != null ? vendorColor : computedColor;
    }

    /** HI: above what the sensor measures (for every source; above target is {@link #range()}). */
    public boolean high() {
        return reading.high();
    }

    /** LO: below what the sensor measures (for every source; below target is {@link #range()}). */
    public boolean low() {
        return reading.low();
    }
}
