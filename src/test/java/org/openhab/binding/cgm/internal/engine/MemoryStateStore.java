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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Account states in memory, for engine tests.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class MemoryStateStore implements AccountStateStore {

    final Map<String, AccountState> states = new ConcurrentHashMap<>();
    int saves;

    @Override
    public @Nullable AccountState load(String accountKey) {
        return states.get(accountKey);
    }

    @Override
    public synchronized void save(String accountKey, AccountState state) {
        saves++;
        states.put(accountKey, state);
    }

    @Override
    public void remove(String accountKey) {
        states.remove(accountKey);
    }
}
