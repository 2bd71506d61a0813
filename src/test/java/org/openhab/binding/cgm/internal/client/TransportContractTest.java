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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;

/**
 * The one contract of both transports, over real loopback sockets: what the clients get back is the same whether
 * openHAB lends its Jetty 9 client (4.3 to 5.2) or the binding uses the JDK's (5.3 on Jetty 12).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class TransportContractTest {

    private static final Duration TIMEOUT = Duration.ofMillis(700);

    enum Kind {
        JETTY,
        JDK;

        Transport create() {
            return this == JETTY ? LoopbackHttp.jetty(TIMEOUT) : LoopbackHttp.jdk(TIMEOUT);
        }
    }

    private static final Server SERVER = new Server();
    private static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    private static final AtomicReference<CountDownLatch> SLOW_RELEASE = new AtomicReference<>(new CountDownLatch(1));
    private static @Nullable URI base;

    @BeforeAll
    static void start() throws Exception {
        ServerConnector connector = new ServerConnector(SERVER);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        SERVER.addConnector(connector);
        SERVER.setHandler(new Answers());
        SERVER.start();
        base = URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @AfterAll
    static void stop() throws Exception {
        SERVER.stop();
    }

    /** One answer per path, each a thing real clouds, firewalls and proxies do. */
    private static final class Answers extends AbstractHandler {
        @Override
        public void handle(@Nullable String target, Request baseRequest, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
            baseRequest.setHandled(true);
            HITS.computeIfAbsent(request.getRequestURI(), path -> new AtomicInteger()).incrementAndGet();
            String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            switch (request.getRequestURI()) {
                case "/echo" -> {
                    response.addHeader("X-Twice", "a");
                    response.addHeader("X-Twice", "b");
                    write(response, 200, "application/json; charset=utf-8", request.getMethod() + " "
                            + request.getHeader("x-test") + " " + request.getContentType() + " " + body + " ✓");
                }
                case "/redirect" -> {
                    response.setHeader("Location", "/echo");
                    write(response, 302, "text/plain", "");
                }
                case "/unauthorized" -> write(response, 401, "application/json", "{}");
                case "/latin1" -> {
                    response.setStatus(200);
                    response.setContentType("application/json; charset=ISO-8859-1");
                    try (OutputStream out = response.getOutputStream()) {
                        out.write("Jürgen".getBytes(StandardCharsets.ISO_8859_1));
                    }
                }
                case "/unknown-charset" -> {
                    response.setHeader("Content-Type", "application/json; charset=x-no-such-charset");
                    response.getOutputStream().write("{}".getBytes(StandardCharsets.US_ASCII));
                }
                case "/huge" -> {
                    // no Content-Length: the limit must hold while the body streams in
                    response.setStatus(200);
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = response.getOutputStream()) {
                        for (int i = 0; i < 40; i++) {
                            out.write(chunk);
                            out.flush();
                        }
                    }
                }
                case "/slow" -> {
                    // holds the answer until the client has given up (the test releases it), at most a bounded time
                    try {
                        SLOW_RELEASE.get().await(TIMEOUT.toMillis() * 10, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    write(response, 200, "application/json", "{}");
                }
                case "/reset" -> LoopbackHttp.resetConnection(baseRequest);
                default -> write(response, 404, "text/html", "<html>not here</html>");
            }
        }

        private static void write(HttpServletResponse response, int status, String contentType, String body)
                throws IOException {
            response.setStatus(status);
            response.setContentType(contentType);
            try (OutputStream out = response.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static URI uri(String path) {
        URI root = base;
        assertNotNull(root);
        return root.resolve(path);
    }

    private static CloudException failure(Kind kind, String path) {
        return assertThrows(CloudException.class,
                () -> kind.create().execute(TransportRequest.get(uri(path), Map.of())));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendsMethodHeadersAndJsonAndReturnsStatusHeadersAndBody(Kind kind) throws CloudException {
        TransportResponse response = kind.create()
                .execute(TransportRequest.post(uri("/echo"), Map.of("X-Test", "42"), "{\"a\":\"ü\"}"));
        assertEquals(200, response.status());
        assertEquals("POST 42 application/json {\"a\":\"ü\"} ✓", response.body());
        assertEquals("a, b", response.header("x-twice"));
        assertEquals("a, b", response.headers().get("x-twice"), "header names in lower case");
        assertTrue(response.headers().keySet().stream().allMatch(name -> name.equals(name.toLowerCase(Locale.ROOT))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRedirectIsReturnedNotFollowed(Kind kind) throws CloudException {
        TransportResponse response = kind.create().execute(TransportRequest.get(uri("/redirect"), Map.of()));
        assertEquals(302, response.status());
        assertEquals("/echo", response.header("Location"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnauthorizedWithoutChallengeIsAnAnswer(Kind kind) throws CloudException {
        assertEquals(401, kind.create().execute(TransportRequest.get(uri("/unauthorized"), Map.of())).status());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anErrorPageIsAnAnswer(Kind kind) throws CloudException {
        TransportResponse response = kind.create().execute(TransportRequest.get(uri("/nowhere"), Map.of()));
        assertEquals(404, response.status());
        assertTrue(response.isHtml());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theBodyIsDecodedByTheCharsetOfTheContentType(Kind kind) throws CloudException {
        assertEquals("Jürgen", kind.create().execute(TransportRequest.get(uri("/latin1"), Map.of())).body());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUnknownCharsetIsABadResponse(Kind kind) {
        assertEquals(FailureKind.BAD_RESPONSE, failure(kind, "/unknown-charset").kind());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aBodyOverTheLimitIsABadResponseNotHeldInMemory(Kind kind) {
        assertEquals(FailureKind.BAD_RESPONSE, failure(kind, "/huge").kind());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void noAnswerWithinTheTimeoutIsANetworkFailure(Kind kind) {
        CountDownLatch release = new CountDownLatch(1);
        SLOW_RELEASE.set(release);
        CloudException e;
        try {
            e = failure(kind, "/slow");
        } finally {
            release.countDown();
        }
        assertEquals(FailureKind.NETWORK, e.kind());
        assertTrue(String.valueOf(e.getMessage()).startsWith("no answer within"), e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aResetConnectionIsANetworkFailure(Kind kind) {
        Transport transport = kind.create();
        HITS.clear();
        CloudException post = assertThrows(CloudException.class,
                () -> transport.execute(TransportRequest.post(uri("/reset"), Map.of(), "{}")));
        assertEquals(FailureKind.NETWORK, post.kind());
        assertEquals(1, HITS.get("/reset").get(), "a POST (every login) is never sent twice");
        HITS.clear();
        CloudException get = assertThrows(CloudException.class,
                () -> transport.execute(TransportRequest.get(uri("/reset"), Map.of())));
        assertEquals(FailureKind.NETWORK, get.kind());
        // the JDK's client sends a GET once more when the connection drops before any answer; Jetty never does
        assertEquals(kind == Kind.JETTY ? 1 : 2, HITS.get("/reset").get());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRefusedConnectionIsANetworkFailure(Kind kind) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            closedPort = socket.getLocalPort();
        }
        URI refused = URI.create("http://127.0.0.1:" + closedPort + "/");
        CloudException e = assertThrows(CloudException.class,
                () -> kind.create().execute(TransportRequest.get(refused, Map.of())));
        assertEquals(FailureKind.NETWORK, e.kind());
    }
}
