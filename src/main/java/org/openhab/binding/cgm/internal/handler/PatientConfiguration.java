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
import org.eclipse.jdt.annotation.Nullable;

/**
 * Configuration of a {@code cgm:patient} thing.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PatientConfiguration {

    /** The vendor's id of the patient, as discovery finds it. */
    public String patientId = "";

    /** The unit the summary says glucose in: mg/dL, mmol/L; empty: the unit the patient uses in the vendor app. */
    public String unit = "";

    /** mg/dL; target low and high empty: the range the patient set in the vendor app, else 70–180. */
    public int urgentLow = 55;
    public @Nullable Integer targetLow;
    public @Nullable Integer targetHigh;
    public int urgentHigh = 250;

    /** Minutes. */
    public int staleAfter = 15;
    public boolean keepStaleValues = false;
    /** Minutes; 0 turns the prediction off. */
    public int predictionMinutes = 20;
    /** mg/dL per minute. */
    public double fastRate = 2.0;
    /** Minutes. */
    public int highFor = 0;

    /** Hours. */
    public int sensorWarningHours = 24;
    /** Days; empty: inferred from the sensor model. */
    public @Nullable Integer sensorLifespanDays;
}
