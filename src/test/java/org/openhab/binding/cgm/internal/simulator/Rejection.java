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
 * Ends the handling of a request early with a ready error answer (bad headers, bad token, bad argument, bad
 * session, ...), for every vendor.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SimResponse response;

    Rejection(SimResponse response) {
        super(null, null, false, false);
        this.response = response;
    }

    SimResponse response() {
        return response;
    }
}
