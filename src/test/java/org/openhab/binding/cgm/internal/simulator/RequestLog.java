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
    public synchronized boolean awaitCount(LluEndpoint endpoint, long count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(endpoint) < count) {
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMillis <= 0) {
                return false;
            }
            wait(remainingMillis);
        }
        return true;
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
        return requests.stream().filter(r -> LibreLinkUpSimulation.VENDOR.equals(r.vendor()))
                .filter(r -> endpoint.matches(r.method(), r.path())).count();
    }

    /** Requests of any vendor with this method (case-insensitive) whose path ends with the suffix. */
    public long countPath(String method, String pathSuffix) {
        return requests.stream().filter(r -> r.method().equalsIgnoreCase(method))
                .filter(r -> r.path().endsWith(pathSuffix)).count();
    }

    public void clear() {
        requests.clear();
    }
}
