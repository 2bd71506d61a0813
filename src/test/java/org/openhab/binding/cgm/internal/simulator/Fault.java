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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A misbehaviour the simulated cloud shows instead of (or before) its normal answer. Created through the static
 * factories; injected with {@link LibreLinkUpSimulation#injectFault} or {@link DexcomSimulation#injectFault}. The
 * generic ones (HTTP status, Cloudflare, truncated, slow, connection reset) work for every vendor.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface Fault {

    /** HTTP 429 with the LibreLinkUp login lockout body (3 failures in 60 s, locked 300 s). */
    static Fault lockout() {
        return new Lockout();
    }

    /** Bare HTTP status: 476 gets an opaque text body, other 4xx an empty body, 5xx a short text body. */
    static Fault httpStatus(int code) {
        return new HttpError(code, null);
    }

    /** As {@link #httpStatus(int)} plus a {@code Retry-After} header, given as seconds or as an HTTP date. */
    static Fault httpStatus(int code, String retryAfter) {
        return new HttpError(code, retryAfter);
    }

    /** As {@link #httpStatus(int)} with {@code Retry-After} as the HTTP date of the given instant. */
    static Fault httpStatusRetryAt(int code, Instant retryAt) {
        return new HttpError(code, HttpError.HTTP_DATE.format(retryAt.atOffset(ZoneOffset.UTC)));
    }

    /** HTTP 403 with Cloudflare's "Attention Required!" HTML block page. */
    static Fault cloudflareHtml() {
        return new CloudflareBlock();
    }

    /** HTTP 200 JSON whose body is the normal answer cut in the middle. */
    static Fault truncatedJson() {
        return new TruncatedJson();
    }

    /** Holds the response for {@code delay} of real time (or until the simulator closes), then answers normally. */
    static Fault slowResponse(Duration delay) {
        return new SlowResponse(delay);
    }

    /**
     * Reads and records the request, then drops the TCP connection with a reset and no HTTP response at all: the
     * client sees an I/O error (connection reset or EOF), never a status line.
     */
    static Fault connectionReset() {
        return new ConnectionReset();
    }

    /** HTTP 401 {@code {"message":"invalid or expired jwt"}}. */
    static Fault expiredToken() {
        return new ExpiredToken();
    }

    /** HTTP 200 with cloud status 911 (maintenance). */
    static Fault maintenance() {
        return new Maintenance();
    }

    /**
     * Dexcom Share error: HTTP 500 {@code application/json}
     * {@code {"Code":code,"Message":message,"SubCode":"<OnlineException .../>","TypeName":"FaultException"}}.
     */
    static Fault dexcomError(String code, String message) {
        return new DexcomError(code, message);
    }

    /** Dexcom Share login answering the all-zero UUID as a JSON string with HTTP 200, the documented failure. */
    static Fault zeroUuid() {
        return new ZeroUuid();
    }

    /**
     * An HTTP redirect ({@code 301}, {@code 302}, {@code 307}, {@code 308}) to {@code location}, with an empty body:
     * what
     * a proxy, a captive portal or a hijacked DNS answers. A client that follows it sends its request elsewhere.
     */
    static Fault redirect(int status, String location) {
        return new Redirect(status, location);
    }

    /** The normal answer with its body rewritten, e.g. a reading dated ahead, a huge number, a bad escape. */
    static Fault rewrite(UnaryOperator<String> body) {
        return new Rewrite(body);
    }

    /** A fixed answer: status, content type (null: none) and body, for shapes no other fault gives. */
    static Fault canned(int status, @Nullable String contentType, String body) {
        return new Canned(status, contentType, body);
    }

    /**
     * As {@link #dexcomError(String, String)} with the SubCode as a JSON string, as the EU service sent in late 2025.
     */
    static Fault dexcomErrorJsonSubCode(String code, String message) {
        return new DexcomErrorJsonSubCode(code, message);
    }

    /** See {@link Fault#redirect(int, String)}. */
    record Redirect(int status, String location) implements Fault {
    }

    /** See {@link Fault#rewrite(UnaryOperator)}. */
    record Rewrite(UnaryOperator<String> body) implements Fault {
    }

    /** See {@link Fault#canned(int, String, String)}. */
    record Canned(int status, @Nullable String contentType, String body) implements Fault {
    }

    /** See {@link Fault#dexcomErrorJsonSubCode(String, String)}. */
    record DexcomErrorJsonSubCode(String code, String message) implements Fault {
    }

    /** See {@link Fault#lockout()}. */
    record Lockout() implements Fault {
    }

    /** See {@link Fault#httpStatus(int, String)}. */
    record HttpError(int code, @Nullable String retryAfter) implements Fault {
        static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
                Locale.US);
    }

    /** See {@link Fault#cloudflareHtml()}. */
    record CloudflareBlock() implements Fault {
    }

    /** See {@link Fault#truncatedJson()}. */
    record TruncatedJson() implements Fault {
    }

    /** See {@link Fault#slowResponse(Duration)}. */
    record SlowResponse(Duration delay) implements Fault {
    }

    /** See {@link Fault#connectionReset()}. */
    record ConnectionReset() implements Fault {
    }

    /** See {@link Fault#expiredToken()}. */
    record ExpiredToken() implements Fault {
    }

    /** See {@link Fault#maintenance()}. */
    record Maintenance() implements Fault {
    }

    /** See {@link Fault#dexcomError(String, String)}. */
    record DexcomError(String code, String message) implements Fault {
    }

    /** See {@link Fault#zeroUuid()}. */
    record ZeroUuid() implements Fault {
    }
}
