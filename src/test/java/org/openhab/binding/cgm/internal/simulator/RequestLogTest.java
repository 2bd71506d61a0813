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

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * What the simulator records about each request.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class RequestLogTest extends SimulatorTestBase {

    private static final Instant START = Instant.parse("2026-03-14T12:00:10Z");

    private final LluTestClient client = new LluTestClient(simulator);
    private final LluAccount account = simulator.libreLinkUp().addAccount("f@example.com", "pw", "eu");

    RequestLogTest() {
        super(START);
    }

    @Test
    void urlTemplateNamesTheRegionPlaceholder() {
        assertTrue(simulator.libreLinkUpUrlTemplate().matches("http://127\\.0\\.0\\.1:\\d+/librelinkup/\\{region}"),
                simulator.libreLinkUpUrlTemplate());
    }

    @Test
    void recordsTimeVendorRegionPathHeadersAndBody() throws Exception {
        client.login("global", "f@example.com", "pw");
        clock.advance(Duration.ofMinutes(1));
        String token = client.loginToken(account, "pw");
        account.addPatient("p-1", "John", "Doe", GlucoseUnitCode.MG_DL, ZoneOffset.UTC);
        client.get("eu", "/llu/connections", token, account.accountIdHash());
        client.get("eu", "/llu/connections/p-1/graph", token, account.accountIdHash());

        List<RecordedRequest> all = simulator.requests().all();
        assertEquals(4, all.size());
        RecordedRequest first = all.get(0);
        assertEquals(START, first.at());
        assertEquals("librelinkup", first.vendor());
        assertEquals("global", first.region());
        assertEquals("POST", first.method());
        assertEquals("/llu/auth/login", first.path());
        assertEquals("{\"email\":\"f@example.com\",\"password\":\"pw\"}", first.body());
        assertEquals("llu.android", first.headers().get("product"));
        assertEquals("4.16.0", first.headers().get("version"));
        assertEquals("4.16.0", first.header("Version"));

        RecordedRequest graph = all.get(3);
        assertEquals(START.plus(Duration.ofMinutes(1)), graph.at());
        assertEquals("eu", graph.region());
        assertEquals("GET", graph.method());
        assertEquals("/llu/connections/p-1/graph", graph.path());
        assertEquals("Bearer " + token, graph.headers().get("authorization"));
        assertEquals(account.accountIdHash(), graph.headers().get("account-id"));
        assertEquals("", graph.body());
        assertTrue(graph.headers().keySet().stream().allMatch(name -> name.equals(name.toLowerCase())));

        assertEquals(2, simulator.requests().count(LluEndpoint.LOGIN));
        assertEquals(1, simulator.requests().count(LluEndpoint.CONNECTIONS));
        assertEquals(1, simulator.requests().count(LluEndpoint.GRAPH));
        assertEquals(0, simulator.requests().count(LluEndpoint.CONTINUE));
        assertEquals(4, simulator.requests().count(LluEndpoint.ANY));
        assertEquals(1, simulator.requests().countPath("GET", "/graph"));
        assertEquals(2, simulator.requests().countPath("post", "/auth/login"));
    }

    @Test
    void unknownPathsAndVendorsAreRecordedToo() throws Exception {
        client.send(client.request("eu", "/llu/config/country", null).GET());
        client.send(HttpRequest.newBuilder(java.net.URI.create(simulator.baseUrl() + "/dexcom/us/x")).GET());

        assertEquals(2, simulator.requests().all().size());
        assertEquals(1, simulator.requests().count(LluEndpoint.ANY));
        assertEquals("dexcom", simulator.requests().all().get(1).vendor());
    }

    @Test
    void clearEmptiesTheLog() throws Exception {
        client.login("eu", "f@example.com", "pw");
        simulator.requests().clear();

        assertEquals(0, simulator.requests().all().size());
        assertEquals(0, simulator.requests().count(LluEndpoint.ANY));
    }
}
