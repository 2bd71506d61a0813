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

import java.time.Instant;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Sum of three sine waves around 145 mg/dL (amplitudes 65, 32, 12; periods 6 h, 150 min, 70 min). It spans about
 * 37..253 mg/dL, so within hours it drops below 70 and rises above 180 (now and then above 250), and its slope stays
 * within about ±4.5 mg/dL/min, giving every trend arrow. Phases come from a seed so patients differ.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class WaveGlucoseCurve implements GlucoseCurve {

    private static final double BASELINE = 145;
    private static final double[] AMPLITUDES = { 65, 32, 12 };
    private static final double[] PERIOD_MINUTES = { 360, 150, 70 };

    private final double[] phases = new double[AMPLITUDES.length];

    WaveGlucoseCurve(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < phases.length; i++) {
            phases[i] = random.nextDouble() * 2 * Math.PI;
        }
    }

    @Override
    public double mgPerDl(Instant at) {
        double minutes = at.getEpochSecond() / 60.0 + at.getNano() / 60e9;
        double value = BASELINE;
        for (int i = 0; i < AMPLITUDES.length; i++) {
            value += AMPLITUDES[i] * Math.sin(2 * Math.PI * minutes / PERIOD_MINUTES[i] + phases[i]);
        }
        return value;
    }
}
