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
 * Configuration of a {@code cgm:nightscout} bridge.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class NightscoutConfiguration {
    /** The site's root, e.g. https://example.herokuapp.com. */
    public String url = "";
    /** An access token from the site's admin tools, with a role that can read. */
    public String token = "";
    /** Instead of a token: the site's API secret, sent only as its SHA-1 digest. */
    public String apiSecret = "";
    /** The shortest time between two polls, in seconds; at least 30. */
    public int refreshFloor = 60;
}
