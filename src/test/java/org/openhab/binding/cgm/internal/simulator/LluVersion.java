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
package org.openhab.binding.cgm.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Compares LibreLinkUp app versions such as {@code 4.16.0}; missing parts count as 0, so {@code 4.16} equals
 * {@code 4.16.0}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluVersion {

    /** From this app version on the cloud demands the {@code Account-Id} header. */
    static final String ACCOUNT_ID_SINCE = "4.11";

    private LluVersion() {
    }

    static void validate(String version) {
        if (parse(version) == null) {
            throw new IllegalArgumentException("not a version: " + version);
        }
    }

    /** Whether {@code version} is at least {@code floor}; unparseable versions are below every floor. */
    static boolean atLeast(@Nullable String version, String floor) {
        int[] v = version == null ? null : parse(version);
        int[] f = parse(floor);
        if (v == null || f == null) {
            return false;
        }
        for (int i = 0; i < Math.max(v.length, f.length); i++) {
            int a = i < v.length ? v[i] : 0;
            int b = i < f.length ? f[i] : 0;
            if (a != b) {
                return a > b;
            }
        }
        return true;
    }

    private static int @Nullable [] parse(String version) {
        String[] parts = version.trim().split("\\.");
        int[] numbers = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                numbers[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return numbers;
    }
}
