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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.CgmHandlerFactory;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.handler.CgmRuntime;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.NoJitter;

/**
 * What an account costs and what a user gets, over simulated days against the simulator: requests and logins per
 * day, and how old a reading is when it reaches its channel. Also the wall time and heap the run took. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.openhab.binding.cgm.host.PollingBenchmark}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class PollingBenchmark {

    private static final Duration SIMULATED = Duration.ofDays(3);
    private static final DateTimeFormatter STATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private PollingBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-34s %10s %10s %12s %12s %12s%n", "scenario (3 simulated days)", "requests/d",
                "logins/d", "age p50 [s]", "age max [s]", "wall [ms]");
        run("LibreLinkUp, 1 patient", 1, false);
        run("LibreLinkUp, 3 patients", 3, false);
        run("Dexcom Share, publisher", 1, true);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use after the runs: %d MiB%n",
                (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
        System.exit(0);
    }

    private static void run(String name, int patients, boolean dexcom) {
        long wallStart = System.nanoTime();
        Instant start = Instant.parse("2026-11-21T00:00:07Z");
        MutableClock clock = new MutableClock(start);
        ManualScheduler scheduler = new ManualScheduler(clock);
        List<Long> ages = new ArrayList<>();
        try (CloudSimulator simulator = CloudSimulator.start(clock)) {
            StandInHost host = new StandInHost(new CgmHandlerFactory(new CgmRuntime(LoopbackHttp.jetty(Duration.ofSeconds(5)),
                    () -> ZoneOffset.UTC, clock, scheduler, NoJitter.INSTANCE, new AccountMemory(new HostStorageService(), clock))), line -> {
                        // "<thing> timestamp <time>": how old the reading is when the channel gets it
                        String[] parts = line.split(" ");
                        if (parts.length == 3 && CHANNEL_TIMESTAMP.equals(parts[1])) {
                            Instant taken = ZonedDateTime.parse(parts[2], STATE_TIME).toInstant();
                            ages.add(Duration.between(taken, clock.instant()).toSeconds());
                        }
                    }, true);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("password", "benchmark");
            if (dexcom) {
                simulator.dexcom().addAccount("publisher", "benchmark", "us");
                config.put("username", "publisher");
                config.put("region", "us");
                config.put("baseUrl", simulator.dexcomUrlTemplate());
                host.addBridge(THING_TYPE_DEXCOM, "b", config);
            } else {
                LluAccount account = simulator.libreLinkUp().addAccount("f@example.com", "benchmark", "eu");
                for (int i = 0; i < patients; i++) {
                    account.addPatient("00000000-0000-4000-8000-00000000000" + i, "P" + i, "B", GlucoseUnitCode.MG_DL,
                            ZoneId.of("Europe/Berlin"));
                }
                config.put("email", "f@example.com");
                config.put("region", "auto");
                config.put("baseUrl", simulator.libreLinkUpUrlTemplate());
                host.addBridge(THING_TYPE_LIBRELINKUP, "b", config);
            }
            scheduler.runDue();
            scheduler.advance(SIMULATED);
            long requests = simulator.requests().all().size();
            long logins = simulator.requests().all().stream().filter(r -> r.path().endsWith("/llu/auth/login")
                    || r.path().endsWith("/General/LoginPublisherAccountById")).count();
            host.close();
            ages.sort(null);
            double days = SIMULATED.toHours() / 24.0;
            System.out.printf("%-34s %10.0f %10.1f %12d %12d %12d%n", name, requests / days, logins / days,
                    ages.isEmpty() ? -1 : ages.get(ages.size() / 2), ages.isEmpty() ? -1 : ages.get(ages.size() - 1),
                    (System.nanoTime() - wallStart) / 1_000_000);
        }
    }
}
