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

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.UrlTemplate;

/**
 * Where LibreLinkUp lives: the global host and one host per region. The cloud itself names the region of an account
 * in its login redirect.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LibreLinkUpHosts {

    /** The code of the global host api.libreview.io, where an account of unknown region logs in first. */
    public static final String GLOBAL = "global";

    /** Regional hosts api-{code}.libreview.io. */
    public static final List<String> REGIONS = List.of("ae", "ap", "au", "ca", "de", "eu", "eu2", "fr", "jp", "la",
            "us");

    private static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}[0-9]?");

    private final @Nullable String urlTemplate;

    /**
     * @param urlTemplate a base URL replacing the real hosts, where {region} stands for the region code or
     *            {@value #GLOBAL}; null for the real cloud
     */
    public LibreLinkUpHosts(@Nullable String urlTemplate) {
        this.urlTemplate = urlTemplate;
    }

    /** True for the codes a user may configure: {@value #GLOBAL} or a known region. */
    public static boolean isKnown(String code) {
        return GLOBAL.equals(code) || REGIONS.contains(code);
    }

    /** True for anything that can be a region code, including ones the cloud may add later. */
    public static boolean isPlausible(@Nullable String code) {
        return code != null && REGION_CODE.matcher(code.toLowerCase(Locale.ROOT)).matches();
    }

    /** The base URL of a region's host, without a trailing slash. */
    public URI baseUrl(String code) {
        String template = urlTemplate;
        if (template != null) {
            return URI.create(UrlTemplate.expand(template, code));
        }
        return URI.create(GLOBAL.equals(code) ? "https://api.libreview.io" : "https://api-" + code + ".libreview.io");
    }
}
