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
package org.openhab.binding.cgm.internal.simulator;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * {@link Fault#connectionReset()} on the wire, seen through raw sockets: not a byte of a response reaches the client,
 * and connections other than the dropped one are still served.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ConnectionResetFaultTest extends SimulatorTestBase {

    private static final String PASSWORD = "pw";
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private final LibreLinkUpSimulation llu = simulator.libreLinkUp();
    private final DexcomSimulation dexcom = simulator.dexcom();
    private final LluAccount lluAccount = llu.addAccount("r@example.com", PASSWORD, "eu");

    ConnectionResetFaultTest() {
        super(Instant.parse("2026-03-14T12:00:10Z"));
        dexcom.addAccount("publisher", PASSWORD, "ous");
    }

    @Test
    void libreLinkUpResetSendsNoByte() throws Exception {
        llu.injectFault(LluEndpoint.LOGIN, Fault.connectionReset(), 1);

        try (Socket socket = connect()) {
            send(socket, lluLogin());
            assertEquals("", readUntilDropped(socket));
        }
        assertEquals(1, simulator.requests().count(LluEndpoint.LOGIN));
    }

    @Test
    void dexcomResetSendsNoByte() throws Exception {
        dexcom.injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.connectionReset(), 1);

        try (Socket socket = connect()) {
            send(socket, post(simulator.dexcomUrl("ous") + DexcomTestClient.READ + "?sessionId=x&minutes=10&maxCount=1",
                    "", "{}"));
            assertEquals("", readUntilDropped(socket));
        }
        assertEquals(1, simulator.requests().count(DexcomEndpoint.READ_GLUCOSE));
    }

    @Test
    void otherConnectionsAreServedAcrossAReset() throws Exception {
        try (Socket kept = connect()) {
            send(kept, lluLogin());
            assertTrue(readResponse(kept).startsWith("HTTP/1.1 200 "));
            llu.injectFault(LluEndpoint.ANY, Fault.connectionReset(), 1);
            dexcom.injectFault(DexcomEndpoint.ANY, Fault.connectionReset(), 1);

            assertConnectionDropped(() -> new LluTestClient(simulator).login("eu", lluAccount.email(), PASSWORD));
            DexcomTestClient dexcomClient = new DexcomTestClient(simulator);
            assertConnectionDropped(() -> dexcomClient.authenticate("ous", "publisher", PASSWORD));

            // the connection opened before the resets is still alive, and new ones are accepted
            send(kept, lluLogin());
            assertTrue(readResponse(kept).startsWith("HTTP/1.1 200 "));
            assertEquals(200, dexcomClient.authenticate("ous", "publisher", PASSWORD).statusCode());
        }
        assertEquals(3, simulator.requests().count(LluEndpoint.LOGIN));
        assertEquals(2, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
    }

    private Socket connect() throws IOException {
        URI base = URI.create(simulator.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        // a hanging read fails the test instead of blocking it
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private String lluLogin() {
        String body = "{\"email\":\"" + lluAccount.email() + "\",\"password\":\"" + PASSWORD + "\"}";
        return post(simulator.libreLinkUpUrl("eu") + "/llu/auth/login",
                "product: llu.android\r\nversion: " + LluTestClient.VERSION + "\r\n", body);
    }

    /** A keep-alive HTTP/1.1 POST of a JSON body; {@code headers} are extra lines, each ending in CRLF. */
    private static String post(String url, String headers, String body) {
        URI uri = URI.create(url);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "POST " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n" + headers
                + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + body;
    }

    private static void send(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Everything received until the server drops the connection, be it by reset or by end of stream. */
    private static String readUntilDropped(Socket socket) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // "Connection reset" ends the stream as well; a read timeout is no SocketException and fails the test
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** One response with a {@code Content-Length} body, leaving the connection open for the next request. */
    private static String readResponse(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                fail("connection closed within the response head: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        int length = 0;
        for (String line : headText.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                length = Integer.parseInt(line.substring(15).trim());
            }
        }
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length, "body cut short");
        return headText + new String(body, StandardCharsets.UTF_8);
    }
}
