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

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One {@link AccountGovernor} per account in this runtime, so that two things on the same account, or a thing that
 * is disposed and initialized again, share one memory.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class AccountGovernors {

    private final AccountStateStore store;
    private final Clock clock;
    private final Map<String, AccountGovernor> governors = new ConcurrentHashMap<>();

    public AccountGovernors(AccountStateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The governor of the account with this key; the key changes with the credentials. */
    public AccountGovernor forAccount(String accountKey) {
        AccountGovernor governor = governors.computeIfAbsent(accountKey, key -> new AccountGovernor(key, store, clock));
        return Objects.requireNonNull(governor);
    }

    /** Forgets an account whose credentials were replaced, in memory and in storage. */
    public void forget(String accountKey) {
        governors.remove(accountKey);
        store.remove(accountKey);
    }
}
