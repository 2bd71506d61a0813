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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A failed call to a cloud, carrying what the caller needs to decide what comes next. Its message and detail never
 * hold a secret, so they may be logged and shown.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class CloudException extends Exception {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;
    private final @Nullable Instant retryAt;
    private final @Nullable String detail;

    public CloudException(FailureKind kind, String message) {
        this(kind, message, null, null);
    }

    /**
     * @param retryAt the earliest instant the server allows another request, when it said so
     * @param detail a value the user needs to act (the required app version, the pending step), never a secret
     */
    public CloudException(FailureKind kind, String message, @Nullable Instant retryAt, @Nullable String detail) {
        super(message);
        this.kind = kind;
        this.retryAt = retryAt;
        this.detail = detail;
    }

    public FailureKind kind() {
        return kind;
    }

    public @Nullable Instant retryAt() {
        return retryAt;
    }

    public @Nullable String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage() + (retryAt != null ? " (retry at " + retryAt + ")" : "");
    }
}
