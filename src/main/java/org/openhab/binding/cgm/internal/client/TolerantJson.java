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

import java.io.IOException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/**
 * Gson for cloud answers, where any field may hold anything: a value that does not fit its field (a string where a
 * number goes, an object where a string goes, a list item of the wrong shape) becomes null for that field alone, so
 * one unreadable field costs that field, not the answer. Primitive fields keep Gson's strictness; an answer that is no
 * JSON at all still fails as a whole.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TolerantJson {

    private TolerantJson() {
    }

    public static Gson gson() {
        return new GsonBuilder().registerTypeAdapterFactory(new DropUnreadable()).create();
    }

    private static final class DropUnreadable implements TypeAdapterFactory {
        @Override
        public <T> @Nullable TypeAdapter<T> create(@Nullable Gson gson, @Nullable TypeToken<T> type) {
            if (gson == null || type == null) {
                return null;
            }
            Class<? super T> raw = type.getRawType();
            if (raw.isPrimitive() || JsonElement.class.isAssignableFrom(raw)) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, @Nullable T value) throws IOException {
                    delegate.write(out, value);
                }

                @Override
                public @Nullable T read(JsonReader in) throws IOException {
                    JsonElement tree = elements.read(in);
                    if (tree == null) {
                        return null;
                    }
                    try {
                        return delegate.fromJsonTree(tree);
                    } catch (RuntimeException e) {
                        return null;
                    }
                }
            };
        }
    }
}
