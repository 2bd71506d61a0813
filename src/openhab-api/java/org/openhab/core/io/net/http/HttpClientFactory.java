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
package org.openhab.core.io.net.http;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** Compile-only stand-in declaration of the openHAB Core type {@code HttpClientFactory} (not shipped). */
@NonNullByDefault
public interface HttpClientFactory {

    HttpClient createHttpClient(String consumerName);

    HttpClient createHttpClient(String consumerName, @Nullable SslContextFactory sslContextFactory);

    HttpClient getCommonHttpClient();

    HTTP2Client createHttp2Client(String consumerName);

    HTTP2Client createHttp2Client(String consumerName, @Nullable SslContextFactory sslContextFactory);
}
