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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomClient;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomSettings;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpClient;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutClient;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutSettings;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.OnBoard;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Mutates the real captured answers field by field (types, huge, negative and non-finite numbers, nulls, missing
 * fields, strings where numbers go, bad escapes, truncation, odd Date headers) and feeds them to both clients as bytes.
 * Nothing but a {@link CloudException} may escape, and no reading that leaves a client may be implausible. Seeded and
 * bounded in iterations and time, so it runs in every build.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class CloudFuzzTest {

    static final long SEED = 20261121L;
    static final int ITERATIONS = 4000;
    static final Duration TIME_BUDGET = Duration.ofSeconds(15);
    /** The seed capture was taken on this day; its readings are genuine then. */
    static final Instant CAPTURE_TIME = Instant.parse("2022-05-21T13:40:00Z");
    static final String DEXCOM_CAPTURE = "[{\"WT\":\"Date(1653140100000)\",\"ST\":\"Date(1653140100000)\","
            + "\"DT\":\"Date(1653140100000-0400)\",\"Value\":224,\"Trend\":\"Flat\"},"
            + "{\"WT\":\"/Date(1653139800000)/\",\"ST\":\"/Date(1653139800000)/\","
            + "\"DT\":\"/Date(1653139800000+0200)/\",\"Value\":219,\"Trend\":4}]";
    private static final String UUID = "8597cbce-1c66-4655-bf7d-a7e070638b80";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** Raw JSON texts a field may become; some are not JSON Gson reads strictly (NaN) or at all (a bad escape). */
    private static final List<String> VALUES = List.of("null", "\"\"", "\"abc\"", "-1", "0", "0.4", "1e10", "1e400",
            "-1e400", "NaN", "Infinity", "99999999999999999999999", "9223372036854775807", "true", "{}", "[]", "[1,2]",
            "{\"a\":1}", "\"\\uZZZZ\"", "\"\\u12\"", "\"5/21/2022 1:38:50 PM\"", "\"Date(99999999999999999)\"",
            "\"Date(-99999999999999)\"", "\"1/1/9999 1:00:00 PM\"", "115", "6.4", "\"" + UUID + "\"");

    private final Random random = new Random(SEED);
    private final MutableClock clock = new MutableClock(CAPTURE_TIME);
    private final Map<String, String> answers = new HashMap<>();
    private @Nullable String date;
    private int status = 200;

    private final Transport transport = request -> {
        String path = request.uri().getPath();
        String body = answers.entrySet().stream().filter(e -> path.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("{}");
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        String d = date;
        if (d != null) {
            headers.put("date", d);
        }
        return new TransportResponse(status, headers, body);
    };

    @Test
    void mutatedAnswersYieldTypedFailuresOrPlausibleReadingsOnly() throws IOException {
        String login = fixture("seed-login.json");
        String connections = fixture("seed-connections.json");
        String graph = fixture("seed-graph.json");
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        int readings = 0;
        int failures = 0;
        int iteration = 0;
        for (; iteration < ITERATIONS && System.nanoTime() < deadline; iteration++) {
            boolean dexcom = iteration % 3 == 2;
            date = randomDate();
            status = random.nextInt(10) == 0 ? pick(List.of(200, 302, 401, 403, 404, 410, 429, 500, 911)) : 200;
            answers.clear();
            try {
                if (dexcom) {
                    answers.put("/AuthenticatePublisherAccount", "\"" + UUID + "\"");
                    answers.put("/LoginPublisherAccountById", "\"" + UUID + "\"");
                    answers.put("/ReadPublisherLatestGlucoseValues", mutate(DEXCOM_CAPTURE));
                    DexcomClient client = new DexcomClient(transport, clock, new DexcomSettings("publisher", UUID, "pw",
                            DexcomRegion.US, DexcomRegion.US.applicationId(), "http://127.0.0.1:9/{region}"));
                    int saved = status;
                    status = 200;
                    client.logIn();
                    status = saved;
                    readings += check(client.fetchPatients());
                } else {
                    boolean mutateLogin = random.nextInt(4) == 0;
                    answers.put("/llu/auth/login", mutateLogin ? mutate(login) : login);
                    answers.put("/llu/connections", mutate(connections));
                    answers.put("/graph", mutate(graph));
                    LibreLinkUpClient client = new LibreLinkUpClient(transport, clock, new LibreLinkUpSettings(
                            "e@example.com", "pw", "eu", "4.17.0", "http://127.0.0.1:9/{region}", true));
                    int saved = status;
                    status = mutateLogin ? saved : 200;
                    client.logIn();
                    status = saved;
                    List<Patient> patients = client.fetchPatients();
                    readings += check(patients);
                    for (Patient patient : patients) {
                        readings += checkReadings(client.fetchHistory(patient.id()));
                    }
                }
            } catch (CloudException e) {
                failures++;
            } catch (AssertionError e) {
                throw e;
            } catch (Exception | Error t) {
                fail("iteration " + iteration + " (seed " + SEED + ") let " + t + " escape the client");
            }
        }
        LoggerFactory.getLogger(CloudFuzzTest.class).info(
                "CloudFuzzTest: {} iterations, {} readings, {} typed failures (seed {})", iteration, readings, failures,
                SEED);
        assertTrue(iteration >= 200, "the time budget allowed only " + iteration + " iterations");
        assertTrue(readings > 0 && failures > 0, readings + " readings, " + failures + " typed failures");
    }

    /**
     * Nightscout: the authorization, status, entries and properties answers mutated one at a time or together; nothing
     * but a typed failure escapes, no implausible reading and no implausible figure on board comes out.
     */
    @Test
    void mutatedNightscoutAnswersYieldTypedFailuresOrPlausibleReadingsOnly() throws IOException {
        String authorization = fixture("nightscout", "authorization.json");
        String statusJson = fixture("nightscout", "status.json");
        String entries = fixture("nightscout", "entries-sgv.json");
        String properties = fixture("nightscout", "properties.json");
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        int readings = 0;
        int failures = 0;
        int iteration = 0;
        for (; iteration < ITERATIONS / 2 && System.nanoTime() < deadline; iteration++) {
            date = randomDate();
            status = random.nextInt(10) == 0 ? pick(List.of(200, 302, 401, 403, 404, 429, 500, 503)) : 200;
            answers.clear();
            int target = random.nextInt(5);
            answers.put("/openhab-0123456789abcdef", target == 0 ? mutate(authorization) : authorization);
            answers.put("/status.json", target == 1 ? mutate(statusJson) : statusJson);
            answers.put("/sgv.json", target == 2 || target == 4 ? mutate(entries) : entries);
            answers.put("/iob,cob", target == 3 || target == 4 ? mutate(properties) : properties);
            boolean token = iteration % 2 == 0;
            NightscoutClient client = new NightscoutClient(transport, clock,
                    new NightscoutSettings("http://127.0.0.1:9/site", token ? "openhab-0123456789abcdef" : null,
                            token ? null : "fuzzing-secret-1"),
                    () -> true);
            try {
                client.logIn();
                List<Patient> patients = client.fetchPatients();
                readings += check(patients);
                for (Patient patient : patients) {
                    checkOnBoard(patient.onBoard());
                    assertTrue(patient.recent().stream().noneMatch(r -> r.mgPerDl() == 150), "an mbg is no reading");
                }
            } catch (CloudException e) {
                failures++;
            } catch (AssertionError e) {
                throw e;
            } catch (Exception | Error t) {
                fail("Nightscout iteration " + iteration + " (seed " + SEED + ") let " + t + " escape the client");
            }
        }
        LoggerFactory.getLogger(CloudFuzzTest.class).info("CloudFuzzTest Nightscout: " + iteration + " iterations, "
                + readings + " readings, " + failures + " typed failures (seed " + SEED + ")");
        assertTrue(iteration >= 100, "the time budget allowed only " + iteration + " iterations");
        assertTrue(readings > 0 && failures > 0, readings + " readings, " + failures + " typed failures");
    }

    private static void checkOnBoard(@Nullable OnBoard onBoard) {
        if (onBoard == null) {
            return;
        }
        BigDecimal insulin = onBoard.insulinUnits();
        BigDecimal carbs = onBoard.carbsGrams();
        assertTrue(insulin == null || Math.abs(insulin.doubleValue()) <= 300, "implausible insulin " + onBoard);
        assertTrue(carbs == null || (carbs.doubleValue() >= 0 && carbs.doubleValue() <= 1000),
                "implausible carbs " + onBoard);
    }

    /** Fewer, over real loopback HTTP: the simulator rewrites its own answers; the Jetty transport reads them. */
    @Test
    void mutatedAnswersOverHttpYieldTypedFailuresOrPlausibleReadingsOnly() throws CloudException {
        MutableClock now = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
        try (CloudSimulator simulator = CloudSimulator.start(now)) {
            LluAccount account = simulator.libreLinkUp().addAccount("e@example.com", "pw", "eu");
            account.addPatient(UUID, "Anna", "A", GlucoseUnitCode.MMOL, ZoneOffset.UTC);
            account.addPatient("0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d", "Ben", "B", GlucoseUnitCode.MG_DL,
                    ZoneOffset.UTC);
            LibreLinkUpClient client = new LibreLinkUpClient(
                    new JettyTransport(LoopbackHttp.client(), Duration.ofSeconds(5)), now, new LibreLinkUpSettings(
                            "e@example.com", "pw", "eu", "4.17.0", simulator.libreLinkUpUrlTemplate(), false));
            client.logIn();
            int readings = 0;
            for (int i = 0; i < 60; i++) {
                now.advance(Duration.ofMinutes(1));
                simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.rewrite(this::mutate), 1);
                date = null;
                clock.set(now.instant());
                try {
                    readings += check(client.fetchPatients());
                } catch (CloudException e) {
                    // typed: fine
                } catch (AssertionError e) {
                    throw e;
                } catch (Exception | Error t) {
                    fail("HTTP iteration " + i + " let " + t + " escape the client");
                }
            }
            assertTrue(readings > 0);
        }
    }

    private int check(List<Patient> patients) {
        int count = 0;
        for (Patient patient : patients) {
            GlucoseReading latest = patient.latest();
            if (latest != null) {
                count += checkReadings(List.of(latest));
                assertTrue(patient.recent().isEmpty() || patient.recent().contains(latest), patient.toString());
            }
            count += checkReadings(patient.recent());
        }
        return count;
    }

    private int checkReadings(List<GlucoseReading> readings) {
        Instant reference = clock.instant();
        Instant header = ServerTime.httpDate(date);
        if (header != null
                && Duration.between(reference, header).abs().compareTo(ServerTime.MAX_BELIEVED_OFFSET) <= 0) {
            reference = header;
        }
        for (GlucoseReading reading : readings) {
            // the bounds restated, not the rule's own code: the test must not share a mistake with it
            assertTrue(reading.mgPerDl() >= 20 && reading.mgPerDl() <= 600, "implausible value " + reading);
            BigDecimal vendor = reading.vendorMmolPerL();
            if (vendor != null) {
                assertTrue(Math.abs(vendor.doubleValue() - reading.mgPerDl() / 18.018) <= 0.25,
                        "mmol/L disagrees with mg/dL " + reading);
            }
            assertFalse(reading.timestamp().isAfter(reference.plus(ReadingPlausibility.MAX_AHEAD)),
                    "reading from the future " + reading);
            assertNotNull(reading.trend());
        }
        return readings.size();
    }

    private @Nullable String randomDate() {
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> "not a date";
            case 2 -> HTTP_DATE.format(CAPTURE_TIME.plus(Duration.ofDays(400)));
            case 3 -> HTTP_DATE.format(CAPTURE_TIME.minus(Duration.ofHours(1)));
            default -> HTTP_DATE.format(CAPTURE_TIME);
        };
    }

    /** One to three mutations of the JSON, or a truncation of its text. */
    String mutate(String json) {
        if (random.nextInt(12) == 0) {
            return json.substring(0, random.nextInt(json.length()));
        }
        JsonElement root = JsonParser.parseString(json);
        List<String> replacements = new ArrayList<>();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            String marker = "\"@@FUZZ" + i + "@@\"";
            if (mutateOne(root, marker)) {
                replacements.add(pick(VALUES));
            } else {
                replacements.add(null);
            }
        }
        String text = root.toString();
        for (int i = 0; i < replacements.size(); i++) {
            String value = replacements.get(i);
            if (value != null) {
                text = text.replace("\"@@FUZZ" + i + "@@\"", value);
            }
        }
        return text;
    }

    /** Replaces a random field or list item by a marker, or removes it; false when it removed one. */
    private boolean mutateOne(JsonElement root, String marker) {
        List<JsonElement> containers = new ArrayList<>();
        collect(root, containers);
        JsonElement container = pick(containers);
        if (container.isJsonObject()) {
            JsonObject object = container.getAsJsonObject();
            if (object.size() == 0) {
                return false;
            }
            String key = pick(new ArrayList<>(object.keySet()));
            if (random.nextInt(5) == 0) {
                object.remove(key);
                return false;
            }
            object.add(key, new JsonPrimitive(marker.substring(1, marker.length() - 1)));
            return true;
        }
        JsonArray array = container.getAsJsonArray();
        if (array.isEmpty()) {
            return false;
        }
        array.set(random.nextInt(array.size()), new JsonPrimitive(marker.substring(1, marker.length() - 1)));
        return true;
    }

    private static void collect(JsonElement element, List<JsonElement> containers) {
        if (element.isJsonObject()) {
            containers.add(element);
            element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), containers));
        } else if (element.isJsonArray()) {
            containers.add(element);
            element.getAsJsonArray().forEach(e -> collect(e, containers));
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String fixture(String name) throws IOException {
        return fixture("librelinkup", name);
    }

    static String fixture(String vendor, String name) throws IOException {
        try (InputStream in = CloudFuzzTest.class.getResourceAsStream("/fixtures/" + vendor + "/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
