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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.client.api.ContentResponse;
import org.eclipse.jetty.client.api.Request;
import org.eclipse.jetty.client.api.Response;
import org.eclipse.jetty.client.util.FutureResponseListener;
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * {@link Transport} over the Jetty 9.4 HttpClient that openHAB 4.3 to 5.2 share between add-ons. Only loaded where
 * that API exists: see {@code CgmHandlerFactory}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class JettyTransport implements Transport {

    private final HttpClient httpClient;
    private final Duration timeout;

    public JettyTransport(HttpClient httpClient, Duration timeout) {
        this.httpClient = httpClient;
        this.timeout = timeout;
    }

    @Override
    public TransportResponse execute(TransportRequest request) throws CloudException {
        Request jettyRequest;
        try {
            jettyRequest = httpClient.newRequest(request.uri());
        } catch (IllegalArgumentException e) {
            throw new CloudException(FailureKind.INVALID_CONFIGURATION, "unusable URL " + request.uri().getHost());
        }
        // a redirect comes back as what it is: the clients decide where to go (LibreLinkUp's regions)
        jettyRequest.method(request.method()).followRedirects(false).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        request.headers().forEach(jettyRequest::header);
        String body = request.jsonBody();
        if (body != null) {
            jettyRequest.content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8));
        }
        FutureResponseListener listener = new FutureResponseListener(jettyRequest, ResponseBodies.MAX_BYTES);
        try {
            jettyRequest.send(listener);
            ContentResponse response = listener.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new TransportResponse(response.getStatus(), headers(response),
                    ResponseBodies.decode(response.getContent(), response.getHeaders().get(HttpHeader.CONTENT_TYPE)));
        } catch (InterruptedException e) {
            jettyRequest.abort(e);
            Thread.currentThread().interrupt();
            throw new CloudException(FailureKind.NETWORK, "interrupted");
        } catch (TimeoutException e) {
            jettyRequest.abort(e);
            throw noAnswer();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpResponseException rejected) {
                // Jetty fails a 401 that lacks a WWW-Authenticate challenge; to us it is an answer like any other
                Response response = rejected.getResponse();
                return new TransportResponse(response.getStatus(), headers(response), "");
            }
            if (cause instanceof TimeoutException) {
                throw noAnswer();
            }
            if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("capacity")) {
                // Jetty's buffering limit: "Buffering capacity ... exceeded"
                throw ResponseBodies.tooLarge();
            }
            throw new CloudException(FailureKind.NETWORK,
                    cause != null ? cause.getClass().getSimpleName() : e.getClass().getSimpleName());
        }
    }

    private CloudException noAnswer() {
        return new CloudException(FailureKind.NETWORK, "no answer within " + timeout.toSeconds() + " s");
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : response.getHeaders()) {
            // a repeated header is folded into one, as HTTP allows
            headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (a, b) -> a + ", " + b);
        }
        return headers;
    }
}
