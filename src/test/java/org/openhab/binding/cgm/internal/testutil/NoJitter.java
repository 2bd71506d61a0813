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
package org.openhab.binding.cgm.internal.testutil;

import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A random source that always answers the midpoint, so that back-off with ±jitter comes out at its nominal value.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class NoJitter implements RandomGenerator {

    public static final NoJitter INSTANCE = new NoJitter();

    private NoJitter() {
    }

    @Override
    public long nextLong() {
        return 0;
    }

    @Override
    public double nextDouble() {
        return 0.5;
    }
}
