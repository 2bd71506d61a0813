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
package org.openhab.binding.cgm.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.host.PollingBenchmark.Reading;
import org.openhab.binding.cgm.host.PollingBenchmark.Scenario;

/**
 * Draws {@code doc/polling-day.svg} from the benchmark's drifting-delay day: the readings with the target band, and
 * under them each reading's wait from visible in the cloud to the poll that fetched it, for the engine and for a
 * fixed 60-second poller. Plain SVG, written here. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.openhab.binding.cgm.host.PollingChart}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
// a command-line program (the main job, a benchmark): standard output is where its results go
@SuppressWarnings("PMD.SystemPrintln")
public final class PollingChart {

    private static final int WIDTH = 900;
    private static final int LEFT = 50;
    private static final int PLOT = WIDTH - LEFT - 20;
    private static final int GLUCOSE_TOP = 30;
    private static final int GLUCOSE_HEIGHT = 160;
    private static final int LATENCY_HEIGHT = 70;
    private static final double MAX_MGDL = 300;
    private static final double MAX_LATENCY_S = 60;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private PollingChart() {
    }

    public static void main(String[] args) throws IOException {
        PollingBenchmark.quietHeapWalker();
        Scenario drift = PollingBenchmark.scenarios().stream().filter(s -> s.driftEnd() != null).findFirst()
                .orElseThrow();
        Instant from = PollingBenchmark.START.plus(Duration.ofHours(5));
        Instant to = from.plus(Duration.ofHours(4));
        List<Reading> engine = window(PollingBenchmark.run(drift, new PollingBenchmark.EnginePolicy()), from, to);
        List<Reading> fixed = window(PollingBenchmark.run(drift, new PollingBenchmark.NaivePolicy(0)), from, to);
        Path out = Path.of(args.length > 0 ? args[0] : "doc/polling-day.svg");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, svg(engine, fixed, from, to), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
        System.exit(0);
    }

    private static List<Reading> window(PollingBenchmark.Outcome outcome, Instant from, Instant to) {
        return outcome.readings().stream().filter(r -> !r.taken().isBefore(from) && r.taken().isBefore(to))
                .sorted((a, b) -> a.taken().compareTo(b.taken())).toList();
    }

    static String svg(List<Reading> engine, List<Reading> fixed, Instant from, Instant to) {
        int engineTop = GLUCOSE_TOP + GLUCOSE_HEIGHT + 40;
        int fixedTop = engineTop + LATENCY_HEIGHT + 40;
        int height = fixedTop + LATENCY_HEIGHT + 40;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"11\">%n",
                WIDTH, height, WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
        svg.append(text(LEFT, 18, "Glucose (mg/dL) over four simulated hours; the phone's upload delay drifts "
                + "from 20 s to 50 s between 06:00 and 07:00", "bold"));
        // target band 70-180 mg/dL
        double bandTop = glucoseY(180);
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#d8f0d8\"/>%n", LEFT, bandTop, PLOT,
                glucoseY(70) - bandTop));
        for (int mgdl : new int[] { 70, 180, 250 }) {
            svg.append(text(LEFT - 30, glucoseY(mgdl) + 4, String.valueOf(mgdl), "normal"));
        }
        StringBuilder line = new StringBuilder();
        for (Reading reading : engine) {
            if (reading.mgPerDl() > 0) {
                line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(reading.taken(), from, to),
                        glucoseY(reading.mgPerDl())));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\" points=\"").append(line)
                .append("\"/>\n");
        latencyPanel(svg, engine, from, to, engineTop,
                "binding: wait from visible to fetched (s), 0-60; red: never fetched");
        latencyPanel(svg, fixed, from, to, fixedTop,
                "fixed 60 s poller, same day: wait (s), 0-60; red: never " + "fetched");
        for (Instant tick = from; !tick.isAfter(to); tick = tick.plus(Duration.ofHours(1))) {
            double x = x(tick, from, to);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#bbb\" stroke-dasharray=\"2,3\"/>%n", x,
                    GLUCOSE_TOP, x, fixedTop + LATENCY_HEIGHT));
            svg.append(text(x - 14, fixedTop + LATENCY_HEIGHT + 16, HOUR.format(tick), "normal"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void latencyPanel(StringBuilder svg, List<Reading> readings, Instant from, Instant to, int top,
            String title) {
        svg.append(text(LEFT, top - 8, title, "normal"));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", LEFT, top, PLOT,
                LATENCY_HEIGHT));
        for (Reading reading : readings) {
            double x = x(reading.taken(), from, to);
            long latency = reading.latencyMs();
            boolean missed = latency < 0;
            double seconds = missed ? MAX_LATENCY_S : Math.min(MAX_LATENCY_S, latency / 1000.0);
            double barHeight = Math.max(0.5, seconds / MAX_LATENCY_S * LATENCY_HEIGHT);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>%n", x,
                    top + LATENCY_HEIGHT, x, top + LATENCY_HEIGHT - barHeight, missed ? "#d62728" : "#555"));
        }
    }

    private static String text(double x, double y, String content, String weight) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"%s\">%s</text>%n", x, y, weight,
                content);
    }

    private static double x(Instant at, Instant from, Instant to) {
        return LEFT + PLOT * (double) Duration.between(from, at).toMillis() / Duration.between(from, to).toMillis();
    }

    private static double glucoseY(double mgdl) {
        return GLUCOSE_TOP + GLUCOSE_HEIGHT * (1 - Math.min(mgdl, MAX_MGDL) / MAX_MGDL);
    }
}
