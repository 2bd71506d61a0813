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
 * Glucose in mg/dL as a function of time; the simulator samples it at each reading instant.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface GlucoseCurve {

    double mgPerDl(Instant at);

    /** Slope in mg/dL per minute over the minute before {@code at}, from which the trend arrow follows. */
    default double slopePerMinute(Instant at) {
        return mgPerDl(at) - mgPerDl(at.minus(Duration.ofMinutes(1)));
    }

    /** The default smooth, deterministic curve; {@code seed} shifts its waves so each patient differs. */
    static GlucoseCurve standard(long seed) {
        return new WaveGlucoseCurve(seed);
    }

    static GlucoseCurve constant(double mgPerDl) {
        return at -> mgPerDl;
    }

    /** Straight line through {@code valueAtOrigin} at {@code origin}, for tests that need a known trend. */
    static GlucoseCurve linear(Instant origin, double valueAtOrigin, double slopePerMinute) {
        return new LinearGlucoseCurve(origin, valueAtOrigin, slopePerMinute);
    }
}
