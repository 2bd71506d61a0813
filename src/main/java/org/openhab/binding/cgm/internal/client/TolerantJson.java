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
import java.io.StringReader;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Gson for cloud answers, where any field may hold anything: a value that does not fit its field (a string where a
 * number goes, an object where a string goes, a list item of the wrong shape, a fraction where a whole number goes) is
 * skipped and leaves that field null (a primitive field its default), so one unreadable field costs that field, not
 * the answer. An answer that is no JSON at all still fails as a whole.
 * <p>
 * It reads in one streaming pass: strings, numbers and booleans by the adapters here, which look at the token before
 * they take it; objects and lists by Gson's own adapters once the token says the shape fits. No tree is built and no
 * exception is thrown for a field that does not fit.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class TolerantJson {

    private TolerantJson() {
    }

    public static Gson gson() {
        return new GsonBuilder().registerTypeAdapterFactory(new Tolerant()).create();
    }

    /** A reader over {@code text} as {@link Gson#fromJson(String, Class)} reads: lenient about NaN and the like. */
    public static JsonReader reader(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setLenient(true);
        return reader;
    }

    private static final class Tolerant implements TypeAdapterFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T> @Nullable TypeAdapter<T> create(@Nullable Gson gson, @Nullable TypeToken<T> type) {
            if (gson == null || type == null) {
                return null;
            }
            Class<? super T> raw = type.getRawType();
            if (String.class.equals(raw)) {
                return (TypeAdapter<T>) new Leaf(Kind.TEXT);
            } else if (Double.class.equals(raw) || double.class.equals(raw)) {
                return (TypeAdapter<T>) new Leaf(Kind.DOUBLE);
            } else if (Integer.class.equals(raw) || int.class.equals(raw)) {
                return (TypeAdapter<T>) new Leaf(Kind.INT);
            } else if (Long.class.equals(raw) || long.class.equals(raw)) {
                return (TypeAdapter<T>) new Leaf(Kind.LONG);
            } else if (Boolean.class.equals(raw) || boolean.class.equals(raw)) {
                return (TypeAdapter<T>) new Leaf(Kind.BOOLEAN);
            } else if (JsonElement.class.isAssignableFrom(raw)) {
                return null;
            }
            TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
            if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
                return new Shaped<>(delegate, JsonToken.BEGIN_ARRAY);
            }
            if (isPlainObject(raw)) {
                return new Shaped<>(delegate, JsonToken.BEGIN_OBJECT);
            }
            // anything else (enums, maps, JDK types): the value alone as a tree, dropped when it does not fit
            return new TreeOfOne<>(delegate, gson.getAdapter(JsonElement.class));
        }

        /** A class of ours that Gson reads field by field, each field through these adapters. */
        private static boolean isPlainObject(Class<?> raw) {
            return !raw.isPrimitive() && !raw.isEnum() && !raw.isInterface() && !Modifier.isAbstract(raw.getModifiers())
                    && !Map.class.isAssignableFrom(raw) && !raw.getName().startsWith("java");
        }
    }

    private enum Kind {
        TEXT,
        DOUBLE,
        INT,
        LONG,
        BOOLEAN
    }

    /** A string, number or boolean field: its token decides, before anything is consumed. */
    private static final class Leaf extends TypeAdapter<Object> {
        private final Kind kind;

        Leaf(Kind kind) {
            this.kind = kind;
        }

        @Override
        public void write(@Nullable JsonWriter out, @Nullable Object value) throws IOException {
            if (out == null) {
                return;
            }
            if (value == null) {
                out.nullValue();
            } else if (value instanceof Number number) {
                out.value(number);
            } else if (value instanceof Boolean bool) {
                out.value(bool.booleanValue());
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public @Nullable Object read(@Nullable JsonReader in) throws IOException {
            if (in == null) {
                return null;
            }
            JsonToken token = in.peek();
            switch (token) {
                case STRING, NUMBER -> {
                    String text = in.nextString();
                    return kind == Kind.TEXT ? text : scalar(text, token == JsonToken.NUMBER);
                }
                case BOOLEAN -> {
                    boolean value = in.nextBoolean();
                    return kind == Kind.TEXT ? Boolean.toString(value) : kind == Kind.BOOLEAN ? value : null;
                }
                case NULL -> {
                    in.nextNull();
                    return null;
                }
                default -> {
                    in.skipValue();
                    return null;
                }
            }
        }

        private @Nullable Object scalar(String text, boolean number) {
            return switch (kind) {
                case DOUBLE -> TolerantJson.parseDouble(text);
                case INT -> {
                    Long value = wholeNumber(text);
                    long whole = value != null ? value : Long.MIN_VALUE;
                    yield whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? (int) whole : null;
                }
                case LONG -> wholeNumber(text);
                case BOOLEAN -> number ? null : parseBoolean(text);
                default -> text;
            };
        }
    }

    /** Writes as Gson writes; reads only what fits. */
    private abstract static class Guarded<T> extends TypeAdapter<T> {
        final TypeAdapter<T> delegate;

        Guarded(TypeAdapter<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void write(JsonWriter out, @Nullable T value) throws IOException {
            delegate.write(out, value);
        }
    }

    /** A list or an object: read by Gson when the token has that shape, skipped whole when not. */
    private static final class Shaped<T> extends Guarded<T> {
        private final JsonToken opening;

        Shaped(TypeAdapter<T> delegate, JsonToken opening) {
            super(delegate);
            this.opening = opening;
        }

        @Override
        public @Nullable T read(@Nullable JsonReader in) throws IOException {
            if (in == null) {
                return null;
            }
            if (in.peek() != opening) {
                in.skipValue();
                return null;
            }
            return delegate.read(in);
        }
    }

    /** A value of a type these adapters do not stream: read as a small tree of its own and dropped if it won't fit. */
    private static final class TreeOfOne<T> extends Guarded<T> {
        private final TypeAdapter<JsonElement> elements;

        TreeOfOne(TypeAdapter<T> delegate, TypeAdapter<JsonElement> elements) {
            super(delegate);
            this.elements = elements;
        }

        @Override
        public @Nullable T read(@Nullable JsonReader in) throws IOException {
            JsonElement tree = in != null ? elements.read(in) : null;
            if (tree == null) {
                return null;
            }
            try {
                return delegate.fromJsonTree(tree);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** A finite or infinite number, NaN included (the plausibility rules judge it); null when no number at all. */
    public static @Nullable Double parseDouble(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || !looksNumeric(trimmed)) {
            return null;
        }
        try {
            return Double.valueOf(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number written as digits (a sign allowed) that fits a long; null otherwise, never an exception. */
    public static @Nullable Long parseLong(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
            negative = text.charAt(0) == '-';
            i = 1;
        }
        if (i == length || length - i > 19) {
            return null;
        }
        long value = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            int digit = c - '0';
            // accumulated negatively: Long.MIN_VALUE has no positive twin
            if (value < Long.MIN_VALUE / 10 || value * 10 < Long.MIN_VALUE + digit) {
                return null;
            }
            value = value * 10 - digit;
        }
        if (!negative && value == Long.MIN_VALUE) {
            return null;
        }
        return negative ? value : -value;
    }

    /** A whole number, also when written with a zero fraction or an exponent ("115.0", "1e3"). */
    private static @Nullable Long wholeNumber(String text) {
        Long value = parseLong(text);
        if (value != null) {
            return value;
        }
        Double number = parseDouble(text);
        double d = number != null ? number : Double.NaN;
        return d == Math.rint(d) && Math.abs(d) < 0x1p62 ? (long) d : null;
    }

    private static @Nullable Boolean parseBoolean(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        return "true".equals(lower) ? Boolean.TRUE : "false".equals(lower) ? Boolean.FALSE : null;
    }

    /** Digits, sign, point and exponent, or the words Java reads as numbers: spares Double.valueOf an exception. */
    private static boolean looksNumeric(String text) {
        if ("NaN".equals(text) || text.endsWith("Infinity")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return true;
    }
}
