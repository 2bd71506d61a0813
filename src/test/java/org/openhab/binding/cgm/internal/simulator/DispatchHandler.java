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

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;

/**
 * Splits {@code /<vendor>/<region>/<path>}, records the request and hands it to the vendor's simulation; writes its
 * answer or, when told so, resets the connection.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DispatchHandler extends AbstractHandler {

    private final Clock clock;
    private final RequestLog requestLog;
    private final Map<String, VendorSimulation> vendors;

    DispatchHandler(Clock clock, RequestLog requestLog, Map<String, VendorSimulation> vendors) {
        this.clock = clock;
        this.requestLog = requestLog;
        this.vendors = vendors;
    }

    @Override
    public void handle(@Nullable String target, Request baseRequest, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        baseRequest.setHandled(true);
        RecordedRequest recorded = record(request);
        requestLog.add(recorded);

        VendorSimulation vendor = vendors.get(recorded.vendor());
        SimResponse answer = vendor == null ? SimResponse.jsonText(404, "{\"message\":\"Not Found\"}")
                : vendor.handle(recorded);
        if (answer.isConnectionReset()) {
            LoopbackHttp.resetConnection(baseRequest);
        } else {
            write(answer, response);
        }
    }

    private RecordedRequest record(HttpServletRequest request) throws IOException {
        String uri = request.getRequestURI();
        String[] parts = (uri.startsWith("/") ? uri.substring(1) : uri).split("/", 3);
        String vendor = parts[0];
        String region = parts.length > 1 ? parts[1] : "";
        String path = parts.length > 2 ? "/" + parts[2] : "";
        String query = request.getQueryString();
        String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(clock.instant(), vendor, region, request.getMethod(), path,
                query == null ? "" : query, headers(request), body);
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            // repeated headers are joined the way HTTP allows folding them
            headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(name))));
        }
        return Map.copyOf(headers);
    }

    private void write(SimResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setDateHeader("Date", clock.millis());
        answer.headers().forEach(response::setHeader);
        String contentType = answer.contentType();
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(answer.body().length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(answer.body());
        }
    }
}
