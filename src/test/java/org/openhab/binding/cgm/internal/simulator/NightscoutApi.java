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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The request handling of the simulated Nightscout sites. The answers are shaped as Nightscout's own
 * (lib/api/status.js, lib/api/entries, lib/authorization, lib/api2 properties); the values are the simulator's.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class NightscoutApi implements VendorSimulation {

    static final String VERSION = "15.0.3";
    /** Nightscout's answer when no entry count is given. */
    static final int DEFAULT_COUNT = 10;

    static final String SLEEPING_PAGE = """
            <!DOCTYPE html>
            <html>
              <head>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta charset="utf-8">
                <title>Application Error</title>
              </head>
              <body>
                <iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>
              </body>
            </html>
            """;

    static final String LOGIN_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Sign in</title></head>
            <body><form method="post" action="/login"><input name="username"><input type="password" name="password">
            <button type="submit">Sign in</button></form></body></html>
            """;

    private final NightscoutSimulation simulation;
    private final ReleaseSignal releaseSignal;

    NightscoutApi(NightscoutSimulation simulation, ReleaseSignal releaseSignal) {
        this.simulation = simulation;
        this.releaseSignal = releaseSignal;
    }

    @Override
    public SimResponse handle(RecordedRequest request) {
        NightscoutEndpoint endpoint = NightscoutEndpoint.of(request.method(), request.path());
        return FaultResponses.apply(simulation.faults().take(endpoint), releaseSignal, () -> answer(request, endpoint),
                normal -> SimResponse.jsonBytes(200, FaultResponses.firstHalf(normal, new byte[] { '[', ']' })),
                NightscoutApi::render);
    }

    private static SimResponse render(Fault fault) {
        if (fault instanceof Fault.HttpError error) {
            return FaultResponses.httpError(error);
        } else if (fault instanceof Fault.CloudflareBlock) {
            return FaultResponses.cloudflare("nightscout.example", "8f2e7d6c5b4a3921", "FRA");
        }
        return LluFaultResponses.render(fault);
    }

    private SimResponse answer(RecordedRequest request, @Nullable NightscoutEndpoint endpoint) {
        synchronized (simulation.lock()) {
            NightscoutSimSite site = simulation.site(request.region());
            if (site == null || endpoint == null || endpoint == NightscoutEndpoint.ANY) {
                // what express answers for a path it has no route for
                return SimResponse.text(404, "text/html; charset=utf-8",
                        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n"
                                + "</head>\n<body>\n<pre>Cannot GET " + request.path() + "</pre>\n</body>\n</html>\n");
            }
            switch (site.mode()) {
                case SLEEPING:
                    return SimResponse.text(503, "text/html; charset=utf-8", SLEEPING_PAGE);
                case LOGIN_PAGE:
                    return SimResponse.text(200, "text/html; charset=utf-8", LOGIN_PAGE);
                default:
                    break;
            }
            Instant now = simulation.clock().instant();
            if (endpoint == NightscoutEndpoint.AUTHORIZATION) {
                return authorization(site, request.path().substring(NightscoutEndpoint.AUTHORIZATION_PREFIX.length()),
                        now);
            }
            if (!mayRead(site, request, now)) {
                return unauthorized();
            }
            return switch (endpoint) {
                case STATUS -> SimResponse.json(200, status(site, now));
                case ENTRIES -> entries(site, request, now);
                case PROPERTIES -> SimResponse.json(200, properties(site, request, now));
                default -> unauthorized();
            };
        }
    }

    /** Nightscout's sendJSONStatus answer for a refused request. */
    static SimResponse unauthorized() {
        JsonObject body = new JsonObject();
        body.addProperty("status", 401);
        body.addProperty("message", "Unauthorized");
        body.addProperty("description", "Invalid/Missing");
        return SimResponse.json(401, body);
    }

    private static SimResponse authorization(NightscoutSimSite site, String accessToken, Instant now) {
        NightscoutSimSite.Jwt issued = site.authorize(accessToken, now);
        String jwt = issued == null ? null : site.jwtFor(issued);
        if (issued == null || jwt == null) {
            return unauthorized();
        }
        JsonObject body = new JsonObject();
        body.addProperty("token", jwt);
        body.addProperty("sub", accessToken.substring(0, Math.max(0, accessToken.lastIndexOf('-'))));
        JsonArray permissions = new JsonArray();
        if (site.tokenRoles(accessToken).contains("readable")) {
            permissions.add("*:*:read");
        }
        body.add("permissions", permissions);
        body.addProperty("iat", now.getEpochSecond());
        body.addProperty("exp", issued.expires().getEpochSecond());
        return SimResponse.json(200, body);
    }

    /** The secret's digest, a JWT whose token reads, an access token as {@code token} parameter, or the defaults. */
    private static boolean mayRead(NightscoutSimSite site, RecordedRequest request, Instant now) {
        if (site.secretMatches(request.header("api-secret"))) {
            return true;
        }
        String authorization = request.header("authorization");
        if (authorization != null) {
            String[] parts = authorization.split(" ");
            Set<String> roles = parts.length == 2 && "Bearer".equals(parts[0]) ? site.jwtRoles(parts[1], now) : null;
            if (roles == null) {
                // jwt.verify fails: a raw access token, an expired or foreign JWT
                return false;
            }
            return roles.contains("readable") || site.defaultReadable();
        }
        String token = request.queryParameter("token");
        if (token != null && site.hasToken(token)) {
            return site.tokenRoles(token).contains("readable") || site.defaultReadable();
        }
        return site.defaultReadable();
    }

    private static JsonObject status(NightscoutSimSite site, Instant now) {
        JsonObject info = new JsonObject();
        info.addProperty("status", "ok");
        info.addProperty("name", "nightscout");
        info.addProperty("version", VERSION);
        info.addProperty("serverTime", now.toString());
        info.addProperty("serverTimeEpoch", now.toEpochMilli());
        info.addProperty("apiEnabled", true);
        info.addProperty("careportalEnabled", site.plugins().contains("careportal"));
        info.addProperty("boluscalcEnabled", site.plugins().contains("boluscalc"));
        JsonObject settings = new JsonObject();
        settings.addProperty("units", site.mmol() ? "mmol" : "mg/dl");
        settings.addProperty("timeFormat", 24);
        settings.addProperty("nightMode", false);
        settings.addProperty("editMode", true);
        settings.addProperty("showRawbg", "never");
        settings.addProperty("customTitle", "Nightscout");
        settings.addProperty("theme", "colors");
        settings.addProperty("alarmUrgentHigh", true);
        settings.addProperty("alarmHigh", true);
        settings.addProperty("alarmLow", true);
        settings.addProperty("alarmUrgentLow", true);
        settings.addProperty("language", "en");
        settings.addProperty("scaleY", "log");
        settings.addProperty("showPlugins", "delta direction upbat");
        settings.addProperty("showForecast", "ar2");
        settings.addProperty("focusHours", 3);
        settings.addProperty("heartbeat", 60);
        settings.addProperty("baseURL", "");
        settings.addProperty("authDefaultRoles", site.defaultReadable() ? "readable" : "denied");
        JsonObject thresholds = new JsonObject();
        int[] values = site.thresholds();
        thresholds.addProperty("bgHigh", values[3]);
        thresholds.addProperty("bgTargetTop", values[2]);
        thresholds.addProperty("bgTargetBottom", values[1]);
        thresholds.addProperty("bgLow", values[0]);
        settings.add("thresholds", thresholds);
        JsonArray enable = new JsonArray();
        site.plugins().forEach(enable::add);
        settings.add("enable", enable);
        info.add("settings", settings);
        JsonObject extended = new JsonObject();
        JsonObject devicestatus = new JsonObject();
        devicestatus.addProperty("advanced", true);
        extended.add("devicestatus", devicestatus);
        info.add("extendedSettings", extended);
        info.add("authorized", null);
        info.addProperty("runtimeState", "loaded");
        return info;
    }

    private static SimResponse entries(NightscoutSimSite site, RecordedRequest request, Instant now) {
        int count = DEFAULT_COUNT;
        String countText = request.queryParameter("count");
        try {
            count = countText == null ? DEFAULT_COUNT : Math.max(0, Integer.parseInt(countText.trim()));
        } catch (NumberFormatException e) {
            // Nightscout falls back to its default
        }
        Instant after = Instant.EPOCH;
        String since = request.queryParameter("find[date][$gt]");
        if (since != null) {
            try {
                after = Instant.ofEpochMilli(Long.parseLong(since.trim()));
            } catch (NumberFormatException e) {
                // an unreadable filter filters nothing
            }
        }
        List<JsonObject> newestFirst = new ArrayList<>();
        for (NightscoutSimReading reading : site.readingsAfter(after, count, now)) {
            newestFirst.add(sgv(reading));
        }
        if (site.typeFilterIgnored()) {
            for (NightscoutSimSite.OtherEntry other : site.othersAfter(after, now)) {
                newestFirst.add(other(other));
            }
            newestFirst.sort((a, b) -> Long.compare(b.get("date").getAsLong(), a.get("date").getAsLong()));
        }
        JsonArray array = new JsonArray();
        newestFirst.stream().limit(count).forEach(array::add);
        return SimResponse.json(200, array);
    }

    private static JsonObject sgv(NightscoutSimReading reading) {
        JsonObject entry = new JsonObject();
        entry.addProperty("_id", objectId(reading.instant()));
        entry.addProperty("device", "xDrip-DexcomG6");
        entry.addProperty("date", reading.instant().toEpochMilli());
        entry.addProperty("dateString", reading.instant().toString());
        entry.addProperty("sgv", reading.sgv());
        entry.addProperty("delta", reading.delta());
        entry.addProperty("direction", reading.direction());
        entry.addProperty("type", "sgv");
        entry.addProperty("filtered", reading.sgv() * 1000 + 312);
        entry.addProperty("unfiltered", reading.sgv() * 1000 - 188);
        entry.addProperty("rssi", 100);
        entry.addProperty("noise", 1);
        entry.addProperty("sysTime", reading.instant().toString());
        entry.addProperty("utcOffset", 60);
        entry.addProperty("mills", reading.instant().toEpochMilli());
        return entry;
    }

    private static JsonObject other(NightscoutSimSite.OtherEntry other) {
        JsonObject entry = new JsonObject();
        entry.addProperty("_id", objectId(other.at()));
        entry.addProperty("device", "xDrip-DexcomG6");
        entry.addProperty("date", other.at().toEpochMilli());
        entry.addProperty("dateString", other.at().toString());
        entry.addProperty("type", other.type());
        if ("mbg".equals(other.type())) {
            entry.addProperty("mbg", other.value());
        } else {
            entry.addProperty("slope", 1003.6);
            entry.addProperty("intercept", 28421.5);
            entry.addProperty("scale", 1);
        }
        entry.addProperty("sysTime", other.at().toString());
        entry.addProperty("utcOffset", 60);
        return entry;
    }

    private static JsonObject properties(NightscoutSimSite site, RecordedRequest request, Instant now) {
        String path = request.path();
        String selection = path.startsWith("/api/v2/properties/") ? path.substring("/api/v2/properties/".length()) : "";
        Set<String> wanted = selection.isEmpty() ? Set.of("iob", "cob") : Set.of(selection.split(","));
        JsonObject properties = new JsonObject();
        Double iob = site.iob();
        if (wanted.contains("iob") && iob != null) {
            JsonObject plugin = new JsonObject();
            plugin.addProperty("iob", iob);
            plugin.addProperty("activity", 0.0123);
            plugin.addProperty("source", "OpenAPS");
            plugin.addProperty("device", "openaps://phone");
            plugin.addProperty("mills", now.toEpochMilli());
            plugin.addProperty("display", String.format(Locale.ROOT, "%.2f", iob));
            plugin.addProperty("displayLine", String.format(Locale.ROOT, "IOB: %.2fU", iob));
            properties.add("iob", plugin);
        }
        Double cob = site.cob();
        if (wanted.contains("cob") && cob != null) {
            JsonObject plugin = new JsonObject();
            plugin.addProperty("cob", cob);
            plugin.addProperty("source", "OpenAPS");
            plugin.addProperty("device", "openaps://phone");
            plugin.addProperty("mills", now.toEpochMilli());
            plugin.addProperty("display", Math.round(cob));
            plugin.addProperty("displayLine", "COB: " + Math.round(cob) + "g");
            properties.add("cob", plugin);
        }
        return properties;
    }

    /** A MongoDB ObjectId: 4 bytes of seconds, then 8 more. */
    private static String objectId(Instant at) {
        return String.format(Locale.ROOT, "%08x", at.getEpochSecond()) + HexFormat.of()
                .formatHex(new byte[] { 0x5f, 0x1c, 0x2a, 0x00, 0x00, 0x00, 0x00, (byte) (at.toEpochMilli() % 251) });
    }
}
