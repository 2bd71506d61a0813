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
 * One connection: a patient who shares with the account, with the latest reading. Personal fields we do not use
 * (last name, alarm rules) are not read.
 *
 * @author CGM binding contributors - Initial contribution
 */
public class LluConnection {
    public String id;
    public String patientId;
    public String firstName;
    public Double targetLow;
    public Double targetHigh;
    /** 0 = mmol/L, 1 = mg/dL. */
    public Integer uom;
    public LluSensor sensor;
    public LluGlucoseItem glucoseMeasurement;
    public LluGlucoseItem glucoseItem;
    public LluPatientDevice patientDevice;

    /** The sensor: serial number, activation (epoch s), warm-up minutes, product type. */
    public static class LluSensor {
        public String deviceId;
        public String sn;
        public Long a;
        public Integer w;
        public Integer pt;
    }

    /** The reader or phone app; dtid tells the sensor family. */
    public static class LluPatientDevice {
        public Integer dtid;
        public String v;
    }
}
