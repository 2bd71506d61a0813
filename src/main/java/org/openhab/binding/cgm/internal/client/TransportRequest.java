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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * An HTTP request as the clients build it, free of any HTTP library type.
 *
 * @param jsonBody the request body, sent as application/json; may carry a password, so it is never logged
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record TransportRequest(String method, URI uri, Map<String, String> headers, @Nullable String jsonBody) {

    public static TransportRequest get(URI uri, Map<String, String> headers) {
        return new TransportRequest("GET", uri, headers, null);
    }

    public static TransportRequest post(URI uri, Map<String, String> headers, String jsonBody) {
        return new TransportRequest("POST", uri, headers, jsonBody);
    }

    @Override
    public String toString() {
        // headers and body carry tokens and passwords
        return method + " " + uri.getPath();
    }
}
