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
package org.openhab.binding.cgm.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomClient;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomSettings;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpClient;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * From the bytes of an answer to the model, through the real clients (a canned transport answers): a 12-hour
 * LibreLinkUp graph (141 points), {@code /llu/connections} with 20 patients and a Dexcom answer of 288 readings, all
 * built from the captured fixture shapes. Run as the README says; never part of {@code mvn verify}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
// a command-line benchmark: its figures go to standard output, as JMH's own do
@SuppressWarnings("PMD.SystemPrintln")
public class ParsingBenchmarks {

    /** Before the captured login ticket expires. */
    static final Instant NOW = Instant.parse("2022-05-21T12:00:00Z");
    private static final DateTimeFormatter LLU_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US)
            .withZone(ZoneOffset.UTC);

    private LibreLinkUpClient libreLinkUp = newLibreLinkUp(Map.of());
    private DexcomClient dexcom = newDexcom(new byte[0]);
    private byte[] graph141 = new byte[0];
    private byte[] connections20 = new byte[0];
    private byte[] dexcom288 = new byte[0];

    /** Answers each path with its bytes, decoded on every call as a transport would. */
    private record CannedTransport(Map<String, byte[]> answers) implements Transport {
        @Override
        public TransportResponse execute(TransportRequest request) {
            String path = request.uri().getPath();
            for (Map.Entry<String, byte[]> answer : answers.entrySet()) {
                if (path.endsWith(answer.getKey())) {
                    return new TransportResponse(200, Map.of("content-type", "application/json"),
                            new String(answer.getValue(), StandardCharsets.UTF_8));
                }
            }
            return new TransportResponse(404, Map.of(), "");
        }
    }

    @Setup
    public void setUp() throws IOException, CloudException {
        byte[] login = fixture("seed-login.json").getBytes(StandardCharsets.UTF_8);
        graph141 = graph(141);
        connections20 = connections(20);
        dexcom288 = dexcomReadings(288);
        libreLinkUp = newLibreLinkUp(
                Map.of("/llu/auth/login", login, "/graph", graph141, "/llu/connections", connections20));
        libreLinkUp.logIn();
        dexcom = newDexcom(dexcom288);
        dexcom.logIn();
    }

    /*
     * The baseline: the same bytes decoded as the transport decodes them and parsed by plain Gson into a tree, nothing
     * mapped. The ratio of each parse above to its baseline is the figure that does not depend on the machine's load.
     */

    @Benchmark
    public JsonElement gsonTreeGraph141() {
        return JsonParser.parseString(new String(graph141, StandardCharsets.UTF_8));
    }

    @Benchmark
    public JsonElement gsonTreeConnections20() {
        return JsonParser.parseString(new String(connections20, StandardCharsets.UTF_8));
    }

    @Benchmark
    public JsonElement gsonTreeDexcom288() {
        return JsonParser.parseString(new String(dexcom288, StandardCharsets.UTF_8));
    }

    @Benchmark
    public List<GlucoseReading> libreLinkUpGraph141() throws CloudException {
        return libreLinkUp.fetchHistory("p");
    }

    @Benchmark
    public List<Patient> libreLinkUpConnections20() throws CloudException {
        return libreLinkUp.fetchPatients();
    }

    @Benchmark
    public List<GlucoseReading> dexcomReadings288() throws CloudException {
        return dexcom.fetchReadings(DexcomClient.MAX_MINUTES, DexcomClient.MAX_COUNT);
    }

    /**
     * The time ratios where JMH's wall-clock figures drown in the load of a shared machine: each parse and its Gson
     * baseline alternate in rounds, timed by the thread's CPU time, which other processes do not inflate. Run with
     * {@code exec:java -Dexec.mainClass=...ParsingBenchmarks}.
     */
    public static void main(String[] args) throws IOException, CloudException {
        ParsingBenchmarks b = new ParsingBenchmarks();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Callable<?>> pairs = List.of(b::libreLinkUpGraph141, b::gsonTreeGraph141, b::libreLinkUpConnections20,
                b::gsonTreeConnections20, b::dexcomReadings288, b::gsonTreeDexcom288);
        long[] cpu = new long[pairs.size()];
        int rounds = 60;
        int perRound = 200;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < pairs.size(); i++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int n = 0; n < perRound; n++) {
                    call(pairs.get(i));
                }
                if (round >= rounds / 3) {
                    // the first third warms up
                    cpu[i] += threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        long ops = (long) (rounds - rounds / 3) * perRound;
        String[] names = { "libreLinkUpGraph141", "libreLinkUpConnections20", "dexcomReadings288" };
        for (int i = 0; i < names.length; i++) {
            long parse = cpu[2 * i] / ops;
            long gson = cpu[2 * i + 1] / ops;
            System.out.println(String.format(Locale.ROOT, "%-26s %8d ns CPU, Gson tree %8d ns CPU, ratio %.2f",
                    names[i], parse, gson, (double) parse / gson));
        }
    }

    private static void call(Callable<?> benchmark) {
        try {
            benchmark.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static LibreLinkUpClient newLibreLinkUp(Map<String, byte[]> answers) {
        return new LibreLinkUpClient(new CannedTransport(answers), Clock.fixed(NOW, ZoneOffset.UTC),
                new LibreLinkUpSettings("f@example.com", "pw", "eu", LibreLinkUpSettings.DEFAULT_CLIENT_VERSION,
                        "http://127.0.0.1:9/{region}", false));
    }

    private static DexcomClient newDexcom(byte[] readings) {
        DexcomRegion us = DexcomRegion.fromCode("us").orElseThrow();
        byte[] session = "\"4c6f0b2e-8d43-4b9a-a2a6-0d6c2f1e9b10\"".getBytes(StandardCharsets.UTF_8);
        return new DexcomClient(
                new CannedTransport(Map.of("AuthenticatePublisherAccount",
                        "\"8597cbce-1c66-4655-bf7d-a7e070638b80\"".getBytes(StandardCharsets.UTF_8),
                        "LoginPublisherAccountById", session, "ReadPublisherLatestGlucoseValues", readings)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                new DexcomSettings("publisher", null, "pw", us, us.applicationId(), "http://127.0.0.1:9/{region}"));
    }

    /** The captured graph answer with {@code points} readings 5 minutes apart, ending now. */
    static byte[] graph(int points) throws IOException {
        JsonObject answer = JsonParser.parseString(fixture("seed-graph.json")).getAsJsonObject();
        JsonObject data = answer.getAsJsonObject("data");
        JsonObject shape = data.getAsJsonArray("graphData").get(0).getAsJsonObject();
        JsonArray items = new JsonArray();
        for (int i = points - 1; i >= 0; i--) {
            JsonObject item = shape.deepCopy();
            String at = LLU_TIME.format(NOW.minusSeconds(300L * i));
            item.addProperty("FactoryTimestamp", at);
            item.addProperty("Timestamp", at);
            item.addProperty("ValueInMgPerDl", 90 + i % 60);
            item.addProperty("Value", 90 + i % 60);
            items.add(item);
        }
        data.add("graphData", items);
        return answer.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The captured connections answer with {@code count} patients. */
    static byte[] connections(int count) throws IOException {
        JsonObject answer = JsonParser.parseString(fixture("seed-connections.json")).getAsJsonObject();
        JsonObject shape = answer.getAsJsonArray("data").get(0).getAsJsonObject();
        JsonArray all = new JsonArray();
        for (int i = 0; i < count; i++) {
            JsonObject connection = shape.deepCopy();
            connection.addProperty("patientId", String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i));
            all.add(connection);
        }
        answer.add("data", all);
        return answer.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A Dexcom answer of {@code count} readings, newest first, in the modern payload shape. */
    static byte[] dexcomReadings(int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            long ms = NOW.minusSeconds(300L * i).toEpochMilli();
            json.append(i == 0 ? "" : ",").append("{\"WT\":\"Date(").append(ms).append(")\",\"ST\":\"Date(").append(ms)
                    .append(")\",\"DT\":\"Date(").append(ms).append("-0500)\",\"Value\":").append(90 + i % 80)
                    .append(",\"Trend\":\"Flat\"}");
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = ParsingBenchmarks.class.getResourceAsStream("/fixtures/librelinkup/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
