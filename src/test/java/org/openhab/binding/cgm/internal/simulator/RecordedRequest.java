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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One request as the simulator received it.
 *
 * @param at simulator-clock time of arrival
 * @param vendor first path segment, e.g. {@code librelinkup}
 * @param region second path segment, e.g. {@code eu} or {@code global}
 * @param path the rest, relative to the simulated host and without query, e.g. {@code /llu/connections}
 * @param query the raw query string without {@code ?}, as sent (not decoded); empty when none
 * @param headers header names in lower case
 * @param body request body as UTF-8 text, empty when none
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record RecordedRequest(Instant at, String vendor, String region, String method, String path, String query,
        Map<String, String> headers, String body) {

    /** A request without query string. */
    public RecordedRequest(Instant at, String vendor, String region, String method, String path,
            Map<String, String> headers, String body) {
        this(at, vendor, region, method, path, "", headers, body);
    }

    /**
     * The first value of a query parameter, URL-decoded, or null when absent. Names are case-sensitive, as for the
     * Dexcom Share service.
     */
    public @Nullable String queryParameter(String name) {
        if (query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (key.equals(name)) {
                return equals < 0 ? "" : decode(pair.substring(equals + 1));
            }
        }
        return null;
    }

    /** Header value by case-insensitive name, or null. */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a malformed %-escape is kept as sent, like a lenient server would
            return text;
        }
    }
}
