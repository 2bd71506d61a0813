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
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.CgmHandlerFactory;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.handler.CgmRuntime;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.NoJitter;

/**
 * What history without gaps costs, over simulated days against the simulator: the requests it makes beyond the one
 * read per poll and the logins, at the start and per day after. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.openhab.binding.cgm.host.BackfillBenchmark}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
// a command-line program (the main job, a benchmark): standard output is where its results go
@SuppressWarnings("PMD.SystemPrintln")
public final class BackfillBenchmark {

    private static final Duration SIMULATED = Duration.ofDays(3);
    private static final Duration START_PHASE = Duration.ofHours(1);

    private BackfillBenchmark() {
    }

    public static void main(String[] args) {
        System.out.printf("%-46s %14s %16s%n", "scenario (3 simulated days)", "extra at start", "extra per day");
        run("LibreLinkUp, 2 linked patients, steady", false, false);
        run("LibreLinkUp, 2 linked patients, 2 h gap a day", false, true);
        run("Dexcom Share, publisher, steady", true, false);
        run("Dexcom Share, publisher, 2 h gap a day", true, true);
        System.exit(0);
    }

    private static void run(String name, boolean dexcom, boolean dailyGap) {
        Instant start = Instant.parse("2026-11-21T00:00:07Z");
        MutableClock clock = new MutableClock(start);
        ManualScheduler scheduler = new ManualScheduler(clock);
        try (CloudSimulator simulator = CloudSimulator.start(clock)) {
            StandInHost host = new StandInHost(
                    new CgmHandlerFactory(
                            new CgmRuntime(LoopbackHttp.jetty(Duration.ofSeconds(5)), () -> ZoneOffset.UTC, clock,
                                    scheduler, NoJitter.INSTANCE, new AccountMemory(new HostStorageService(), clock))),
                    line -> {
                    }, true, scheduler);
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
                for (int i = 0; i < 2; i++) {
                    account.addPatient("00000000-0000-4000-8000-00000000000" + i, "P" + i, "B", GlucoseUnitCode.MG_DL,
                            ZoneId.of("Europe/Berlin"));
                }
                config.put("email", "f@example.com");
                config.put("region", "eu");
                config.put("baseUrl", simulator.libreLinkUpUrlTemplate());
                host.addBridge(THING_TYPE_LIBRELINKUP, "b", config);
            }
            scheduler.runDue();
            scheduler.advance(START_PHASE);
            long atStart = extra(simulator);
            for (int day = 0; day < SIMULATED.toDays(); day++) {
                scheduler.advance(Duration.ofHours(10));
                if (dailyGap) {
                    // the cloud out of reach for two hours
                    if (dexcom) {
                        simulator.dexcom().injectFault(DexcomEndpoint.ANY, Fault.connectionReset(), Integer.MAX_VALUE);
                    } else {
                        simulator.libreLinkUp().injectFault(LluEndpoint.ANY, Fault.connectionReset(),
                                Integer.MAX_VALUE);
                    }
                    scheduler.advance(Duration.ofHours(2));
                    simulator.dexcom().clearFaults();
                    simulator.libreLinkUp().clearFaults();
                }
                scheduler.advanceTo(start.plus(START_PHASE).plus(Duration.ofDays(day + 1)));
            }
            long later = extra(simulator) - atStart;
            host.close();
            System.out.printf("%-46s %14d %16.1f%n", name, atStart, later / (double) SIMULATED.toDays());
        }
    }

    /** Requests that are neither a login nor the one read of a poll: the graph requests, for LibreLinkUp. */
    private static long extra(CloudSimulator simulator) {
        return simulator.requests().all().stream().filter(BackfillBenchmark::isExtra).count();
    }

    private static boolean isExtra(RecordedRequest request) {
        String method = request.method();
        String path = request.path();
        return !(LluEndpoint.LOGIN.matches(method, path) || LluEndpoint.CONNECTIONS.matches(method, path)
                || DexcomEndpoint.AUTHENTICATE.matches(method, path) || DexcomEndpoint.LOGIN_BY_ID.matches(method, path)
                || DexcomEndpoint.READ_GLUCOSE.matches(method, path));
    }
}
