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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What a LibreLinkUp account needs to log in.
 *
 * @param region the region code to log in at first: {@link LibreLinkUpHosts#GLOBAL} for automatic, or a region
 * @param clientVersion the LibreLinkUp app version to present; the cloud refuses versions below its floor
 * @param urlTemplate replaces the real hosts, see {@link LibreLinkUpHosts}; null for the real cloud
 * @param acceptTerms accept updated terms of use and privacy policy on the user's behalf, as the app would ask
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record LibreLinkUpSettings(String email, String password, String region, String clientVersion,
        @Nullable String urlTemplate, boolean acceptTerms) {

    public static final String DEFAULT_CLIENT_VERSION = "4.17.0";

    @Override
    public String toString() {
        // e-mail and password are secrets
        return "LibreLinkUpSettings[region=" + region + ", clientVersion=" + clientVersion + ", acceptTerms="
                + acceptTerms + "]";
    }
}
