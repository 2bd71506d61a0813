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
package org.openhab.binding.cgm.internal.client.librelinkup;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.AppVersion;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.HttpFailures;
import org.openhab.binding.cgm.internal.client.RetryAfter;
import org.openhab.binding.cgm.internal.client.TolerantJson;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluEnvelope;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluLockoutData;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluMessage;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluTicket;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluVersionFloorData;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Turns a LibreLinkUp HTTP answer into its envelope, or into the {@link CloudException} that says what went wrong.
 * Statuses whose meaning depends on the endpoint (0, 2, 4) are left to the caller.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class LibreLinkUpResponseReader {

    static final int STATUS_OK = 0;
    static final int STATUS_BAD_CREDENTIALS = 2;
    static final int STATUS_STEP_OR_NOT_FOUND = 4;
    private static final int STATUS_LOCKED = 429;
    private static final int STATUS_MAINTENANCE = 911;
    private static final int STATUS_VERSION_FLOOR = 920;

    private final Gson gson;
    private final Clock clock;

    LibreLinkUpResponseReader(Gson gson, Clock clock) {
        this.gson = gson;
        this.clock = clock;
    }

    /** Messages of LibreLinkUp we act on or name in a status; anything else it writes is never repeated. */
    static final String REQUIRED_HEADER_MISSING = "RequiredHeaderMissing";

    /**
     * @param afterLogin true for the API calls a session makes: a 404 or 410 there means the API itself is gone
     * @param dataType what the endpoint answers as data (lockout and version floor data are known here)
     */
    LluEnvelope read(TransportResponse response, boolean afterLogin, Class<?> dataType) throws CloudException {
        HttpFailures.failOnRedirectOrWebPage(response, clock);
        int http = response.status();
        LluEnvelope envelope = parse(response.body(), dataType);
        if (envelope != null) {
            failOnAccountWideStatus(envelope);
        }
        if (http == 401) {
            throw new CloudException(FailureKind.SESSION_EXPIRED, "HTTP 401");
        }
        if (http == 403) {
            // without the 920 body: a firewall or edge block, not a wrong password nor (by itself) an old client
            throw HttpFailures.forbidden(response, clock);
        }
        if (http == 400 && REQUIRED_HEADER_MISSING.equals(messageOf(envelope))) {
            throw new CloudException(FailureKind.CLIENT_REJECTED, "HTTP 400 " + REQUIRED_HEADER_MISSING);
        }
        if (afterLogin && (http == 404 || http == 410)) {
            throw HttpFailures.apiGone(response, clock);
        }
        HttpFailures.failOnStatus(response, clock, "");
        if (envelope == null || envelope.status < 0) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "malformed or incomplete JSON");
        }
        return envelope;
    }

    /** The data of the answer as {@code type}: null or of another shape is a bad answer. */
    <T> T data(LluEnvelope envelope, Class<T> type) throws CloudException {
        Object data = envelope.data;
        if (type.isInstance(data)) {
            return type.cast(data);
        }
        if (data instanceof JsonElement tree && !tree.isJsonNull()) {
            // the data came before the status: read from its tree now that the type is known
            @Nullable
            T value;
            try {
                value = gson.fromJson(tree, type);
            } catch (RuntimeException e) {
                value = null;
            }
            if (value != null) {
                return value;
            }
        }
        throw new CloudException(FailureKind.BAD_RESPONSE,
                data == null ? "answer without data" : "unexpected data shape");
    }

    /** What the cloud wrote as message: to compare with known ones, never to show or log. */
    static String messageOf(@Nullable LluEnvelope envelope) {
        if (envelope == null) {
            return "";
        }
        if (envelope.error != null && envelope.error.message != null) {
            return envelope.error.message;
        }
        return envelope.message != null ? envelope.message : "";
    }

    /** Lockout, maintenance and the version floor mean the same on every endpoint, whatever the HTTP status. */
    private void failOnAccountWideStatus(LluEnvelope envelope) throws CloudException {
        switch (envelope.status) {
            case STATUS_LOCKED -> {
                LluLockoutData lockout = dataOrNull(envelope, LluLockoutData.class);
                Long seconds = lockout != null && lockout.data != null ? lockout.data.lockout : null;
                Instant until = seconds != null && seconds > 0 ? RetryAfter.after(clock.instant(), seconds) : null;
                throw new CloudException(FailureKind.LOCKED_OUT, "logins locked after failed attempts", until, null);
            }
            case STATUS_MAINTENANCE -> throw new CloudException(FailureKind.MAINTENANCE, "status 911");
            case STATUS_VERSION_FLOOR -> {
                LluVersionFloorData floor = dataOrNull(envelope, LluVersionFloorData.class);
                String minimum = floor != null ? floor.minimumVersion : null;
                // only a version number is repeated in a status text
                String version = minimum != null && AppVersion.isNewer(minimum, "0") ? minimum : null;
                throw new CloudException(FailureKind.CLIENT_REJECTED, "app version below the cloud's minimum", null,
                        version);
            }
            default -> {
                // endpoint-specific, read by the caller
            }
        }
    }

    private @Nullable <T> T dataOrNull(LluEnvelope envelope, Class<T> type) {
        try {
            return data(envelope, type);
        } catch (CloudException e) {
            return null;
        }
    }

    /**
     * The envelope in one streaming pass: its data goes straight into the type the status calls for (status comes
     * first in LibreLinkUp's answers), or into a tree when the data comes first. Null for anything but one JSON object.
     */
    private @Nullable LluEnvelope parse(String body, Class<?> dataType) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonReader in = TolerantJson.reader(body);
            if (in.peek() != JsonToken.BEGIN_OBJECT) {
                return null;
            }
            LluEnvelope envelope = new LluEnvelope();
            boolean statusRead = false;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "status" -> {
                        Integer status = gson.getAdapter(Integer.class).read(in);
                        envelope.status = status != null ? status : -1;
                        statusRead = true;
                    }
                    case "data" -> {
                        Class<?> type = statusRead ? dataTypeOf(envelope.status, dataType) : JsonElement.class;
                        envelope.data = gson.getAdapter(type).read(in);
                    }
                    case "error" -> envelope.error = gson.getAdapter(LluMessage.class).read(in);
                    case "ticket" -> envelope.ticket = gson.getAdapter(LluTicket.class).read(in);
                    case "message" -> envelope.message = gson.getAdapter(String.class).read(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            return in.peek() == JsonToken.END_DOCUMENT ? envelope : null;
        } catch (IOException | RuntimeException e) {
            // bad escapes, truncated text, any other malformed JSON
            return null;
        }
    }

    private static Class<?> dataTypeOf(int status, Class<?> endpointType) {
        return switch (status) {
            case STATUS_LOCKED -> LluLockoutData.class;
            case STATUS_VERSION_FLOOR -> LluVersionFloorData.class;
            default -> endpointType;
        };
    }
}
