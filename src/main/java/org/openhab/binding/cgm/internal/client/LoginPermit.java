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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Asked before every request that carries the password: it counts the post against the account's login budget, or
 * refuses it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@FunctionalInterface
public interface LoginPermit {

    /** No budget: for tests and tools that call a client directly. */
    LoginPermit UNLIMITED = () -> {
    };

    /**
     * @throws CloudException of kind {@link FailureKind#LOGIN_BUDGET} when the budget is spent; nothing may be sent
     */
    void spend() throws CloudException;
}
