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
 * Configuration of a {@code cgm:patient} thing.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PatientConfiguration {
    /** The vendor's id of the patient, as discovery finds it. */
    public String patientId = "";
    /** mg/dL: classifies readings where the vendor sends no colour or high/low flags (Dexcom). */
    public int targetLow = 70;
    public int targetHigh = 180;
}
