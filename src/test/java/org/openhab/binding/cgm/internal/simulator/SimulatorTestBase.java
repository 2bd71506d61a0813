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

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * The setup every simulator test shares: a fresh simulator per test on a clock the test moves, closed after the test
 * so no Jetty thread outlives it; plus the check for a dropped connection.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class SimulatorTestBase {

    protected final MutableClock clock;
    protected final CloudSimulator simulator;

    protected SimulatorTestBase(Instant start) {
        clock = new MutableClock(start);
        simulator = CloudSimulator.start(clock);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    /**
     * The request fails with an I/O error as on a dropped connection. A timeout is an I/O error too, but would mean
     * the server held the connection instead of dropping it.
     */
    protected static void assertConnectionDropped(Executable request) {
        IOException error = assertThrows(IOException.class, request);
        assertFalse(error instanceof HttpTimeoutException, "timed out instead of dropped: " + error);
    }
}
