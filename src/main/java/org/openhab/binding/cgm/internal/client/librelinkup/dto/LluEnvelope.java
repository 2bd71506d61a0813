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
 * The frame of every LibreLinkUp answer: a status, the data whose shape depends on the endpoint, and the refreshed
 * ticket. Error answers carry {@code error.message} or a bare {@code message}.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluEnvelope {
    /** -1 when the field is missing: not an answer we understand. */
    public int status = -1;
    /**
     * The data, read straight into the type its endpoint and status call for; a JSON tree where the answer named its
     * data before its status.
     */
    public Object data;
    public LluMessage error;
    public LluTicket ticket;
    public String message;
}
