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

import java.time.Clock;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.AppVersion;
import org.openhab.binding.cgm.internal.client.HttpFailures;
import org.openhab.binding.cgm.internal.client.RetryAfter;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluEnvelope;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluLockoutData;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluVersionFloorData;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

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
     */
    LluEnvelope read(TransportResponse response, boolean afterLogin) throws CloudException {
        HttpFailures.failOnRedirectOrWebPage(response, clock);
        int http = response.status();
        LluEnvelope envelope = parse(response.body());
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

    <T> T data(LluEnvelope envelope, Class<T> type) throws CloudException {
        JsonElement data = envelope.data;
        if (data == null || data.isJsonNull()) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "answer without data");
        }
        @Nullable
        T value;
        try {
            value = gson.fromJson(data, type);
        } catch (RuntimeException e) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "unexpected data shape");
        }
        if (value == null) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "unexpected data shape");
        }
        return value;
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
                throw new CloudException(FailureKind.LOCKED_OUT, "logins locked after failed attempts", until,
                        null);
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

    private @Nullable LluEnvelope parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            JsonElement root = gson.fromJson(body, JsonElement.class);
            return root != null && root.isJsonObject() ? gson.fromJson(root, LluEnvelope.class) : null;
        } catch (RuntimeException e) {
            // bad escapes, numbers Gson cannot hold, any other malformed JSON
            return null;
        }
    }
}
