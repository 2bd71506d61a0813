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
package org.openhab.binding.cgm.internal.client.librelinkup.dto;

/**
 * The data of a login answer. Status 0 brings either a redirect (redirect, region) or a session (user, authTicket);
 * status 4 brings a step the user must complete first.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluLoginData {
    public Boolean redirect;
    public String region;
    public LluUser user;
    public LluTicket authTicket;
    public LluStep step;

    /** The user as far as we need it: the id, whose SHA-256 is the Account-Id header. */
    public static class LluUser {
        public String id;
    }

    /** A step such as "tou" (terms of use), "pp" (privacy policy) or "verifyEmail". */
    public static class LluStep {
        public String type;
        public String componentName;
    }
}
