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
 * One document of {@code /api/v1/entries/sgv.json}. Only {@code type} "sgv" is a sensor reading; {@code sgv} is in
 * mg/dL whatever the site displays, {@code date} is the UTC time of the reading in epoch milliseconds and
 * {@code direction} a Nightscout direction name. {@code dateString} and {@code sysTime} repeat the time as the
 * uploader wrote it and are not read.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class NightscoutEntry {
    public String type;
    public Double sgv;
    public Double date;
    public String direction;
}
