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
package org.openhab.binding.cgm.internal.client.demo;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A smooth glucose curve over the minutes since a scenario started: it holds its first value before the start (a
 * wave without key points waves before it too), eases
 * from key point to key point (a half cosine, so value and slope have no jumps), and after the last key point waves
 * gently around the last value. Value and slope are exact, so a reading's trend can follow the curve's slope.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class DemoCurve {

    private static final double WAVE_PERIOD_MINUTES = 150;

    private final List<double[]> points;
    private final double waveAmplitude;
    private final double wavePhaseMinutes;

    private DemoCurve(List<double[]> points, double waveAmplitude, double wavePhaseMinutes) {
        this.points = List.copyOf(points);
        this.waveAmplitude = waveAmplitude;
        this.wavePhaseMinutes = wavePhaseMinutes;
    }

    /** A gentle wave around {@code level}, starting {@code phaseMinutes} into its period. */
    public static DemoCurve wave(double level, double amplitude, double phaseMinutes) {
        return new Builder(level).wave(amplitude, phaseMinutes);
    }

    /** Starts at {@code level} at minute 0 (and before). */
    public static Builder startingAt(double level) {
        return new Builder(level);
    }

    /** Key points in minutes since the start, in increasing order. */
    public static final class Builder {
        private final List<double[]> points = new ArrayList<>();

        private Builder(double level) {
            points.add(new double[] { 0, level });
        }

        /** Eases to {@code level}, reached at {@code minute}. */
        public Builder to(double minute, double level) {
            double[] last = points.get(points.size() - 1);
            if (minute <= last[0]) {
                throw new IllegalArgumentException("key points must follow each other");
            }
            points.add(new double[] { minute, level });
            return this;
        }

        /** After the last key point, waves around its value by {@code amplitude}. */
        public DemoCurve wave(double amplitude, double phaseMinutes) {
            return new DemoCurve(points, amplitude, phaseMinutes);
        }
    }

    /** The value in mg/dL at {@code minute} since the start. */
    public double mgPerDl(double minute) {
        double[] first = points.get(0);
        if (minute <= first[0] && points.size() > 1) {
            return first[1];
        }
        for (int i = 1; i < points.size(); i++) {
            double[] from = points.get(i - 1);
            double[] to = points.get(i);
            if (minute <= to[0]) {
                double s = (minute - from[0]) / (to[0] - from[0]);
                return from[1] + (to[1] - from[1]) * (1 - Math.cos(Math.PI * s)) / 2;
            }
        }
        double[] last = points.get(points.size() - 1);
        return last[1] + waveAmplitude * Math.sin(angle(minute - last[0]));
    }

    /** The slope in mg/dL per minute at {@code minute} since the start. */
    public double slope(double minute) {
        double[] first = points.get(0);
        if (minute <= first[0] && points.size() > 1) {
            return 0;
        }
        for (int i = 1; i < points.size(); i++) {
            double[] from = points.get(i - 1);
            double[] to = points.get(i);
            if (minute <= to[0]) {
                double span = to[0] - from[0];
                double s = (minute - from[0]) / span;
                return (to[1] - from[1]) * Math.PI / (2 * span) * Math.sin(Math.PI * s);
            }
        }
        double[] last = points.get(points.size() - 1);
        return waveAmplitude * 2 * Math.PI / WAVE_PERIOD_MINUTES * Math.cos(angle(minute - last[0]));
    }

    private double angle(double minutesAfterLastPoint) {
        return 2 * Math.PI * (minutesAfterLastPoint + wavePhaseMinutes) / WAVE_PERIOD_MINUTES;
    }
}
