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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomClient;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomSettings;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpClient;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * Issue 16, defect 4: answers without a Date header (a proxy dropped it) and a host clock set back an hour or forward
 * a day. The cloud runs on true time; the host clock jumps; elapsed (monotonic) time goes on. Every reading the cloud
 * makes visible in the two hours after the jump must still leave the client, and the client's idea of now (host clock
 * plus offset, what freshness is judged by) must stay the true time.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class HostClockJumpTest {

    private static final String PASSWORD = "Jump-Secret-3";
    private static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";

    private final MutableClock cloud = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
    private final MutableClock host = new MutableClock(cloud.instant());
    private final AtomicLong elapsed = new AtomicLong(123_456_789L);
    private final HttpClient httpClient = LoopbackHttp.client();
    private final CloudSimulator simulator = CloudSimulator.start(cloud);
    private final JettyTransport jetty = new JettyTransport(httpClient, Duration.ofSeconds(5));
    /** The simulator's answers with their Date header dropped, as a proxy may. */
    private final Transport withoutDate = request -> {
        TransportResponse response = jetty.execute(request);
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.keySet().removeIf(name -> "date".equalsIgnoreCase(name));
        return new TransportResponse(response.status(), headers, response.body());
    };

    @AfterEach
    void stop() {
        simulator.close();
    }

    /** A minute passes: for the cloud, for the host clock and for elapsed time alike. */
    private void minute() {
        cloud.advance(Duration.ofMinutes(1));
        host.advance(Duration.ofMinutes(1));
        elapsed.addAndGet(Duration.ofMinutes(1).toNanos());
    }

    private static GlucoseReading latest(List<Patient> patients) {
        GlucoseReading latest = patients.get(0).latest();
        assertNotNull(latest);
        return latest;
    }

    private void assertNowIsTrue(Duration offset) {
        Duration error = Duration.between(cloud.instant(), host.instant().plus(offset)).abs();
        assertTrue(error.compareTo(Duration.ofSeconds(2)) < 0, "now is off by " + error);
    }

    private interface Poll {
        GlucoseReading latest() throws CloudException;
    }

    /**
     * Jumps the host clock, then polls every minute for two hours: each poll must show the reading the cloud shows
     * last, with the true time as the client's now. How many new readings were shown.
     */
    private int publishedAfterJump(long jumpSeconds, Poll poll, Supplier<Instant> visible, Supplier<Duration> offset)
            throws CloudException {
        Instant last = poll.latest().timestamp();
        host.advance(Duration.ofSeconds(jumpSeconds));
        int published = 0;
        for (int i = 0; i < 120; i++) {
            minute();
            GlucoseReading latest = poll.latest();
            assertEquals(visible.get(), latest.timestamp(), "poll " + i);
            if (latest.timestamp().isAfter(last)) {
                published++;
                last = latest.timestamp();
            }
            assertNowIsTrue(offset.get());
        }
        return published;
    }

    @ParameterizedTest
    @ValueSource(longs = { -3600, 86_400 })
    void libreLinkUpPublishesEveryReadingAfterTheHostClockJumped(long jumpSeconds) throws CloudException {
        LluPatient anna = simulator.libreLinkUp().addAccount("e@example.com", PASSWORD, "eu").addPatient(ANNA, "Anna",
                "A", GlucoseUnitCode.MG_DL, ZoneOffset.UTC);
        LibreLinkUpClient client = new LibreLinkUpClient(withoutDate, host, elapsed::get,
                new LibreLinkUpSettings("e@example.com", PASSWORD, "eu", LibreLinkUpSettings.DEFAULT_CLIENT_VERSION,
                        simulator.libreLinkUpUrlTemplate(), false));
        client.logIn();
        assertEquals(120, publishedAfterJump(jumpSeconds, () -> latest(client.fetchPatients()),
                () -> anna.latestReading().instant(), client::clockOffset), "a new reading every minute");
        assertFalse(client.fetchHistory(ANNA).isEmpty(), "the history is judged by the same time");
        assertTrue(client.rejectedReadings().isEmpty(), client.rejectedReadings().toString());
    }

    @ParameterizedTest
    @ValueSource(longs = { -3600, 86_400 })
    void dexcomPublishesEveryReadingAfterTheHostClockJumped(long jumpSeconds) throws CloudException {
        DexcomAccount account = simulator.dexcom().addAccount("publisher", PASSWORD, "us");
        DexcomClient client = new DexcomClient(withoutDate, host, elapsed::get, new DexcomSettings("publisher", null,
                PASSWORD, DexcomRegion.US, DexcomRegion.US.applicationId(), simulator.dexcomUrlTemplate()));
        client.logIn();
        assertEquals(24, publishedAfterJump(jumpSeconds, () -> latest(client.fetchPatients()),
                () -> account.latestReading().instant(), client::clockOffset), "a new reading every 5 minutes");
        assertTrue(client.rejectedReadings().isEmpty(), client.rejectedReadings().toString());
    }
}
