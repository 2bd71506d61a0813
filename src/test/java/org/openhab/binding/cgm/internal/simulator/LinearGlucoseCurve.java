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

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A straight line. Its slope is reported exactly, so tests can hit the trend-arrow thresholds without rounding
 * noise.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LinearGlucoseCurve implements GlucoseCurve {

    private final Instant origin;
    private final double valueAtOrigin;
    private final double slope;

    LinearGlucoseCurve(Instant origin, double valueAtOrigin, double slopePerMinute) {
        this.origin = origin;
        this.valueAtOrigin = valueAtOrigin;
        this.slope = slopePerMinute;
    }

    @Override
    public double mgPerDl(Instant at) {
        return valueAtOrigin + slope * Duration.between(origin, at).toMillis() / 60_000.0;
    }

    @Override
    public double slopePerMinute(Instant at) {
        return slope;
    }
}
