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

import com.google.gson.annotations.SerializedName;

/**
 * One glucose item as LibreLinkUp sends it, latest or historical. {@code FactoryTimestamp} is UTC;
 * {@code Timestamp} is the patient's phone-local time without an offset and is never used as an instant.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluGlucoseItem {
    @SerializedName("FactoryTimestamp")
    public String factoryTimestamp;
    @SerializedName("Timestamp")
    public String timestamp;
    public Integer type;
    @SerializedName("ValueInMgPerDl")
    public Double valueInMgPerDl;
    /** 1 falling fast … 5 rising fast, 0 not determined; absent on graph items. */
    @SerializedName("TrendArrow")
    public Integer trendArrow;
    @SerializedName("MeasurementColor")
    public Integer measurementColor;
    /** 0 = mmol/L, 1 = mg/dL: the unit of {@link #value}. */
    @SerializedName("GlucoseUnits")
    public Integer glucoseUnits;
    @SerializedName("Value")
    public Double value;
    public Boolean isHigh;
    public Boolean isLow;
}
