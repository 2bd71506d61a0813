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

import java.nio.charset.Charset;
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
import org.eclipse.jetty.client.util.StringContentProvider;
import org.eclipse.jetty.http.HttpField;

/**
 * {@link Transport} over the Jetty 9.4 HttpClient that openHAB shares between add-ons.
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
        // a redirect would carry credentials, tokens or the session id to whatever host it names: never follow one
        jettyRequest.method(request.method()).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false);
        request.headers().forEach(jettyRequest::header);
        String body = request.jsonBody();
        if (body != null) {
            jettyRequest.content(new StringContentProvider("application/json", body, StandardCharsets.UTF_8));
        }
        try {
            ContentResponse response = jettyRequest.send();
            return new TransportResponse(response.getStatus(), headers(response), text(response));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(FailureKind.NETWORK, "interrupted");
        } catch (TimeoutException e) {
            throw new CloudException(FailureKind.NETWORK, "no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpResponseException rejected) {
                // Jetty fails a 401 that lacks a WWW-Authenticate challenge; to us it is an answer like any other
                Response response = rejected.getResponse();
                return new TransportResponse(response.getStatus(), headers(response), "");
            }
            if (cause instanceof IllegalArgumentException) {
                // Jetty's buffer limit (2 MiB): no genuine answer comes near it
                throw new CloudException(FailureKind.BAD_RESPONSE, "answer too large");
            }
            throw new CloudException(FailureKind.NETWORK,
                    cause != null ? cause.getClass().getSimpleName() : e.getClass().getSimpleName());
        }
    }

    /** The body in the charset the answer names; in UTF-8 when it names none or one Java does not know. */
    private static String text(ContentResponse response) {
        Charset charset = StandardCharsets.UTF_8;
        String encoding = response.getEncoding();
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                // unknown or illegal charset name: UTF-8, as JSON is
            }
        }
        return new String(response.getContent(), charset);
    }

    private static Map<String, String> headers(Response response) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : response.getHeaders()) {
            headers.put(field.getName().toLowerCase(Locale.ROOT), field.getValue());
        }
        return headers;
    }
}
