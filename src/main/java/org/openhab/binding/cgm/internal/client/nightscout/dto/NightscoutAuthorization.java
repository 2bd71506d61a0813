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
package org.openhab.binding.cgm.internal.client.nightscout.dto;

/**
 * The answer of {@code /api/v2/authorization/request/<access token>}: a JWT and its issue and expiry times in epoch
 * seconds. The subject's name and permissions it also carries are not read.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class NightscoutAuthorization {
    public String token;
    public Double iat;
    public Double exp;
}
