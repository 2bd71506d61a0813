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
package org.openhab.core.types;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/** Compile-only stand-in declaration of the openHAB Core type {@code TimeSeries} (not shipped). */
@NonNullByDefault
public class TimeSeries {

    // ordered by timestamp; like the real class, a second entry with an equal timestamp is ignored
    private final TreeSet<Entry> entries = new TreeSet<>(Comparator.comparing(Entry::timestamp));
    private final Policy policy;

    public TimeSeries(Policy policy) {
        this.policy = policy;
    }

    public Policy getPolicy() {
        return policy;
    }

    public Instant getBegin() {
        return entries.isEmpty() ? Instant.MAX : entries.first().timestamp();
    }

    public Instant getEnd() {
        return entries.isEmpty() ? Instant.MIN : entries.last().timestamp();
    }

    public int size() {
        return entries.size();
    }

    public void add(Instant timestamp, State state) {
        entries.add(new Entry(timestamp, state));
    }

    public Stream<Entry> getStates() {
        return List.copyOf(entries).stream();
    }

    public record Entry(Instant timestamp, State state) {
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || o.getClass() != getClass()) {
            return false;
        }
        TimeSeries other = (TimeSeries) o;
        return policy == other.policy && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, policy);
    }

    public enum Policy {
        ADD,
        REPLACE
    }
}
