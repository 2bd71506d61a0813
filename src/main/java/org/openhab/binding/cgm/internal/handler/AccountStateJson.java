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
package org.openhab.binding.cgm.internal.handler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.engine.AccountState;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * An account state as JSON text for openHAB's storage. Instants are epoch milliseconds. Anything unreadable yields
 * an empty state: forgetting is safe, as the governor then only does what a first start would.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class AccountStateJson {

    private static final Gson GSON = new Gson();

    private AccountStateJson() {
    }

    static String write(AccountState state) {
        JsonObject json = new JsonObject();
        putInstant(json, "notBefore", state.notBefore());
        json.addProperty("consecutiveFailures", state.consecutiveFailures());
        JsonArray logins = new JsonArray();
        state.recentLogins().forEach(login -> logins.add(login.toEpochMilli()));
        json.add("recentLogins", logins);
        AccountState.Failure failure = state.lastFailure();
        if (failure != null) {
            JsonObject f = new JsonObject();
            f.addProperty("kind", failure.kind().name());
            f.addProperty("message", failure.message());
            f.addProperty("detail", failure.detail());
            putInstant(f, "retryAt", failure.retryAt());
            json.add("lastFailure", f);
        }
        json.addProperty("loginsStopped", state.loginsStopped());
        JsonObject session = new JsonObject();
        state.session().forEach(session::addProperty);
        json.add("session", session);
        return GSON.toJson(json);
    }

    static AccountState read(String text) {
        try {
            JsonObject json = GSON.fromJson(text, JsonObject.class);
            if (json == null) {
                return AccountState.EMPTY;
            }
            List<Instant> logins = new ArrayList<>();
            JsonElement loginArray = json.get("recentLogins");
            if (loginArray != null && loginArray.isJsonArray()) {
                loginArray.getAsJsonArray().forEach(e -> logins.add(Instant.ofEpochMilli(e.getAsLong())));
            }
            Map<String, String> session = new LinkedHashMap<>();
            JsonElement sessionObject = json.get("session");
            if (sessionObject != null && sessionObject.isJsonObject()) {
                sessionObject.getAsJsonObject().entrySet()
                        .forEach(e -> session.put(e.getKey(), e.getValue().getAsString()));
            }
            return new AccountState(instant(json, "notBefore"), intOf(json, "consecutiveFailures"), List.copyOf(logins),
                    failure(json.get("lastFailure")),
                    json.has("loginsStopped") && json.get("loginsStopped").getAsBoolean(), Map.copyOf(session));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException
                | IllegalArgumentException e) {
            return AccountState.EMPTY;
        }
    }

    private static AccountState.@Nullable Failure failure(@Nullable JsonElement element) {
        if (element == null || !element.isJsonObject()) {
            return null;
        }
        JsonObject f = element.getAsJsonObject();
        String detail = f.has("detail") && !f.get("detail").isJsonNull() ? f.get("detail").getAsString() : null;
        return new AccountState.Failure(FailureKind.valueOf(f.get("kind").getAsString()),
                f.get("message").getAsString(), detail, instant(f, "retryAt"));
    }

    private static void putInstant(JsonObject json, String name, @Nullable Instant instant) {
        if (instant != null) {
            json.addProperty(name, instant.toEpochMilli());
        }
    }

    private static @Nullable Instant instant(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && !value.isJsonNull() ? Instant.ofEpochMilli(value.getAsLong()) : null;
    }

    private static int intOf(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value != null && !value.isJsonNull() ? value.getAsInt() : 0;
    }
}
