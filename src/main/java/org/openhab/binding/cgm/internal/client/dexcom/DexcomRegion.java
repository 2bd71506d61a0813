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

import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Dexcom Share lives in three separate regions; an account exists in one of them only.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DexcomRegion {
    US("us", "https://share2.dexcom.com", "d89443d2-327c-4a6f-89e5-496bbb0317db"),
    OUS("ous", "https://shareous1.dexcom.com", "d89443d2-327c-4a6f-89e5-496bbb0317db"),
    JP("jp", "https://share.dexcom.jp", "d8665ade-9673-4e27-9ff6-92db4ce13d13");

    /** Where the Share web services live on a host. */
    public static final String SERVICES_PATH = "/ShareWebServices/Services";

    private final String code;
    private final String servicesUrl;
    private final String applicationId;

    DexcomRegion(String code, String host, String applicationId) {
        this.code = code;
        this.servicesUrl = host + SERVICES_PATH;
        this.applicationId = applicationId;
    }

    public String code() {
        return code;
    }

    /** The root of the Share web services, without a trailing slash. */
    public String servicesUrl() {
        return servicesUrl;
    }

    /** The application id of the Dexcom app for this region, which the services expect. */
    public String applicationId() {
        return applicationId;
    }

    public static Optional<DexcomRegion> fromCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (DexcomRegion region : values()) {
            if (region.code.equals(wanted)) {
                return Optional.of(region);
            }
        }
        return Optional.empty();
    }
}
