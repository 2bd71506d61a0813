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
package org.openhab.binding.cgm.internal.handler;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Nested;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;

/**
 * The handler tests again, on the JDK's HTTP client the binding uses where openHAB has no Jetty 9 (5.3 on Jetty 12):
 * the same logins, polls, faults and statuses whichever client carries them. One difference, shown by
 * TransportContractTest: the JDK's client sends a GET once more when the connection drops before any answer, so the
 * fault matrix allows a reset twice the requests here.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class OnJdkTransportTest {

    @Nested
    class LibreLinkUp extends LibreLinkUpBridgeHandlerTest {
        @Override
        protected Transport transport(Duration timeout) {
            return LoopbackHttp.jdk(timeout);
        }
    }

    @Nested
    class Dexcom extends DexcomBridgeHandlerTest {
        @Override
        protected Transport transport(Duration timeout) {
            return LoopbackHttp.jdk(timeout);
        }
    }

    @Nested
    class Resilience extends ResilienceTest {
        @Override
        protected Transport transport(Duration timeout) {
            return LoopbackHttp.jdk(timeout);
        }
    }

    @Nested
    class Faults extends FaultMatrixTest {
        @Override
        protected Transport transport(Duration timeout) {
            return LoopbackHttp.jdk(timeout);
        }

        /**
         * The JDK's client sends a GET once more by itself when the connection drops before any answer (never a POST,
         * so never a login): a reset may cost each poll a second request, no more.
         */
        @Override
        protected int allowedRequests(Case c) {
            return c.fault() instanceof Fault.ConnectionReset ? 2 * c.maxRequests() : c.maxRequests();
        }
    }
}
