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
package org.openhab.binding.cgm.internal;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * The transport on openHAB's shared Jetty 9 client. Its own class, so that the factory names no Jetty type and loads
 * this one only once the Jetty 9 client API is known to be there; and so that the client layer needs no openHAB type.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class SharedJettyTransport {

    private SharedJettyTransport() {
    }

    static Transport of(HttpClientFactory httpClientFactory, Duration timeout) {
        return new JettyTransport(httpClientFactory.getCommonHttpClient(), timeout);
    }
}
