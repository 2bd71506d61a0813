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
package org.openhab.binding.cgm.internal.client.dexcom.dto;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;

/**
 * One reading of ReadPublisherLatestGlucoseValues. WT and ST are UTC epoch milliseconds in "Date(ms)" or
 * "/Date(ms)/"; DT carries the same kind of milliseconds plus the offset the receiver displayed in. Trend is a name
 * ("Flat") in current payloads and a number (4) in older ones, hence a raw element.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class DexcomGlucoseValue {
    @SerializedName("WT")
    public String wt;
    @SerializedName("ST")
    public String st;
    @SerializedName("DT")
    public String dt;
    @SerializedName("Value")
    public Double value;
    @SerializedName("Trend")
    public JsonElement trend;
}
