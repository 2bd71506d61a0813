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
 * The simulated Dexcom Share hosts: {@code us} (share2.dexcom.com), {@code ous} (shareous1.dexcom.com) and {@code jp}
 * (share.dexcom.jp), each with the application id it accepts.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomRegions {

    private static final Map<String, String> HOSTS = Map.of("us", "share2.dexcom.com", "ous", "shareous1.dexcom.com",
            "jp", "share.dexcom.jp");

    private DexcomRegions() {
    }

    static boolean isRegion(String region) {
        return HOSTS.containsKey(region);
    }

    static String requireRegion(String region) {
        if (!isRegion(region)) {
            throw new IllegalArgumentException("not a Dexcom Share region (us, ous, jp): " + region);
        }
        return region;
    }

    /** US and OUS share the iOS app's id; Japan is managed separately. */
    static String applicationId(String region) {
        return "jp".equals(region) ? DexcomSimulation.APPLICATION_ID_JP : DexcomSimulation.APPLICATION_ID_US_OUS;
    }

    static String host(String region) {
        return HOSTS.getOrDefault(region, "share2.dexcom.com");
    }
}
