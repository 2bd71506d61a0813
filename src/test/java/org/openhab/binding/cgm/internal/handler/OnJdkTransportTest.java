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
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;

/**
 * The handler tests again, on the JDK's HTTP client the binding uses where openHAB has no Jetty 9 (5.3 on Jetty 12):
 * the same logins, polls, faults and statuses whichever client carries them. FaultMatrixTest is not among them: the
 * JDK's client sends a GET once more when the connection drops before any answer (TransportContractTest shows it),
 * so a reset LibreLinkUp poll costs two requests there, more than that test's bound.
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
}
