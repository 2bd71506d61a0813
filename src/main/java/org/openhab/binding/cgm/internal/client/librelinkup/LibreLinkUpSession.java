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
package org.openhab.binding.cgm.internal.client.librelinkup;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A logged-in LibreLinkUp session: all a request needs besides the app version.
 *
 * @param token the bearer token, replaced by the fresh ticket of every authenticated response
 * @param expires when the token stops being accepted
 * @param accountIdHash lowercase hex SHA-256 of the user id, sent as the Account-Id header
 * @param region the code of the host the account lives on
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record LibreLinkUpSession(String token, Instant expires, String accountIdHash, String region) {

    LibreLinkUpSession withTicket(String newToken, Instant newExpires) {
        return new LibreLinkUpSession(newToken, newExpires, accountIdHash, region);
    }

    @Override
    public String toString() {
        return "LibreLinkUpSession[region=" + region + ", expires=" + expires + "]";
    }
}
