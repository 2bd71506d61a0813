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

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulated LibreLinkUp hosts: {@code global} (api.libreview.io) and the regional {@code api-<code>} hosts.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluRegions {

    static final String GLOBAL = "global";

    /** Region code to the country a typical account there has; eu2 serves GB and IE. */
    private static final Map<String, String> COUNTRIES = Map.ofEntries(Map.entry("ae", "AE"), Map.entry("ap", "SG"),
            Map.entry("au", "AU"), Map.entry("ca", "CA"), Map.entry("de", "DE"), Map.entry("eu", "DE"),
            Map.entry("eu2", "GB"), Map.entry("fr", "FR"), Map.entry("jp", "JP"), Map.entry("la", "BR"),
            Map.entry("us", "US"));

    private LluRegions() {
    }

    static boolean isHost(String region) {
        return GLOBAL.equals(region) || COUNTRIES.containsKey(region);
    }

    static String requireRegional(String region) {
        if (!COUNTRIES.containsKey(region)) {
            throw new IllegalArgumentException("not a LibreLinkUp home region: " + region);
        }
        return region;
    }

    static String country(String region) {
        return COUNTRIES.getOrDefault(region, "US");
    }
}
