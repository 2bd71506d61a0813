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

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/**
 * A complete HTTP answer of the simulator, written by the dispatcher exactly as given; or, for
 * {@link #connectionReset()}, the order to drop the connection without any answer.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
record SimResponse(int status, @Nullable String contentType, Map<String, String> headers, byte[] body) {

    static final String JSON = "application/json; charset=utf-8";

    /** Nulls are kept (the cloud sends {@code "TrendMessage": null}); no HTML escaping of {@code =} etc. */
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** Status 0 exists in no HTTP response, so it cannot be mistaken for a real answer. */
    private static final int NO_RESPONSE = 0;

    static SimResponse json(int status, JsonElement body) {
        return jsonText(status, GSON.toJson(body));
    }

    static SimResponse jsonText(int status, String body) {
        return jsonBytes(status, body.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse jsonBytes(int status, byte[] body) {
        return new SimResponse(status, JSON, Map.of(), body);
    }

    static SimResponse text(int status, String contentType, String body) {
        return new SimResponse(status, contentType, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse empty(int status) {
        return new SimResponse(status, null, Map.of(), new byte[0]);
    }

    /** Not an answer: the dispatcher resets the connection instead of writing anything. */
    static SimResponse connectionReset() {
        return new SimResponse(NO_RESPONSE, null, Map.of(), new byte[0]);
    }

    boolean isConnectionReset() {
        return status == NO_RESPONSE;
    }

    SimResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SimResponse(status, contentType, Map.copyOf(copy), body);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
