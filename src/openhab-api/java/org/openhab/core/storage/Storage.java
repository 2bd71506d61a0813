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
package org.openhab.core.storage;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code Storage} (not shipped). */
@NonNullByDefault
public interface Storage<T> {

    @Nullable
    T put(String key, @Nullable T value);

    @Nullable
    T remove(String key);

    boolean containsKey(String key);

    @Nullable
    T get(String key);

    Collection<String> getKeys();

    Collection<@Nullable T> getValues();

    default Stream<Map.Entry<String, @Nullable T>> stream() {
        // entries may carry null values, hence SimpleImmutableEntry rather than Map.entry
        return getKeys().stream().map(k -> new AbstractMap.SimpleImmutableEntry<>(k, get(k)));
    }
}
