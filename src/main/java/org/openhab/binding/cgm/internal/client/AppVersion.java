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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Compares app versions such as "4.16.0" and "4.17": numerically, part by part, missing parts counting as 0.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class AppVersion {

    private AppVersion() {
    }

    /** True when {@code candidate} is a well-formed version above {@code current}. */
    public static boolean isNewer(String candidate, String current) {
        long[] a = parts(candidate);
        long[] b = parts(current);
        if (a.length == 0) {
            return false;
        }
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return x > y;
            }
        }
        return false;
    }

    private static long[] parts(String version) {
        String[] texts = version.trim().split("\\.");
        long[] parts = new long[texts.length];
        try {
            for (int i = 0; i < texts.length; i++) {
                parts[i] = Long.parseLong(texts[i]);
            }
        } catch (NumberFormatException e) {
            return new long[0];
        }
        return parts;
    }
}
