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
package org.openhab.binding.cgm.internal.client.dexcom;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.HttpFailures;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.client.dexcom.dto.DexcomError;
import org.openhab.binding.cgm.internal.client.dexcom.dto.DexcomGlucoseValue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

/**
 * Reads Dexcom Share answers: a quoted UUID from the login steps, an array of readings from the read step, and the
 * error codes Dexcom sends as HTTP 500 with a JSON body.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomResponseReader {

    /**
     * What an SSO_InternalError message says when the password (or the account) failed, by name or by id: Dexcom's
     * sign-in answers its inner HTTP 401 with "... Msg=Cannot Authenticate by AccountName='name'" (pydexcom's recorded
     * answers), or AccountId='id' for a login by id.
     */
    static final List<String> FAILED_AUTHENTICATION = List.of("Cannot Authenticate by AccountName='",
            "Cannot Authenticate by AccountId='");
    static final String ZERO_UUID = "00000000-0000-0000-0000-000000000000";
    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Gson gson;
    private final Clock clock;

    DexcomResponseReader(Gson gson, Clock clock) {
        this.gson = gson;
        this.clock = clock;
    }

    /** The UUID a login step answers; the all-zero UUID is Dexcom refusing the login without saying why. */
    String uuid(TransportResponse response) throws CloudException {
        JsonElement body = json(checked(response));
        String value = body != null && body.isJsonPrimitive() ? body.getAsString().trim() : null;
        if (value == null || !UUID.matcher(value).matches()) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "login answer is not an id");
        }
        if (ZERO_UUID.equals(value)) {
            throw new CloudException(FailureKind.BAD_CREDENTIALS, "login answered the all-zero id");
        }
        return value;
    }

    /** The readings in one streaming pass; each reading alone: one that cannot be read is null, the others stay. */
    List<DexcomGlucoseValue> readings(TransportResponse response) throws CloudException {
        String body = checked(response);
        DexcomGlucoseValue[] values;
        try {
            values = body.isBlank() ? null : gson.fromJson(body, DexcomGlucoseValue[].class);
        } catch (RuntimeException e) {
            // malformed JSON, bad escapes
            throw new CloudException(FailureKind.BAD_RESPONSE, "malformed JSON");
        }
        if (values == null) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "readings are not a list");
        }
        return Arrays.asList(values);
    }

    static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }

    private String checked(TransportResponse response) throws CloudException {
        HttpFailures.failOnRedirectOrWebPage(response, clock);
        if (response.status() >= 400) {
            failOnDexcomError(response);
        }
        HttpFailures.failOnStatus(response, clock, "");
        return response.body();
    }

    /** The codes public clients learned; the message is not shown, as it may echo what was sent. */
    private void failOnDexcomError(TransportResponse response) throws CloudException {
        JsonElement body;
        try {
            body = json(response.body());
        } catch (CloudException e) {
            return; // not Dexcom's error format: the status decides
        }
        DexcomError error = null;
        if (body != null && body.isJsonObject()) {
            try {
                // Code only: SubCode is XML or, since late 2025, JSON, and says nothing we act on
                error = gson.fromJson(body, DexcomError.class);
            } catch (RuntimeException e) {
                error = null;
            }
        }
        String code = error != null ? error.code : null;
        if (code == null) {
            return;
        }
        String message = error != null && error.message != null ? error.message : "";
        if ("SSO_InternalError".equals(code) && FAILED_AUTHENTICATION.stream().anyMatch(message::contains)) {
            // a wrong password (HTTP 500 with an inner 401); only this marker of the message is read, never shown
            throw new CloudException(FailureKind.BAD_CREDENTIALS, code);
        }
        switch (code) {
            case "SessionIdNotFound", "SessionNotValid" -> throw new CloudException(FailureKind.SESSION_EXPIRED, code);
            case "AccountPasswordInvalid" -> throw new CloudException(FailureKind.BAD_CREDENTIALS, code);
            case "SSO_AuthenticateMaxAttemptsExceeded" -> throw new CloudException(FailureKind.ACCOUNT_LOCKED, code);
            case "SSO_InternalError", "InvalidArgument" ->
                throw new CloudException(FailureKind.INVALID_CONFIGURATION, code);
            // an unknown code is the cloud's text: not repeated
            default -> throw new CloudException(FailureKind.SERVER_ERROR, "HTTP " + response.status(),
                    HttpFailures.retryAt(response, clock), null);
        }
    }

    private @Nullable JsonElement json(String body) throws CloudException {
        if (body.isBlank()) {
            return null;
        }
        try {
            return gson.fromJson(body, JsonElement.class);
        } catch (RuntimeException e) {
            // malformed JSON, bad escapes
            throw new CloudException(FailureKind.BAD_RESPONSE, "malformed JSON");
        }
    }
}
