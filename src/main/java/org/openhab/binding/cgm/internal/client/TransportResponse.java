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

import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An HTTP response as the clients see it.
 *
 * @param headers response headers, names in lower case
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record TransportResponse(int status, Map<String, String> headers, String body) {

    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** True when the server sent a web page, as a firewall or a proxy does, instead of the JSON asked for. */
    public boolean isHtml() {
        String contentType = header("content-type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = body.stripLeading();
        return start.startsWith("<");
    }
}
