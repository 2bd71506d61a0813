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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Minimal Dexcom Share HTTP client for the simulator's own tests: real HTTP over loopback, requests shaped as
 * pydexcom sends them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomTestClient {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String AUTHENTICATE = "/General/AuthenticatePublisherAccount";
    static final String LOGIN_BY_ID = "/General/LoginPublisherAccountById";
    static final String READ = "/Publisher/ReadPublisherLatestGlucoseValues";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
            .build();
    private final CloudSimulator simulator;

    DexcomTestClient(CloudSimulator simulator) {
        this.simulator = simulator;
    }

    /** Step 1 with the region's own application id. */
    HttpResponse<String> authenticate(String region, String accountName, String password)
            throws IOException, InterruptedException {
        return authenticate(region, accountName, password, applicationId(region));
    }

    HttpResponse<String> authenticate(String region, String accountName, String password, String applicationId)
            throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("accountName", accountName);
        body.addProperty("password", password);
        body.addProperty("applicationId", applicationId);
        return post(region, AUTHENTICATE, body.toString());
    }

    /** Step 2 with the region's own application id. */
    HttpResponse<String> loginById(String region, String accountId, String password)
            throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.addProperty("accountId", accountId);
        body.addProperty("password", password);
        body.addProperty("applicationId", applicationId(region));
        return post(region, LOGIN_BY_ID, body.toString());
    }

    /** Both login steps on the account's region; returns the session id. */
    String session(DexcomAccount account, String password) throws IOException, InterruptedException {
        String accountId = string(authenticate(account.region(), account.username(), password));
        return string(loginById(account.region(), accountId, password));
    }

    HttpResponse<String> read(String region, String sessionId, int minutes, int maxCount)
            throws IOException, InterruptedException {
        return read(region, "sessionId=" + sessionId + "&minutes=" + minutes + "&maxCount=" + maxCount);
    }

    /** Step 3 with a raw query string and body {@code {}}. */
    HttpResponse<String> read(String region, String query) throws IOException, InterruptedException {
        return post(region, READ + (query.isEmpty() ? "" : "?" + query), "{}");
    }

    HttpResponse<String> post(String region, String servicePath, String body) throws IOException, InterruptedException {
        return send(request(region, servicePath).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpRequest.Builder request(String region, String servicePath) {
        return HttpRequest.newBuilder(URI.create(simulator.dexcomUrl(region) + servicePath)).timeout(TIMEOUT)
                .header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient http() {
        return http;
    }

    static String applicationId(String region) {
        return "jp".equals(region) ? DexcomSimulation.APPLICATION_ID_JP : DexcomSimulation.APPLICATION_ID_US_OUS;
    }

    /** The JSON string a login answers, without its quotes. */
    static String string(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
        }
        return JsonParser.parseString(response.body()).getAsString();
    }

    static JsonElement json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body());
    }

    /** The {@code Code} of an error answer. */
    static String code(HttpResponse<String> response) {
        return json(response).getAsJsonObject().get("Code").getAsString();
    }

    static String message(HttpResponse<String> response) {
        return json(response).getAsJsonObject().get("Message").getAsString();
    }

    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("content-type").orElse("");
    }
}
