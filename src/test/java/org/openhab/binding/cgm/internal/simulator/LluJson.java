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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * LibreLinkUp answers about accounts and authentication, shaped like the captured ones (seed 000) and those
 * documented in protocol.md §3a.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluJson {

    /** titleKey of the documents a terms step asks to accept. */
    private static final Map<String, String> STEP_TITLES = Map.of("tou", "Common.termsOfUse", "pp",
            "Common.privacyPolicy", "verifyEmail", "Common.verifyEmail");

    private LluJson() {
    }

    static SimResponse versionTooLow(String minimumVersion) {
        JsonObject data = new JsonObject();
        data.addProperty("minimumVersion", minimumVersion);
        JsonObject body = new JsonObject();
        body.add("data", data);
        body.addProperty("status", 920);
        return SimResponse.json(403, body);
    }

    static SimResponse requiredHeaderMissing() {
        return message(400, "RequiredHeaderMissing");
    }

    static SimResponse invalidJwt() {
        return SimResponse.jsonText(401, LluFaultResponses.EXPIRED_TOKEN_BODY);
    }

    static SimResponse accountIdMismatch() {
        return message(401, "AccountIdMismatch");
    }

    static SimResponse badRequest() {
        return message(400, "BadRequest");
    }

    static SimResponse notFound() {
        return message(404, "NotFound");
    }

    static SimResponse lockedOut() {
        return SimResponse.jsonText(429, LluFaultResponses.LOCKOUT_BODY);
    }

    static SimResponse incorrectCredentials() {
        return statusError(2, "incorrect username/password");
    }

    static SimResponse couldNotLoadPatient() {
        return statusError(4, "couldNotLoadPatient");
    }

    static SimResponse redirect(String region) {
        JsonObject data = new JsonObject();
        data.addProperty("redirect", true);
        data.addProperty("region", region);
        return status0(data);
    }

    static SimResponse loginSuccess(LluAccount account, LluTokens.Issued authTicket, Instant now) {
        JsonObject data = new JsonObject();
        data.add("user", user(account, now));
        JsonObject messages = new JsonObject();
        messages.addProperty("unread", 0);
        data.add("messages", messages);
        JsonObject notifications = new JsonObject();
        notifications.addProperty("unresolved", 0);
        data.add("notifications", notifications);
        data.add("authTicket", authTicket.toTicketJson());
        data.add("invitations", new JsonArray());
        return status0(data);
    }

    /** Status 4: a document to accept first; the short authTicket only works on {@code /auth/continue/{type}}. */
    static SimResponse termsStep(LluAccount account, String type, LluTokens.Issued stepTicket, Instant now) {
        JsonObject props = new JsonObject();
        props.addProperty("reaccept", true);
        props.addProperty("titleKey", STEP_TITLES.getOrDefault(type, "Common." + type));
        props.addProperty("type", type);
        JsonObject step = new JsonObject();
        step.addProperty("type", type);
        step.addProperty("componentName", "verifyEmail".equals(type) ? "VerifyEmail" : "AcceptDocument");
        step.add("props", props);
        JsonObject data = new JsonObject();
        data.add("step", step);
        // as the real step answers: a user without id, only account type, country and language
        JsonObject user = new JsonObject();
        user.addProperty("accountType", "pat");
        user.addProperty("country", account.country());
        user.addProperty("uiLanguage", "en-US");
        data.add("user", user);
        if (account.stepTicket()) {
            data.add("authTicket", stepTicket.toTicketJson());
        }
        JsonObject body = new JsonObject();
        body.addProperty("status", 4);
        body.add("data", data);
        return SimResponse.json(200, body);
    }

    /** {@code {"status":0,"data":…,"ticket":…}}, the frame of every authenticated success. */
    static SimResponse withTicket(JsonElement data, LluTokens.Issued ticket) {
        JsonObject body = new JsonObject();
        body.addProperty("status", 0);
        body.add("data", data);
        body.add("ticket", ticket.toTicketJson());
        return SimResponse.json(200, body);
    }

    private static JsonObject user(LluAccount account, Instant now) {
        long created = account.created().getEpochSecond();
        JsonObject user = new JsonObject();
        user.addProperty("id", account.userId());
        user.addProperty("firstName", account.firstName());
        user.addProperty("lastName", account.lastName());
        user.addProperty("email", account.email());
        user.addProperty("country", account.country());
        user.addProperty("uiLanguage", "en-US");
        user.addProperty("communicationLanguage", "en-US");
        user.addProperty("accountType", "pat");
        user.addProperty("uom", String.valueOf(account.unit().code()));
        user.addProperty("dateFormat", "2");
        user.addProperty("timeFormat", "2");
        JsonArray emailDay = new JsonArray();
        emailDay.add(1);
        user.add("emailDay", emailDay);
        JsonObject system = new JsonObject();
        system.add("messages", new JsonObject());
        user.add("system", system);
        user.add("details", new JsonObject());
        user.addProperty("created", created);
        user.addProperty("lastLogin", now.getEpochSecond());
        user.add("programs", new JsonObject());
        user.addProperty("dateOfBirth", 627609600);
        user.add("practices", new JsonObject());
        user.add("devices", new JsonObject());
        JsonObject llu = new JsonObject();
        llu.addProperty("policyAccept", created);
        llu.addProperty("touAccept", created);
        JsonObject consents = new JsonObject();
        consents.add("llu", llu);
        user.add("consents", consents);
        return user;
    }

    private static SimResponse status0(JsonObject data) {
        JsonObject body = new JsonObject();
        body.addProperty("status", 0);
        body.add("data", data);
        return SimResponse.json(200, body);
    }

    private static SimResponse statusError(int status, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("message", message);
        JsonObject body = new JsonObject();
        body.addProperty("status", status);
        body.add("error", error);
        return SimResponse.json(200, body);
    }

    private static SimResponse message(int httpStatus, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        return SimResponse.json(httpStatus, body);
    }
}
