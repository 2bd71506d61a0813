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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.UrlTemplate;

/**
 * What a Dexcom Share publisher account needs to log in.
 *
 * @param username user name, e-mail or "+" phone number; may be empty when the account id is given
 * @param accountId the account UUID, which spares the first login step; null when unknown
 * @param applicationId the application id to present; the region's own by default
 * @param urlTemplate replaces the region's services root; "{region}" stands for us, ous or jp. Null for Dexcom.
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record DexcomSettings(String username, @Nullable String accountId, String password, DexcomRegion region,
        String applicationId, @Nullable String urlTemplate) {

    /**
     * The root of the Share web services to call, without a trailing slash. A configured base URL may name the
     * services root ({@code …/ShareWebServices/Services}) or only the host (or a proxy's path) in front of it, as a
     * user setting up a proxy gives either.
     */
    public String servicesUrl() {
        String template = urlTemplate;
        if (template == null) {
            return region.servicesUrl();
        }
        String url = UrlTemplate.expand(template, region.code());
        return url.toLowerCase(Locale.ROOT).endsWith(DexcomRegion.SERVICES_PATH.toLowerCase(Locale.ROOT)) ? url
                : url + DexcomRegion.SERVICES_PATH;
    }

    @Override
    public String toString() {
        // user name, account id and password are secrets
        return "DexcomSettings[region=" + region.code() + "]";
    }
}
