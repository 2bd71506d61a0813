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
 * Configuration of a {@code cgm:demo} bridge.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DemoConfiguration {
    /** How many simulated patients, 1 to 5. */
    public int patients = 1;
    /** steady, night-low, meal-spike, phone-offline or sensor-ending. */
    public String scenario = "steady";
    /** libre (a reading a minute) or dexcom (every five minutes). */
    public String cadence = "libre";
}
