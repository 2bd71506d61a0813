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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Lets a handler thread hold a response for a while of real time without sleeping, and lets
 * {@link CloudSimulator#close()} cut every such wait short.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class ReleaseSignal {

    private final CountDownLatch released = new CountDownLatch(1);

    /** Blocks for {@code delay} of real time, or less when the simulator closes. */
    void hold(Duration delay) {
        try {
            released.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void release() {
        released.countDown();
    }
}
