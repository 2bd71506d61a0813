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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;

/**
 * Configuration of a {@code cgm:librelinkup} bridge.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class LibreLinkUpConfiguration {
    public String email = "";
    public String password = "";
    /** "auto" or a region code. */
    public String region = "auto";
    public String clientVersion = LibreLinkUpSettings.DEFAULT_CLIENT_VERSION;
    /** Replaces the real hosts; {region} stands for the region code. Empty for the real cloud. */
    public String baseUrl = "";
    /** Seconds: the shortest time between two polls. */
    public int refreshFloor = 60;
    /** Accept updated terms of use and privacy policy on the account owner's behalf. */
    public boolean acceptTerms = false;
}
