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
package org.openhab.binding.cgm.internal.engine;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Where account states outlive the handlers: openHAB's storage in the binding, memory in tests.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface AccountStateStore {

    /** The state stored under an account key, or null. */
    @Nullable
    AccountState load(String accountKey);

    void save(String accountKey, AccountState state);

    void remove(String accountKey);
}
