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
package org.openhab.binding.cgm.internal.testutil;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * One started Jetty client for every test that talks HTTP to the simulator, as openHAB shares one among add-ons.
 * Its threads are daemons, so it never holds the test JVM open.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LoopbackHttp {

    private static final HttpClient CLIENT = start();

    private LoopbackHttp() {
    }

    public static HttpClient client() {
        return CLIENT;
    }

    private static HttpClient start() {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("test-http");
        threads.setDaemon(true);
        HttpClient client = new HttpClient();
        client.setExecutor(threads);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test HTTP client", e);
        }
        return client;
    }
}
