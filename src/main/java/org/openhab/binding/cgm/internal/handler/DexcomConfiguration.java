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

/**
 * Configuration of a {@code cgm:dexcom} bridge.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DexcomConfiguration {
    /** User name, e-mail or "+" phone number of the publisher account. */
    public String username = "";
    /** The account UUID; when set, the user name is not needed. */
    public String accountId = "";
    public String password = "";
    /** us, ous (outside the US) or jp. */
    public String region = "us";
    /** Replaces the Share web services root; {region} stands for the region code. Empty for Dexcom. */
    public String baseUrl = "";
    /** Empty for the region's own. */
    public String applicationId = "";
}
