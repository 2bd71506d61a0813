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

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Every request the simulator received, in arrival order, for all vendors; faulted requests included.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class RequestLog {

    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    void add(RecordedRequest request) {
        synchronized (this) {
            requests.add(request);
            notifyAll();
        }
    }

    /**
     * Waits (real time) until at least {@code count} requests for the endpoint were received, so tests can wait for a
     * client's request to arrive without sleeping.
     *
     * @return true if the count was reached, false on timeout
     */
    public boolean awaitCount(LluEndpoint endpoint, long count, Duration timeout) throws InterruptedException {
        return awaitMatching(r -> matches(r, endpoint), count, timeout);
    }

    /** As {@link #awaitCount(LluEndpoint, long, Duration)} for a Dexcom Share endpoint. */
    public boolean awaitCount(DexcomEndpoint endpoint, long count, Duration timeout) throws InterruptedException {
        return awaitMatching(r -> matches(r, endpoint), count, timeout);
    }

    /** Snapshot of all recorded requests. */
    public List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    /** Requests of one vendor, e.g. {@code "librelinkup"}. */
    public List<RecordedRequest> forVendor(String vendor) {
        return requests.stream().filter(r -> r.vendor().equals(vendor)).toList();
    }

    /** LibreLinkUp requests hitting the given endpoint; {@link LluEndpoint#ANY} counts every LibreLinkUp request. */
    public long count(LluEndpoint endpoint) {
        return countMatching(r -> matches(r, endpoint));
    }

    /** Dexcom Share requests hitting the given endpoint; {@link DexcomEndpoint#ANY} counts every Dexcom request. */
    public long count(DexcomEndpoint endpoint) {
        return countMatching(r -> matches(r, endpoint));
    }

    /** Nightscout requests hitting the given endpoint; {@link NightscoutEndpoint#ANY} counts every one. */
    public long count(NightscoutEndpoint endpoint) {
        return countMatching(
                r -> NightscoutSimulation.VENDOR.equals(r.vendor()) && endpoint.matches(r.method(), r.path()));
    }

    /** Requests of any vendor with this method (case-insensitive) whose path ends with the suffix. */
    public long countPath(String method, String pathSuffix) {
        return requests.stream().filter(r -> r.method().equalsIgnoreCase(method))
                .filter(r -> r.path().endsWith(pathSuffix)).count();
    }

    public void clear() {
        requests.clear();
    }

    private long countMatching(Predicate<RecordedRequest> filter) {
        return requests.stream().filter(filter).count();
    }

    private synchronized boolean awaitMatching(Predicate<RecordedRequest> filter, long count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countMatching(filter) < count) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return false;
            }
            wait(remainingMillis);
        }
        return true;
    }

    private static boolean matches(RecordedRequest request, LluEndpoint endpoint) {
        return LibreLinkUpSimulation.VENDOR.equals(request.vendor())
                && endpoint.matches(request.method(), request.path());
    }

    private static boolean matches(RecordedRequest request, DexcomEndpoint endpoint) {
        return DexcomSimulation.VENDOR.equals(request.vendor()) && endpoint.matches(request.method(), request.path());
    }
}
