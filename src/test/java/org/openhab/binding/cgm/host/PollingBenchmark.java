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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomClient;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomSettings;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpClient;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutClient;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutSettings;
import org.openhab.binding.cgm.internal.engine.AccountListener;
import org.openhab.binding.cgm.internal.engine.AccountPoller;
import org.openhab.binding.cgm.internal.engine.Backoff;
import org.openhab.binding.cgm.internal.engine.PollPlanner;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.insight.InsightSettings;
import org.openhab.binding.cgm.internal.insight.PatientInsight;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Trend;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.NightscoutSimSite;
import org.openhab.binding.cgm.internal.simulator.UploadDelays;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.NoJitter;
import org.openjdk.jol.info.GraphLayout;

/**
 * What an account costs and how fresh its readings are, side by side: the binding's engine, the naive latest-only
 * poller (one request every 60 seconds for the latest reading only: what LibreLinkUp's connections return, and a
 * Dexcom read of one reading) and a Home Assistant-style ladder poller drive the same simulated day (same seeds, so
 * every reading becomes visible at the same instant for all) through the same client code. A reading counts as
 * delivered when any poll returned it, in the latest value or in the history of the answer; its latency runs from the
 * instant it became visible in the cloud to that poll. A naive poller's figures depend on the second of the minute it
 * happens to start at: it runs from {@link #NAIVE_PHASES} start seconds, and its row is their mean. A reading that a
 * newer one overtook before it had been the latest for {@link #MISSABLE} cannot be got by any latest-only poll: the
 * {@code overtaken} column counts them per scenario, and {@code missed} includes them. Run with
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=org.openhab.binding.cgm.host.PollingBenchmark}, with
 * {@code -Dscenario=Dexcom} for the scenarios whose name contains that text only.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
// a command-line program (the main job, a benchmark): standard output is where its results go
@SuppressWarnings("PMD.SystemPrintln")
public final class PollingBenchmark {

    static final Instant START = Instant.parse("2026-11-21T00:00:07Z");
    static final Duration DAY = Duration.ofDays(1);
    /** Readings visible in the last minutes of the day are left out: no policy had the chance to fetch them. */
    private static final Duration TAIL = Duration.ofMinutes(10);
    /** A reading counts as missed only if a poll could have had it for at least this long. */
    private static final Duration MISSABLE = Duration.ofSeconds(5);
    private static final Duration FLOOR = Duration.ofSeconds(60);
    /**
     * Added to every phone's seed ({@code -DseedOffset=1}): the same scenarios on other days, to see that a figure is
     * the policy's and not the day's.
     */
    static final long SEED_OFFSET = Long.getLong("seedOffset", 0);
    /** The start seconds of the naive poller, relative to the day's start: its row is the mean of these runs. */
    static final int[] NAIVE_PHASES = { 0, 15, 30, 45 };

    private PollingBenchmark() {
    }

    /**
     * A simulated day: which cloud, and how the patients' phones behave.
     *
     * @param nightscoutSpacing how often a Nightscout site's uploader sends; null for the vendor clouds
     */
    record Scenario(String name, boolean dexcom, int patients, Function<Integer, UploadDelays> uploads,
            Function<Integer, Integer> phase, @Nullable Instant silentFrom, @Nullable Instant driftEnd,
            @Nullable Duration nightscoutSpacing) {

        Scenario(String name, boolean dexcom, int patients, Function<Integer, UploadDelays> uploads,
                Function<Integer, Integer> phase, @Nullable Instant silentFrom, @Nullable Instant driftEnd) {
            this(name, dexcom, patients, uploads, phase, silentFrom, driftEnd, null);
        }
    }

    /** When a policy polls: it gets the account and a way to report answers, and schedules itself. */
    interface Policy {
        String name();

        @Nullable
        Object start(CloudAccount account, MutableClock clock, ManualScheduler scheduler, AccountListener listener);
    }

    /** One reading of one patient on the simulated day. */
    record Reading(String patient, Instant taken, Instant visible, boolean overtaken, @Nullable Instant delivered,
            int mgPerDl) {
        long latencyMs() {
            Instant at = delivered;
            return at == null ? -1 : Duration.between(visible, at).toMillis();
        }
    }

    /** What one policy got on one scenario. */
    record Outcome(Scenario scenario, String policy, long requests, long logins, List<Reading> readings,
            List<Instant> polls, long retainedAccountBytes) {
    }

    static List<Scenario> scenarios() {
        Instant drift = START.plus(Duration.ofHours(6));
        return List.of(
                new Scenario("LLU 1 patient, steady phone", false, 1,
                        i -> UploadDelays.steady(11 + SEED_OFFSET, Duration.ofSeconds(25), Duration.ofSeconds(4)),
                        i -> 17, null, null),
                new Scenario("LLU 1 patient, jittery phone", false, 1,
                        i -> UploadDelays.lognormal(12 + SEED_OFFSET, Duration.ofSeconds(30), 0.35).withBackfills(0.05,
                                Duration.ofMinutes(2), Duration.ofMinutes(6)),
                        i -> 17, null, null),
                new Scenario("LLU 1 patient, phone offline", false, 1,
                        i -> UploadDelays.steady(16 + SEED_OFFSET, Duration.ofSeconds(30), Duration.ofSeconds(20))
                                .withOutages(0.02, Duration.ofMinutes(6)),
                        i -> 17, null, null),
                new Scenario("LLU 3 patients", false, 3,
                        i -> UploadDelays.steady(20 + i + SEED_OFFSET, Duration.ofSeconds(15 + 10 * i),
                                Duration.ofSeconds(4)),
                        i -> 5 + 20 * i, null, null),
                new Scenario("LLU 20 patients", false, 20,
                        i -> UploadDelays.steady(40 + i + SEED_OFFSET, Duration.ofSeconds(15 + (i * 7) % 30),
                                Duration.ofSeconds(4)),
                        i -> (i * 37) % 60, null, null),
                new Scenario("LLU 5 patients, one jittery", false, 5,
                        i -> i == 0
                                ? UploadDelays.lognormal(70 + SEED_OFFSET, Duration.ofSeconds(30), 0.35).withBackfills(
                                        0.05, Duration.ofMinutes(2), Duration.ofMinutes(6))
                                : UploadDelays.steady(80 + i + SEED_OFFSET, Duration.ofSeconds(15 + 8 * i),
                                        Duration.ofSeconds(4)),
                        i -> (i * 23) % 60, null, null),
                new Scenario("LLU delay drifts 20->50 s", false, 1,
                        i -> UploadDelays.steady(13 + SEED_OFFSET, Duration.ofSeconds(20), Duration.ofSeconds(3))
                                .drifting(drift, drift.plus(Duration.ofHours(1)), Duration.ofSeconds(50)),
                        i -> 17, null, drift.plus(Duration.ofHours(1))),
                new Scenario("LLU sensor silent 2 h", false, 1,
                        i -> UploadDelays.steady(14 + SEED_OFFSET, Duration.ofSeconds(25), Duration.ofSeconds(4)),
                        i -> 17, START.plus(Duration.ofHours(10)), null),
                new Scenario("Dexcom, 5 % backfilled", true, 1,
                        i -> UploadDelays.steady(15 + SEED_OFFSET, Duration.ofSeconds(60), Duration.ofSeconds(10))
                                .withBackfills(0.05, Duration.ofMinutes(2), Duration.ofMinutes(8)),
                        i -> 131, null, null),
                new Scenario("Nightscout 5 min, xDrip+", false, 1,
                        i -> UploadDelays.steady(16 + SEED_OFFSET, Duration.ofSeconds(30), Duration.ofSeconds(10)),
                        i -> 131, null, null, Duration.ofMinutes(5)),
                new Scenario("Nightscout 1 min, Juggluco", false, 1,
                        i -> UploadDelays.steady(17 + SEED_OFFSET, Duration.ofSeconds(20), Duration.ofSeconds(5)),
                        i -> 17, null, null, Duration.ofMinutes(1)),
                new Scenario("Dexcom, upload 60+-30 s, 5 % late", true, 1,
                        i -> UploadDelays.steady(17 + SEED_OFFSET, Duration.ofSeconds(60), Duration.ofSeconds(30))
                                .withBackfills(0.05, Duration.ofMinutes(5), Duration.ofMinutes(15)),
                        i -> 131, null, null, null));
    }

    /** What a policy's day comes to; for the naive poller, the mean over its start seconds. */
    record Figures(String policy, double requestsPerDay, double requestsPerReading, double loginsPerDay, double p50,
            double p95, double max, double missed, long overtaken) {
        static Figures of(Outcome outcome) {
            List<Long> latencies = latencies(outcome.readings(), START);
            long fresh = outcome.readings().size();
            long missed = outcome.readings().stream().filter(r -> r.delivered() == null).count();
            long overtaken = outcome.readings().stream().filter(Reading::overtaken).count();
            double days = DAY.toHours() / 24.0;
            return new Figures(outcome.policy(), outcome.requests() / days,
                    fresh == 0 ? 0 : (double) outcome.requests() / fresh, outcome.logins() / days,
                    percentile(latencies, 0.5) / 1000.0, percentile(latencies, 0.95) / 1000.0,
                    latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1000.0, missed, overtaken);
        }

        static Figures mean(String policy, List<Figures> runs) {
            return new Figures(policy, avg(runs, Figures::requestsPerDay), avg(runs, Figures::requestsPerReading),
                    avg(runs, Figures::loginsPerDay), avg(runs, Figures::p50), avg(runs, Figures::p95),
                    avg(runs, Figures::max), avg(runs, Figures::missed), runs.get(0).overtaken());
        }

        private static double avg(List<Figures> runs, ToDoubleFunction<Figures> figure) {
            return runs.stream().mapToDouble(figure).average().orElse(0);
        }
    }

    public static void main(String[] args) {
        quietHeapWalker();
        long wallStart = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-34s %-8s %8s %8s %7s %7s %7s %7s %7s %9s%n", "scenario (1 simulated day)",
                "policy", "req/day", "req/new", "login/d", "p50 [s]", "p95 [s]", "max [s]", "missed", "overtaken");
        List<String> notes = new ArrayList<>();
        Map<Integer, Long> retained = new HashMap<>();
        // e.g. "Nightscout" or "Dexcom": only the scenarios whose name contains it
        String only = args.length > 0 ? args[0] : System.getProperty("scenario", "");
        for (Scenario scenario : scenarios()) {
            if (!scenario.name().contains(only)) {
                continue;
            }
            Outcome engine = run(scenario, new EnginePolicy());
            List<Figures> naiveRuns = new ArrayList<>();
            for (int phase : NAIVE_PHASES) {
                naiveRuns.add(Figures.of(run(scenario, new NaivePolicy(phase))));
            }
            Figures naive = Figures.mean("naive", naiveRuns);
            Outcome ladderRun = run(scenario, new LadderPolicy());
            List<Figures> all = List.of(Figures.of(engine), naive, Figures.of(ladderRun));
            all.forEach(figures -> print(scenario, figures));
            System.out.println("    " + winners(all) + " the naive poller's best start second: " + best(naiveRuns));
            Instant driftEnd = scenario.driftEnd();
            if (driftEnd != null) {
                for (Outcome outcome : List.of(engine, ladderRun)) {
                    notes.add(String.format(Locale.ROOT, "%s, %s: p95 %.1f s from 1 h after the drift ended",
                            scenario.name(), outcome.policy(),
                            percentile(latencies(outcome.readings(), driftEnd.plus(Duration.ofHours(1))), 0.95)
                                    / 1000.0));
                }
            }
            if (!scenario.dexcom() && scenario.nightscoutSpacing() == null) {
                notes.add(graphRecovery(scenario, engine));
                retained.putIfAbsent(scenario.patients(), engine.retainedAccountBytes());
            }
        }
        notes.forEach(System.out::println);
        long one = retained.getOrDefault(1, 0L);
        long twenty = retained.getOrDefault(20, 0L);
        if (twenty > 0) {
            System.out.printf(Locale.ROOT,
                    "retained after the day by the engine's planner and the last answer: %.1f KiB for an account with "
                            + "1 patient, %.1f KiB with 20: %.2f KiB per further patient%n",
                    one / 1024.0, twenty / 1024.0, (twenty - one) / 19 / 1024.0);
        }
        System.out.printf(Locale.ROOT,
                "retained by a patient's judgement (history, alarms) after a day of one reading a minute: %.1f KiB%n",
                insightBytesAfterADay() / 1024.0);
        System.out.printf(Locale.ROOT, "wall time %.1f s%n", (System.nanoTime() - wallStart) / 1e9);
        System.exit(0);
    }

    /** Which policy has the lowest of each figure; level within half a second, one reading or 0.01 requests. */
    static String winners(List<Figures> all) {
        return "best" + winner(all, "p50", Figures::p50, 0.5) + winner(all, "p95", Figures::p95, 0.5)
                + winner(all, "missed", Figures::missed, 1) + winner(all, "req/new", Figures::requestsPerReading, 0.01);
    }

    private static String winner(List<Figures> all, String figure, ToDoubleFunction<Figures> value, double level) {
        double lowest = all.stream().mapToDouble(value).min().orElse(0);
        List<String> names = all.stream().filter(f -> value.applyAsDouble(f) <= lowest + level).map(Figures::policy)
                .toList();
        return " " + figure + ": " + String.join("=", names) + ";";
    }

    private static String best(List<Figures> runs) {
        return String.format(Locale.ROOT, "p50 %.1f s, p95 %.1f s, missed %.0f",
                runs.stream().mapToDouble(Figures::p50).min().orElse(0),
                runs.stream().mapToDouble(Figures::p95).min().orElse(0),
                runs.stream().mapToDouble(Figures::missed).min().orElse(0));
    }

    /**
     * What LibreLinkUp's graph could recover of the readings the engine missed: it holds one reading in five and
     * trails the current one by a quarter of an hour, at one more request per patient each time.
     */
    static String graphRecovery(Scenario scenario, Outcome engine) {
        long missed = engine.readings().stream().filter(r -> r.delivered() == null).count();
        long onGraph = engine.readings().stream()
                .filter(r -> r.delivered() == null && r.taken().getEpochSecond() / 60 % 5 == 0).count();
        return String.format(Locale.ROOT,
                "%s: of the %d readings the engine missed, about %d are among the graph's points (one in five); "
                        + "they come at least 15 min late, at up to %d graph requests a day (one per patient and "
                        + "30 min)",
                scenario.name(), missed, onGraph, Math.min(missed, 48L * scenario.patients()));
    }

    /** What the patient handler keeps per patient: the insight with its day of readings, fed as the polls feed it. */
    static long insightBytesAfterADay() {
        PatientInsight insight = new PatientInsight(InsightSettings.DEFAULTS);
        Instant start = Instant.parse("2026-11-21T00:00:17Z");
        for (int minute = 0; minute <= 24 * 60; minute++) {
            Instant at = start.plus(Duration.ofMinutes(minute));
            int mgPerDl = (int) Math.round(130 + 50 * Math.sin(minute / 90.0));
            insight.accept(List.of(new GlucoseReading(at, mgPerDl, null, Trend.FLAT, null, false, false)),
                    at.plusSeconds(20));
            insight.tick(at.plusSeconds(30));
        }
        insight.statistics(start.plus(Duration.ofDays(1)));
        return GraphLayout.parseInstance(insight).totalSize();
    }

    /** The heap walker measures by field offsets; attaching to this JVM can hang inside Maven, and is not needed. */
    static void quietHeapWalker() {
        System.setProperty("jol.skipHotspotSAAttach", "true");
        System.setProperty("jol.skipDynamicAttach", "true");
        System.setProperty("jol.skipInstallAttach", "true");
        System.setProperty("jol.magicFieldOffset", "true");
    }

    private static void print(Scenario scenario, Figures figures) {
        System.out.printf(Locale.ROOT, "%-34s %-8s %8.0f %8.2f %7.1f %7.1f %7.1f %7.1f %7.0f %9d%n", scenario.name(),
                figures.policy(), figures.requestsPerDay(), figures.requestsPerReading(), figures.loginsPerDay(),
                figures.p50(), figures.p95(), figures.max(), figures.missed(), figures.overtaken());
    }

    static List<Long> latencies(List<Reading> readings, Instant visibleFrom) {
        return readings.stream().filter(r -> r.delivered() != null && !r.visible().isBefore(visibleFrom))
                .map(Reading::latencyMs).sorted().toList();
    }

    static double percentile(List<Long> sorted, double share) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    /** Runs one policy through one simulated day. */
    static Outcome run(Scenario scenario, Policy policy) {
        MutableClock clock = new MutableClock(START);
        ManualScheduler scheduler = new ManualScheduler(clock);
        Map<String, Instant> delivered = new HashMap<>();
        Map<String, Integer> values = new HashMap<>();
        List<Instant> polls = new ArrayList<>();
        List<List<Patient>> last = new ArrayList<>(List.of(List.of()));
        AccountListener recorder = new AccountListener() {
            @Override
            public void pollSucceeded(List<Patient> patients, Instant nextPoll) {
                polls.add(clock.instant());
                last.set(0, patients);
                for (Patient patient : patients) {
                    for (GlucoseReading reading : patient.recent()) {
                        String key = patient.id() + "@" + reading.timestamp();
                        delivered.putIfAbsent(key, clock.instant());
                        values.putIfAbsent(key, reading.mgPerDl());
                    }
                }
            }

            @Override
            public void pollFailed(CloudException failure, @Nullable Instant nextAttempt) {
            }
        };
        try (CloudSimulator simulator = CloudSimulator.start(clock)) {
            Map<String, Function<Instant, Instant>> visibility = new HashMap<>();
            Map<String, Function<Instant, List<Instant>>> taken = new HashMap<>();
            CloudAccount account;
            List<Runnable> silence = new ArrayList<>();
            List<Runnable> voice = new ArrayList<>();
            JettyTransport transport = new JettyTransport(LoopbackHttp.client(), Duration.ofSeconds(5));
            Duration nightscoutSpacing = scenario.nightscoutSpacing();
            if (nightscoutSpacing != null) {
                NightscoutSimSite site = simulator.nightscout().addSite("benchmark", "benchmark-secret",
                        nightscoutSpacing);
                site.setUploads(scenario.uploads().apply(0));
                site.setSensorPhaseSeconds(scenario.phase().apply(0));
                visibility.put(NightscoutClient.PATIENT_ID, site::visibleAt);
                taken.put(NightscoutClient.PATIENT_ID, end -> site.takenBetween(START, end));
                // insulin and carbohydrates on board not linked: a linked one adds a request to each poll
                account = new NightscoutClient(transport, clock,
                        new NightscoutSettings(simulator.nightscoutUrl("benchmark"),
                                site.addToken("benchmark", "readable"), null),
                        () -> false);
            } else if (scenario.dexcom()) {
                DexcomAccount dexcom = simulator.dexcom().addAccount("publisher", "benchmark", "us");
                dexcom.setUploads(scenario.uploads().apply(0));
                dexcom.setSensorPhaseSeconds(scenario.phase().apply(0));
                visibility.put(DexcomClient.PUBLISHER_ID, dexcom::visibleAt);
                taken.put(DexcomClient.PUBLISHER_ID, end -> dexcom.takenBetween(START, end));
                silence.add(dexcom::pauseReadings);
                voice.add(dexcom::resumeReadings);
                DexcomRegion us = DexcomRegion.fromCode("us").orElseThrow();
                account = new DexcomClient(transport, clock, new DexcomSettings("publisher", null, "benchmark", us,
                        us.applicationId(), simulator.dexcomUrlTemplate()));
            } else {
                LluAccount llu = simulator.libreLinkUp().addAccount("f@example.com", "benchmark", "eu");
                for (int i = 0; i < scenario.patients(); i++) {
                    String id = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
                    LluPatient patient = llu.addPatient(id, "P" + i, "B", GlucoseUnitCode.MG_DL,
                            ZoneId.of("Europe/Berlin"));
                    patient.setUploads(scenario.uploads().apply(i));
                    patient.setSensorPhaseSeconds(scenario.phase().apply(i));
                    visibility.put(id, patient::visibleAt);
                    taken.put(id, end -> patient.takenBetween(START, end));
                    silence.add(patient::pauseReadings);
                    voice.add(patient::resumeReadings);
                }
                account = new LibreLinkUpClient(transport, clock, new LibreLinkUpSettings("f@example.com", "benchmark",
                        "eu", LibreLinkUpSettings.DEFAULT_CLIENT_VERSION, simulator.libreLinkUpUrlTemplate(), false));
            }
            Object engine = policy.start(account, clock, scheduler, recorder);
            Instant silentFrom = scenario.silentFrom();
            if (silentFrom != null) {
                scheduler.advanceTo(silentFrom);
                silence.forEach(Runnable::run);
                scheduler.advanceTo(silentFrom.plus(Duration.ofHours(2)));
                voice.forEach(Runnable::run);
            }
            scheduler.advanceTo(START.plus(DAY));
            long requests = simulator.requests().all().size();
            long logins = simulator.requests().all().stream()
                    .filter(r -> r.path().endsWith("/llu/auth/login")
                            || r.path().endsWith("/General/LoginPublisherAccountById")
                            || r.path().startsWith("/api/v2/authorization/request/"))
                    .count();
            long retained = engine instanceof PollPlanner planner
                    ? GraphLayout.parseInstance(planner, last.get(0)).totalSize()
                    : 0;
            List<Reading> readings = new ArrayList<>();
            Instant cutoff = START.plus(DAY).minus(TAIL);
            for (Map.Entry<String, Function<Instant, List<Instant>>> entry : taken.entrySet()) {
                String id = entry.getKey();
                Function<Instant, Instant> visibleAt = visibility.get(id);
                List<Instant> instants = entry.getValue().apply(START.plus(DAY));
                List<Instant> visibles = instants.stream().map(visibleAt::apply).toList();
                for (int i = 0; i < instants.size(); i++) {
                    Instant visible = visibles.get(i);
                    if (instants.get(i).isBefore(START) || visible.isAfter(cutoff)) {
                        continue;
                    }
                    // the latest until a newer one is visible: overtaken when that leaves no poll a chance
                    Instant until = START.plus(DAY);
                    for (int j = i + 1; j < Math.min(instants.size(), i + 60); j++) {
                        until = visibles.get(j).isBefore(until) ? visibles.get(j) : until;
                    }
                    String key = id + "@" + instants.get(i);
                    readings.add(new Reading(id, instants.get(i), visible,
                            Duration.between(visible, until).compareTo(MISSABLE) < 0, delivered.get(key),
                            values.getOrDefault(key, 0)));
                }
            }
            return new Outcome(scenario, policy.name(), requests, logins, readings, polls, retained);
        }
    }

    /** Logs in when needed and reads once; a rejected session is dropped for the next attempt. */
    static @Nullable List<Patient> fetchOnce(CloudAccount account) {
        try {
            if (!account.hasSession()) {
                account.logIn();
            }
            return account.fetchPatients();
        } catch (CloudException e) {
            if (e.kind() == FailureKind.SESSION_EXPIRED) {
                account.dropSession();
            }
            return null;
        }
    }

    /**
     * As {@link #fetchOnce}, but only the latest reading: LibreLinkUp's connections carry no more; of Dexcom, a read
     * of one reading.
     */
    static @Nullable List<Patient> fetchLatestOnly(CloudAccount account) {
        if (!(account instanceof DexcomClient dexcom)) {
            return fetchOnce(account);
        }
        try {
            if (!dexcom.hasSession()) {
                dexcom.logIn();
            }
            List<GlucoseReading> readings = dexcom.fetchReadings(DexcomClient.MAX_MINUTES, 1);
            GlucoseReading latest = readings.isEmpty() ? null : readings.get(readings.size() - 1);
            return List.of(new Patient(DexcomClient.PUBLISHER_ID, "Dexcom", latest, GlucoseUnit.MG_PER_DL, null, null,
                    readings));
        } catch (CloudException e) {
            if (e.kind() == FailureKind.SESSION_EXPIRED) {
                dexcom.dropSession();
            }
            return null;
        }
    }

    /** (a) The binding: its poller, governor, back-off and planner, as the bridge handler wires them. */
    static final class EnginePolicy implements Policy {
        @Override
        public String name() {
            return "engine";
        }

        @Override
        public Object start(CloudAccount account, MutableClock clock, ManualScheduler scheduler,
                AccountListener listener) {
            PollPlanner planner = new PollPlanner(account.cadence(), FLOOR, account.cadenceVaries());
            AccountPoller poller = new AccountPoller(account,
                    new AccountMemory(new HostStorageService(), clock).governor("benchmark"), scheduler, clock, planner,
                    new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(30), NoJitter.INSTANCE), listener);
            poller.start();
            scheduler.runDue();
            return planner;
        }
    }

    /** A baseline: polls, reports what came, and waits as long as {@link #waitAfter} says. */
    abstract static class SelfScheduled implements Policy {
        /** How long to wait after a poll that returned these patients (null: it failed). */
        abstract Duration waitAfter(@Nullable List<Patient> patients, Instant now, Duration cadence);

        @Override
        public @Nullable Object start(CloudAccount account, MutableClock clock, ManualScheduler scheduler,
                AccountListener listener) {
            Runnable[] cycle = new Runnable[1];
            cycle[0] = () -> {
                List<Patient> patients = fetch(account);
                if (patients != null) {
                    listener.pollSucceeded(patients, clock.instant());
                }
                Duration wait = waitAfter(patients, clock.instant(), account.cadence().interval());
                scheduler.schedule(cycle[0], wait.toMillis(), TimeUnit.MILLISECONDS);
            };
            scheduler.schedule(cycle[0], firstWait().toMillis(), TimeUnit.MILLISECONDS);
            scheduler.runDue();
            return null;
        }

        /** When the first poll comes, after the start. */
        Duration firstWait() {
            return Duration.ZERO;
        }

        /** One poll. */
        @Nullable
        List<Patient> fetch(CloudAccount account) {
            return fetchOnce(account);
        }
    }

    /**
     * (b) The naive client: one request every 60 seconds for the latest reading only, whatever comes back, from a
     * start second of its own.
     */
    static final class NaivePolicy extends SelfScheduled {
        private final int phaseSeconds;

        NaivePolicy(int phaseSeconds) {
            this.phaseSeconds = phaseSeconds;
        }

        @Override
        public String name() {
            return "naive";
        }

        @Override
        Duration firstWait() {
            return Duration.ofSeconds(phaseSeconds);
        }

        @Override
        @Nullable
        List<Patient> fetch(CloudAccount account) {
            return fetchLatestOnly(account);
        }

        @Override
        Duration waitAfter(@Nullable List<Patient> patients, Instant now, Duration cadence) {
            return FLOOR;
        }
    }

    /**
     * (c) In the style of Home Assistant's Dexcom coordinator and the LibreLink integrations: poll at the newest
     * reading's time + the cadence + 15 s, and while the answer is unchanged back off along a ladder of 30 s, 1, 2, 4
     * and 5 minutes.
     */
    static final class LadderPolicy extends SelfScheduled {
        private static final long[] LADDER_S = { 30, 60, 120, 240, 300 };
        private @Nullable Instant newest;
        private int unchanged;

        @Override
        public String name() {
            return "ladder";
        }

        @Override
        Duration waitAfter(@Nullable List<Patient> patients, Instant now, Duration cadence) {
            Duration shortest = Duration.ofSeconds(LADDER_S[0]);
            if (patients == null) {
                return shortest;
            }
            Instant latest = patients.stream().map(Patient::latest).filter(r -> r != null).map(r -> r.timestamp())
                    .max(Instant::compareTo).orElse(null);
            if (latest != null && !latest.equals(newest)) {
                newest = latest;
                unchanged = 0;
                Duration due = Duration.between(now, latest.plus(cadence).plusSeconds(15));
                return due.compareTo(shortest) > 0 ? due : shortest;
            }
            return Duration.ofSeconds(LADDER_S[Math.min(unchanged++, LADDER_S.length - 1)]);
        }
    }
}
