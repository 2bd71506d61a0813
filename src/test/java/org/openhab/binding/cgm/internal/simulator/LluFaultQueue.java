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
 * Injected faults waiting for matching requests, oldest injection first; each match uses up one of its count.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluFaultQueue {

    private static final class Entry {
        final LluEndpoint endpoint;
        final Fault fault;
        int remaining;

        Entry(LluEndpoint endpoint, Fault fault, int remaining) {
            this.endpoint = endpoint;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /** {@code times == Integer.MAX_VALUE} keeps the fault until {@link #clear()}. */
    synchronized void add(LluEndpoint endpoint, Fault fault, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive: " + times);
        }
        entries.add(new Entry(endpoint, fault, times));
    }

    /** The fault for this request, counted down, or null when none applies. */
    synchronized @Nullable Fault take(@Nullable LluEndpoint endpoint) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if (entry.endpoint == LluEndpoint.ANY || entry.endpoint == endpoint) {
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
