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
package org.openhab.binding.cgm.internal.handler;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.engine.AccountGovernor;
import org.openhab.binding.cgm.internal.engine.AccountGovernors;
import org.openhab.binding.cgm.internal.engine.AccountState;
import org.openhab.binding.cgm.internal.engine.AccountStateStore;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * What the binding remembers of its accounts in openHAB's private storage: sessions, learned settings, lockouts and
 * back-off. An account is keyed by an HMAC of its credentials under a random secret of this installation, so the
 * same credentials find their memory again after a restart, new credentials start afresh (and the old memory is
 * dropped), and no key reveals a credential.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AccountMemory implements AccountStateStore {

    static final String STORAGE_NAME = "org.openhab.binding.cgm";
    private static final String SECRET = "installation-secret";
    private static final String THING_PREFIX = "thing:";
    private static final String ACCOUNT_PREFIX = "account:";

    private final Storage<String> storage;
    private final AccountGovernors governors;

    public AccountMemory(StorageService storageService, Clock clock) {
        this.storage = storageService.getStorage(STORAGE_NAME, AccountMemory.class.getClassLoader());
        this.governors = new AccountGovernors(this, clock);
    }

    /**
     * The key of the account a bridge thing is configured for. When the thing was configured for other credentials
     * before, what was remembered of those is forgotten.
     *
     * @param identity every configuration value that names the account and how it logs in
     */
    public synchronized String keyFor(String thingUID, List<String> identity) {
        String key = hmac(String.join("\n", identity));
        String previous = storage.put(THING_PREFIX + thingUID, key);
        if (previous != null && !previous.equals(key)) {
            governors.forget(previous);
        }
        return key;
    }

    /**
     * Forgets what was remembered for a bridge thing that is being removed, its stored session among it, unless
     * another bridge thing is configured for the same account.
     */
    public synchronized void forgetThing(String thingUID) {
        String key = storage.remove(THING_PREFIX + thingUID);
        if (key == null) {
            return;
        }
        boolean shared = storage.getKeys().stream().filter(stored -> stored.startsWith(THING_PREFIX))
                .anyMatch(stored -> Objects.equals(storage.get(stored), key));
        if (!shared) {
            governors.forget(key);
        }
    }

    public AccountGovernor governor(String accountKey) {
        return governors.forAccount(accountKey);
    }

    @Override
    public @Nullable AccountState load(String accountKey) {
        String json = storage.get(ACCOUNT_PREFIX + accountKey);
        return json != null ? AccountStateJson.read(json) : null;
    }

    @Override
    public void save(String accountKey, AccountState state) {
        storage.put(ACCOUNT_PREFIX + accountKey, AccountStateJson.write(state));
    }

    @Override
    public void remove(String accountKey) {
        storage.remove(ACCOUNT_PREFIX + accountKey);
    }

    private String hmac(String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        String stored = storage.get(SECRET);
        if (stored != null) {
            try {
                return Base64.getDecoder().decode(stored);
            } catch (IllegalArgumentException e) {
                // unreadable: a new secret only means accounts start afresh
            }
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        storage.put(SECRET, Base64.getEncoder().encodeToString(secret));
        return secret;
    }
}
