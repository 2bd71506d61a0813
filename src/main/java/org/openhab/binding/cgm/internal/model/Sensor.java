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
package org.openhab.binding.cgm.internal.model;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The sensor currently worn.
 *
 * @param serialNumber the serial number as the cloud reports it
 * @param model a readable model name, e.g. "FreeStyle Libre 3", or empty when unknown
 * @param activated when the sensor was started, when known
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Sensor(String serialNumber, String model, @Nullable Instant activated) {
}
