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
 * Which generation of {@code ReadPublisherLatestGlucoseValues} payload the simulated Dexcom Share cloud sends.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DexcomPayload {
    /**
     * Today's service: {@code {"WT":"Date(ms)","ST":"Date(ms)","DT":"Date(ms-0500)","Value":224,"Trend":"Flat"}},
     * trend by name, WT = ST = DT = the reading instant.
     */
    MODERN,
    /**
     * The older service:
     * {@code {"DT":"\/Date(ms-0500)\/","ST":"\/Date(ms)\/","Trend":4,"Value":99,"WT":"\/Date(ms)\/"}}, numeric
     * trend, the slashes escaped, and ST off from WT by the receiver's clock drift.
     */
    LEGACY
}
