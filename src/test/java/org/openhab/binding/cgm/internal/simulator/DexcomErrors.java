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

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonObject;

/**
 * Dexcom Share error answers: HTTP 500 with
 * {@code {"Code","Message","SubCode":"<OnlineException .../>","TypeName":"FaultException"}}, shaped like the captured
 * ones (pydexcom cassettes, 2025). The SubCode attributes of AccountPasswordInvalid, SessionIdNotFound and
 * SessionNotValid are the observed ones; those of the SSO codes follow the observed SSO_AuthenticatePasswordInvalid;
 * InvalidArgument's and the fallback are assumed.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomErrors {

    static final String INVALID_ARGUMENT = "InvalidArgument";
    static final String ACCOUNT_PASSWORD_INVALID = "AccountPasswordInvalid";
    static final String MAX_ATTEMPTS = "SSO_AuthenticateMaxAttemptsExceeded";
    static final String SSO_INTERNAL_ERROR = "SSO_InternalError";
    static final String SESSION_ID_NOT_FOUND = "SessionIdNotFound";
    static final String SESSION_NOT_VALID = "SessionNotValid";

    static final String PASSWORD_FAILED = "Publisher account password failed";
    static final String MAX_ATTEMPTS_MESSAGE = "Maximum authentication attempts exceeded";
    static final String CANNOT_AUTHENTICATE_BY_ID = "Cannot Authenticate by AccountId";
    static final String SESSION_NOT_FOUND_MESSAGE = "Failed to find session object.";
    static final String SESSION_NOT_VALID_MESSAGE = "Session not active or timed out.";

    private static final String EXCEPTION_CLASS = "com.dexcom.udp.common.data.exception.OnlineException";
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS");

    /** The classification attributes of an OnlineException. */
    private record Kind(int type, int category, int severity, String typeString, String categoryString,
            String severityString, boolean errorCodeShown) {
    }

    private static final Kind SSO = new Kind(15, 1, 2, "SingleSignOn", "System", "Severe", true);
    private static final Kind FALLBACK = new Kind(1, 1, 1, "General", "System", "Minor", true);
    private static final Map<String, Kind> KINDS = Map.of( //
            ACCOUNT_PASSWORD_INVALID, new Kind(13, 4, 1, "InvalidPassword", "Validation", "Minor", true), //
            SESSION_ID_NOT_FOUND, new Kind(5, 2, 2, "ObjectNotFound", "Database", "Severe", true), //
            // observed with an empty ErrorCode attribute, in 2021 and 2025 alike
            SESSION_NOT_VALID, new Kind(6, 5, 1, "SessionNotValid", "Logical", "Minor", false), //
            "MonitoredReceiverNotAssigned", new Kind(14, 5, 1, "InvalidState", "Logical", "Minor", true), //
            INVALID_ARGUMENT, new Kind(3, 4, 1, "InvalidArgument", "Validation", "Minor", true), //
            MAX_ATTEMPTS, SSO, //
            SSO_INTERNAL_ERROR, SSO);

    private DexcomErrors() {
    }

    static SimResponse response(String code, String message, Instant now) {
        return DexcomResponses.json(500, body(code, message, now));
    }

    /** The SubCode as a JSON string instead of XML (pydexcom #88, EU service, late 2025). */
    static SimResponse responseWithJsonSubCode(String code, String message, Instant now) {
        JsonObject subCode = new JsonObject();
        subCode.addProperty("ErrorCode", code);
        subCode.addProperty("Message", message);
        subCode.addProperty("DateThrown", LOCAL_TIME.format(now.atOffset(ZoneOffset.UTC)) + "Z");
        JsonObject body = new JsonObject();
        body.addProperty("Code", code);
        body.addProperty("Message", message);
        body.addProperty("SubCode", SimResponse.GSON.toJson(subCode));
        body.addProperty("TypeName", "FaultException");
        return DexcomResponses.json(500, SimResponse.GSON.toJson(body));
    }

    /** Names the argument, so clients can tell accountName, password and UUID problems apart. */
    static SimResponse invalidArgument(String argument, String problem, Instant now) {
        return response(INVALID_ARGUMENT, "Invalid argument " + argument + ": " + problem, now);
    }

    static SimResponse accountPasswordInvalid(Instant now) {
        return response(ACCOUNT_PASSWORD_INVALID, PASSWORD_FAILED, now);
    }

    static SimResponse maxAttemptsExceeded(Instant now) {
        return response(MAX_ATTEMPTS, MAX_ATTEMPTS_MESSAGE, now);
    }

    /**
     * A wrong password as Dexcom's SSO sign-in answers it, verbatim from pydexcom's recorded answers (HTTP 500):
     * {@code by} is AccountName or AccountId, {@code who} the name or id sent.
     */
    static SimResponse ssoCannotAuthenticate(String by, String who, Instant now) {
        return response(SSO_INTERNAL_ERROR,
                "Synchronization of SSO account during authenticate call failed Time out " + "issue.  " + by + "=" + who
                        + " Error encountered accessing Keycloak endpoint: UAM_ERROR: "
                        + "HttpStatus='401 UNAUTHORIZED(401)' Msg=Cannot Authenticate by " + by + "='" + who + "'",
                now);
    }

    static SimResponse cannotAuthenticateById(Instant now) {
        return response(SSO_INTERNAL_ERROR, CANNOT_AUTHENTICATE_BY_ID, now);
    }

    /** The message names the session id, as the service does; {@code null} when none was sent. */
    static SimResponse sessionIdNotFound(String sessionId, Instant now) {
        return response(SESSION_ID_NOT_FOUND, SESSION_NOT_FOUND_MESSAGE + " [SessionId = " + sessionId + "]", now);
    }

    static SimResponse sessionNotValid(String sessionId, Instant now) {
        return response(SESSION_NOT_VALID, SESSION_NOT_VALID_MESSAGE + " [SessionId = " + sessionId + "]", now);
    }

    static String body(String code, String message, Instant now) {
        JsonObject body = new JsonObject();
        body.addProperty("Code", code);
        body.addProperty("Message", message);
        body.addProperty("SubCode", subCode(code, message, now));
        body.addProperty("TypeName", "FaultException");
        return SimResponse.GSON.toJson(body);
    }

    private static String subCode(String code, String message, Instant now) {
        Kind kind = KINDS.getOrDefault(code, FALLBACK);
        String local = LOCAL_TIME.format(now.atOffset(ZoneOffset.UTC));
        return "<OnlineException" + attribute("DateThrownLocal", local) + attribute("DateThrown", local + "Z")
                + attribute("ErrorCode", kind.errorCodeShown() ? code : "")
                + attribute("Type", String.valueOf(kind.type()))
                + attribute("Category", String.valueOf(kind.category()))
                + attribute("Severity", String.valueOf(kind.severity())) + attribute("TypeString", kind.typeString())
                + attribute("CategoryString", kind.categoryString())
                + attribute("SeverityString", kind.severityString()) + attribute("HostName", "")
                + attribute("HostIP", "") + attribute("Id", "{" + UUID.randomUUID() + "}")
                + attribute("Message", message) + attribute("FullText", EXCEPTION_CLASS + ": " + message) + " />";
    }

    private static String attribute(String name, String value) {
        return " " + name + "=\""
                + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;") + "\"";
    }
}
