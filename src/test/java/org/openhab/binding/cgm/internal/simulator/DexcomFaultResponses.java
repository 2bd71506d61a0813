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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * What an injected fault looks like on a Dexcom Share host: Dexcom's own faults here, the generic ones through
 * {@link FaultResponses}, with the block page naming the Dexcom host.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomFaultResponses {

    /** Cut instead when the normal answer has (almost) no body. */
    private static final byte[] EMPTY_ARRAY = { '[', ']' };

    private DexcomFaultResponses() {
    }

    /** Every fault except slow, truncated and connection reset, which {@link FaultResponses#apply} handles. */
    static SimResponse render(Fault fault, String region, Instant now) {
        if (fault instanceof Fault.DexcomError error) {
            return DexcomErrors.response(error.code(), error.message(), now);
        } else if (fault instanceof Fault.DexcomErrorJsonSubCode error) {
            return DexcomErrors.responseWithJsonSubCode(error.code(), error.message(), now);
        } else if (fault instanceof Fault.ZeroUuid) {
            return DexcomResponses.uuid(DexcomResponses.ZERO_UUID);
        } else if (fault instanceof Fault.CloudflareBlock) {
            return FaultResponses.cloudflare(DexcomRegions.host(region), "8f2e7d6c5b4a3921", "EWR");
        } else if (fault instanceof Fault.HttpError error) {
            return FaultResponses.httpError(error);
        }
        // LibreLinkUp's own faults (lockout, expired token, maintenance) look as they do there
        return LluFaultResponses.render(fault);
    }

    /** The normal answer cut in the middle, sent as a complete HTTP 200 JSON response. */
    static SimResponse truncate(SimResponse normal) {
        return DexcomResponses.json(200, FaultResponses.firstHalf(normal, EMPTY_ARRAY));
    }
}
