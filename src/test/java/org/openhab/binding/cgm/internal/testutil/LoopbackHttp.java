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

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.HttpChannel;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.openhab.binding.cgm.internal.client.JdkTransport;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.Transport;

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

    /** The binding's transport on openHAB 4.3 to 5.2: the shared Jetty client. */
    public static Transport jetty(Duration timeout) {
        return new JettyTransport(CLIENT, timeout);
    }

    /** The binding's transport where openHAB has no Jetty 9 (5.3 on): the JDK's client. */
    public static Transport jdk(Duration timeout) {
        return new JdkTransport(timeout);
    }

    /**
     * On the server side: drops the connection of this request before anything of the response is written. Linger 0
     * makes the close send a TCP RST rather than a FIN, as a cloud edge cutting a connection does; aborting the
     * channel (rather than just closing the socket) tells Jetty the response is failed, so it does not try to
     * complete it afterwards.
     */
    public static void resetConnection(Request baseRequest) throws IOException {
        HttpChannel channel = baseRequest.getHttpChannel();
        EndPoint endPoint = channel.getEndPoint();
        if (endPoint.getTransport() instanceof SocketChannel socket) {
            socket.setOption(StandardSocketOptions.SO_LINGER, 0);
        }
        channel.abort(new IOException("connection reset by injected fault"));
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
