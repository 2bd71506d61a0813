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

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * One vendor cloud served by the {@link CloudSimulator} under its own path prefix.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
interface VendorSimulation {

    /**
     * Answers one request. May block the calling Jetty thread (slow-response fault).
     *
     * @param request the request, already recorded; {@code path} is relative to the simulated host
     */
    SimResponse handle(RecordedRequest request);
}
