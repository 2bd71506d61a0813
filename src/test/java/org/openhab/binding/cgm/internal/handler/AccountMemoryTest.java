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

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.host.HostStorageService;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.engine.AccountState;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.core.storage.Storage;

/**
 * Account memory in openHAB storage: keys that change with the credentials and reveal none, states that read back
 * as written, and unreadable data that costs nothing but a fresh start.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class AccountMemoryTest {

    private final HostStorageService storageService = new HostStorageService();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));
    private final AccountMemory memory = new AccountMemory(storageService, clock);

    @Test
    void theKeyFollowsTheCredentialsAndRevealsNone() {
        String key = memory.keyFor("cgm:librelinkup:a", List.of("librelinkup", "me@example.com", "pw", "auto", ""));
        assertEquals(key,
                memory.keyFor("cgm:librelinkup:a", List.of("librelinkup", "me@example.com", "pw", "auto", "")));
        assertNotEquals(key,
                memory.keyFor("cgm:librelinkup:a", List.of("librelinkup", "me@example.com", "pw2", "auto", "")));
        Storage<String> storage = storageService.getStorage(AccountMemory.STORAGE_NAME);
        for (String storedKey : storage.getKeys()) {
            assertFalse(storedKey.contains("me@example.com"));
            assertFalse(String.valueOf(storage.get(storedKey)).contains("me@example.com"));
        }
        AccountMemory otherInstallation = new AccountMemory(new HostStorageService(), clock);
        assertNotEquals(key, otherInstallation.keyFor("cgm:librelinkup:a",
                List.of("librelinkup", "me@example.com", "pw", "auto", "")), "the key depends on a secret");
    }

    @Test
    void newCredentialsForgetWhatTheOldOnesHadStored() {
        String old = memory.keyFor("cgm:librelinkup:a", List.of("old"));
        memory.save(old, new AccountState(clock.instant().plusSeconds(300), 1, List.of(), null, false, Map.of()));
        memory.keyFor("cgm:librelinkup:a", List.of("new"));
        assertNull(memory.load(old));
    }

    @Test
    void aRemovedBridgeTakesItsStoredSessionWithItUnlessAnotherBridgeSharesTheAccount() {
        String key = memory.keyFor("cgm:librelinkup:a", List.of("same"));
        memory.keyFor("cgm:librelinkup:b", List.of("same"));
        memory.save(key, new AccountState(null, 0, List.of(), null, false, Map.of("token", "abc")));
        memory.forgetThing("cgm:librelinkup:a");
        assertNotNull(memory.load(key), "bridge b still uses the account");
        memory.forgetThing("cgm:librelinkup:b");
        assertNull(memory.load(key));
        Storage<String> storage = storageService.getStorage(AccountMemory.STORAGE_NAME);
        assertEquals(List.of("installation-secret"), List.copyOf(storage.getKeys()),
                "nothing of either bridge stays, only the installation's own key");
    }

    @Test
    void aStateReadsBackAsWritten() {
        Instant t = clock.instant();
        AccountState state = new AccountState(t.plusSeconds(65620), 3, List.of(t, t.plusSeconds(60)),
                new AccountState.Failure(FailureKind.RATE_LIMITED, "HTTP 476", null, t.plusSeconds(65620)), true,
                Map.of("token", "abc", "region", "eu"));
        assertEquals(state, AccountStateJson.read(AccountStateJson.write(state)));
        assertEquals(AccountState.EMPTY, AccountStateJson.read(AccountStateJson.write(AccountState.EMPTY)));
    }

    @Test
    void unreadableDataIsAFreshStart() {
        assertEquals(AccountState.EMPTY, AccountStateJson.read("{not json"));
        assertEquals(AccountState.EMPTY,
                AccountStateJson.read("{\"lastFailure\":{\"kind\":\"NO_SUCH_KIND\",\"message\":\"m\"}}"));
        assertEquals(AccountState.EMPTY, AccountStateJson.read("[]"));
    }
}
