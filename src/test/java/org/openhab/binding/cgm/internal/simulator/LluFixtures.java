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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The captured LibreLinkUp bodies of seed 000 (login, connections, graph), kept as raw bytes so fixture mode serves
 * them unchanged, plus the identifiers in them that authenticated calls must present.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluFixtures {

    static final String FOLDER = "/fixtures/librelinkup/";
    static final String LOGIN = "seed-login.json";
    static final String CONNECTIONS = "seed-connections.json";
    static final String GRAPH = "seed-graph.json";
    /** The capture's token claims region eu; used when no account was added for the capture's e-mail. */
    static final String CAPTURE_REGION = "eu";

    final byte[] login;
    final byte[] connections;
    final byte[] graph;
    final String email;
    final String userId;
    final String patientId;
    /** All tokens the capture contains (login authTicket and the tickets of later responses). */
    final Set<String> tokens;

    private LluFixtures(byte[] login, byte[] connections, byte[] graph) {
        this.login = login;
        this.connections = connections;
        this.graph = graph;
        JsonObject loginData = parse(login).getAsJsonObject("data");
        JsonObject user = loginData.getAsJsonObject("user");
        this.email = user.get("email").getAsString();
        this.userId = user.get("id").getAsString();
        JsonObject connectionsJson = parse(connections);
        this.patientId = connectionsJson.getAsJsonArray("data").get(0).getAsJsonObject().get("patientId").getAsString();
        // login and connections carry the same token in the capture
        this.tokens = Set.copyOf(List.of(loginData.getAsJsonObject("authTicket").get("token").getAsString(),
                connectionsJson.getAsJsonObject("ticket").get("token").getAsString(),
                parse(graph).getAsJsonObject("ticket").get("token").getAsString()));
    }

    static LluFixtures load() {
        return new LluFixtures(read(LOGIN), read(CONNECTIONS), read(GRAPH));
    }

    static byte[] read(String name) {
        try (InputStream in = LluFixtures.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture missing on the test classpath: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }

    private static JsonObject parse(byte[] json) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}
