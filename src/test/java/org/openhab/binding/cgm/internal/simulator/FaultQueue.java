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

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Injected faults waiting for matching requests, oldest injection first; each match uses up one of its count. One
 * queue per vendor, keyed by that vendor's endpoint enum.
 *
 * @param <E> the vendor's endpoint type
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class FaultQueue<E extends Enum<E>> {

    private static final class Entry<E> {
        final E endpoint;
        final Fault fault;
        int remaining;

        Entry(E endpoint, Fault fault, int remaining) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final E any;
    private final List<Entry<E>> entries = new ArrayList<>();

    /** {@code any} is the vendor's catch-all endpoint, the one whose faults hit every request. */
    FaultQueue(E any) {
        this.any = any;
    }

    /** {@code times == Integer.MAX_VALUE} keeps the fault until {@link #clear()}. */
    synchronized void add(E endpoint, Fault fault, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
        entries.add(new Entry<>(endpoint, fault, times));
    }

    /** The fault for this request, counted down, or null when none applies. */
    synchronized @Nullable Fault take(@Nullable E endpoint) {
        Iterator<Entry<E>> it = entries.iterator();
        while (it.hasNext()) {
            Entry<E> entry = it.next();
            if (entry.endpoint == any || entry.endpoint == endpoint) {
                if (entry.remaining != Integer.MAX_VALUE && --entry.remaining == 0) {
                    it.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }

    synchronized void clear() {
        entries.clear();
    }
}
