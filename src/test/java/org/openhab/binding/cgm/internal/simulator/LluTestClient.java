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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Minimal LibreLinkUp HTTP client for the simulator's own tests: real HTTP over loopback, headers as the app sends
 * them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluTestClient {

    static final String VERSION = "4.16.0";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
            .build();
    private final CloudSimulator simulator;

    LluTestClient(CloudSimulator simulator) {
        this.simulator = simulator;
    }

    HttpResponse<String> login(String region, String email, String password) throws IOException, InterruptedException {
        return login(region, email, password, VERSION);
    }

    HttpResponse<String> login(String region, String email, String password, @Nullable String version)
            throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("email", email);
        body.addProperty("password", password);
        HttpRequest.Builder request = request(region, "/llu/auth/login", version)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(request);
    }

    /** Logs in on the account's home host and returns the session token. */
    String loginToken(LluAccount account, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = login(account.region(), account.email(), password);
        return json(response).getAsJsonObject("data").getAsJsonObject("authTicket").get("token").getAsString();
    }

    HttpResponse<String> get(String region, String path, @Nullable String token, @Nullable String accountId)
            throws IOException, InterruptedException {
        return send(authorized(region, path, token, accountId).GET());
    }

    HttpResponse<byte[]> getBytes(String region, String path, @Nullable String token, @Nullable String accountId)
            throws IOException, InterruptedException {
        return http.send(authorized(region, path, token, accountId).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> continueStep(String region, String type, String stepToken)
            throws IOException, InterruptedException {
        return send(authorized(region, "/auth/continue/" + type, stepToken, null)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpRequest.Builder authorized(String region, String path, @Nullable String token, @Nullable String accountId) {
        HttpRequest.Builder request = request(region, path, VERSION);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accountId != null) {
            request.header("Account-Id", accountId);
        }
        return request;
    }

    HttpRequest.Builder request(String region, String path, @Nullable String version) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.libreLinkUpUrl(region) + path))
                .timeout(TIMEOUT).header("product", "llu.android").header("Content-Type", "application/json")
                .header("cache-control", "no-cache");
        if (version != null) {
            request.header("version", version);
        }
        return request;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient http() {
        return http;
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }
}
