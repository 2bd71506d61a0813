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
 * An auth ticket: the bearer token, its expiry in epoch seconds and its duration in milliseconds.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluTicket {
    public String token;
    public Long expires;
    public Long duration;
}
