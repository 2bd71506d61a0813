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
package org.openhab.binding.cgm.internal.client;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The one seam between the cloud clients and an HTTP library, so that a change of library (openHAB plans Jetty 12)
 * touches one class.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public interface Transport {

    /**
     * Sends a request and returns whatever the server answered, whatever its status.
     *
     * @throws CloudException of kind {@link FailureKind#NETWORK} when no answer arrived (connection refused or reset,
     *             timeout, interruption)
     */
    TransportResponse execute(TransportRequest request) throws CloudException;
}
