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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * {@link Transport} over the JDK's own HTTP client, for openHAB versions without the Jetty 9 client API (5.3 moves to
 * Jetty 12). It keeps the contract of {@link JettyTransport}: HTTP/1.1, no redirect followed, one timeout for the
 * whole exchange, the same size limit, header names in lower case, the same failures.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class JdkTransport implements Transport {

    private final HttpClient httpClient;
    private final Duration timeout;

    public JdkTransport(Duration timeout) {
        this.httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(Redirect.NEVER)
                .connectTimeout(timeout).build();
        this.timeout = timeout;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws CloudException {
        HttpRequest jdkRequest = build(request);
        CompletableFuture<HttpResponse<byte[]>> exchange = httpClient.sendAsync(jdkRequest,
                info -> new LimitedBody(ResponseBodies.MAX_BYTES));
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<String, String> headers = headers(response);
            return new TransportResponse(response.statusCode(), headers,
                    ResponseBodies.decode(body(response), headers.get("content-type")));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new CloudException(FailureKind.NETWORK, "interrupted");
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw noAnswer();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw ResponseBodies.tooLarge();
            }
            if (cause instanceof HttpTimeoutException) {
                throw noAnswer();
            }
            throw new CloudException(FailureKind.NETWORK,
                    cause != null ? cause.getClass().getSimpleName() : e.getClass().getSimpleName());
        }
    }

    private HttpRequest build(TransportRequest request) throws CloudException {
        try {
            String body = request.jsonBody();
            HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout).method(
                    request.method(),
                    body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
            request.headers().forEach(builder::header);
            return builder.build();
        } catch (IllegalArgumentException e) {
            // an unusable URI or a header the JDK client refuses to send
            throw new CloudException(FailureKind.INVALID_CONFIGURATION, "unusable URL " + request.uri().getHost());
        }
    }

    private CloudException noAnswer() {
        return new CloudException(FailureKind.NETWORK, "no answer within " + timeout.toSeconds() + " s");
    }

    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new HashMap<>();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            // a repeated header is folded into one, as HTTP allows; the HTTP/2 pseudo header ":status" is no header
            if (!header.getKey().startsWith(":")) {
                headers.merge(header.getKey().toLowerCase(Locale.ROOT), String.join(", ", header.getValue()),
                        (a, b) -> a + ", " + b);
            }
        }
        return headers;
    }

    // HttpResponse leaves the nullness of its body open (an unannotated type variable), so the body is read where
    // no null default applies; LimitedBody completes with a body or an exception, never with null
    @NonNullByDefault({})
    private static byte[] body(HttpResponse<byte[]> response) {
        return response.body();
    }

    /** The body was larger than the limit: the exchange is cut off there. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("response body over the limit");
        }
    }

    /** Collects the body up to a limit, and cancels the exchange past it instead of holding it in memory. */
    private static final class LimitedBody implements BodySubscriber<byte[]> {

        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.@Nullable Subscription subscription;

        LimitedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        // Flow.Subscriber leaves its parameters' nullness open, so they stay unannotated here (ECJ rejects a
        // non-null parameter that overrides an unconstrained one); the JDK never passes null (Reactive Streams 2.13)
        @Override
        @NonNullByDefault({})
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        @NonNullByDefault({})
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + buffer.remaining() > limit) {
                    Flow.Subscription current = subscription;
                    if (current != null) {
                        current.cancel();
                    }
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        @NonNullByDefault({})
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
