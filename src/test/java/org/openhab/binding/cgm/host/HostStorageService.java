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
package org.openhab.binding.cgm.host;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.storage.Storage;
import org.openhab.core.storage.StorageService;

/**
 * openHAB's storage service in memory. One instance shared by two hosts stands for a restart: what the first
 * stored, the second finds.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class HostStorageService implements StorageService {

    private final Map<String, MemoryStorage<?>> storages = new ConcurrentHashMap<>();

    @Override
    public <T> Storage<T> getStorage(String name) {
        return getStorage(name, null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Storage<T> getStorage(String name, @Nullable ClassLoader classLoader) {
        return (Storage<T>) storages.computeIfAbsent(name, n -> new MemoryStorage<>());
    }

    /** Every value stored under every name, for tests that check nothing secret is stored where it should not be. */
    public List<String> allKeys() {
        return storages.values().stream().flatMap(s -> s.getKeys().stream()).toList();
    }

    private static class MemoryStorage<T> implements Storage<T> {
        private final Map<String, T> values = new ConcurrentHashMap<>();

        @Override
        public @Nullable T put(String key, @Nullable T value) {
            return value == null ? values.remove(key) : values.put(key, value);
        }

        @Override
        public @Nullable T remove(String key) {
            return values.remove(key);
        }

        @Override
        public boolean containsKey(String key) {
            return values.containsKey(key);
        }

        @Override
        public @Nullable T get(String key) {
            return values.get(key);
        }

        @Override
        public Collection<String> getKeys() {
            return List.copyOf(values.keySet());
        }

        @Override
        public Collection<@Nullable T> getValues() {
            return List.copyOf(values.values());
        }
    }
}
