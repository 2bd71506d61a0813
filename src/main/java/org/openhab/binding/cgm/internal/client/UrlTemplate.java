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
package org.openhab.binding.cgm.internal.client;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A base URL that replaces a vendor's hosts (a proxy, the simulator), where "{region}" stands for the region code.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UrlTemplate {

    private UrlTemplate() {
    }

    /** The template with the region filled in, without a trailing slash. */
    public static String expand(String template, String region) {
        String url = template.replace("{region}", region);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** True when the template yields an http(s) URL with a host. */
    public static boolean isUsable(String template) {
        try {
            URI uri = URI.create(expand(template, "region"));
            String scheme = uri.getScheme();
            return uri.getHost() != null && ("http".equals(scheme) || "https".equals(scheme));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
