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
package org.openhab.core.common;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code AbstractUID} (not shipped). */
@NonNullByDefault
public abstract class AbstractUID {

    public static final String SEPARATOR = ":";

    private static final Pattern ALLOWED = Pattern.compile("[\\w-]*");

    private final List<String> parts;
    private String joined = "";

    protected AbstractUID() {
        parts = List.of();
    }

    protected AbstractUID(String uid) {
        this(Arrays.asList(uid.split(SEPARATOR)));
        joined = uid;
    }

    protected AbstractUID(final String... segments) {
        this(Arrays.asList(segments));
    }

    protected AbstractUID(List<String> segments) {
        int min = getMinimalNumberOfSegments();
        int count = segments.size();
        if (count < min) {
            throw new IllegalArgumentException("UID must have at least " + min + " segments: " + segments);
        }
        for (int i = 0; i < count; i++) {
            validateSegment(segments.get(i), i, count);
        }
        if (segments.get(count - 1).isBlank()) {
            throw new IllegalArgumentException("Last segment must not be blank: " + segments);
        }
        parts = List.copyOf(segments);
    }

    protected abstract int getMinimalNumberOfSegments();

    protected List<String> getAllSegments() {
        return parts;
    }

    protected String getSegment(int segment) {
        return parts.get(segment);
    }

    public static boolean isValid(@Nullable String segment) {
        return segment != null && ALLOWED.matcher(segment).matches();
    }

    protected void validateSegment(String segment, int index, int length) {
        if (!isValid(segment)) {
            throw new IllegalArgumentException("ID segment '" + segment
                    + "' contains invalid characters. Each segment of the ID must match the pattern " + ALLOWED + ".");
        }
    }

    @Override
    public String toString() {
        return getAsString();
    }

    public String getAsString() {
        if (joined.isEmpty()) {
            joined = String.join(SEPARATOR, parts);
        }
        return joined;
    }

    @Override
    public int hashCode() {
        return 31 + parts.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || obj.getClass() != getClass()) {
            return false;
        }
        return parts.equals(((AbstractUID) obj).parts);
    }
}
