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
package org.openhab.binding.cgm.internal.simulator;

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * Connection, sensor, device and glucose-item JSON, field for field in the order of the captured bodies (seed 000).
 * Callers hold the simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluConnectionJson {

    private static final String PATIENT_APP_VERSION = "3.3.1";

    private LluConnectionJson() {
    }

    static JsonObject connection(LluPatient patient, SimReading latest) {
        JsonObject connection = new JsonObject();
        connection.addProperty("id", patient.connectionId());
        connection.addProperty("patientId", patient.patientId());
        connection.addProperty("country", patient.country());
        connection.addProperty("status", 2);
        connection.addProperty("firstName", patient.firstName());
        connection.addProperty("lastName", patient.lastName());
        connection.addProperty("targetLow", patient.targetLow());
        connection.addProperty("targetHigh", patient.targetHigh());
        connection.addProperty("uom", patient.unit().code());
        connection.add("sensor", sensor(patient));
        connection.add("alarmRules", alarmRules(patient));
        connection.add("glucoseMeasurement", glucoseItem(patient, latest, true));
        connection.add("glucoseItem", glucoseItem(patient, latest, true));
        connection.add("glucoseAlarm", JsonNull.INSTANCE);
        connection.add("patientDevice", patientDevice(patient));
        connection.addProperty("created", patient.created().getEpochSecond());
        return connection;
    }

    /** Graph {@code data}: the connection, its one active sensor, and the history points. */
    static JsonObject graph(LluPatient patient, SimReading latest, List<SimReading> history) {
        JsonObject activeSensor = new JsonObject();
        activeSensor.add("sensor", sensor(patient));
        activeSensor.add("device", patientDevice(patient));
        JsonArray activeSensors = new JsonArray();
        activeSensors.add(activeSensor);
        JsonArray graphData = new JsonArray();
        history.forEach(reading -> graphData.add(glucoseItem(patient, reading, false)));
        JsonObject data = new JsonObject();
        data.add("connection", connection(patient, latest));
        data.add("activeSensors", activeSensors);
        data.add("graphData", graphData);
        return data;
    }

    /** Current items are {@code type} 1 with a trend; graph points are {@code type} 0 without one. */
    static JsonObject glucoseItem(LluPatient patient, SimReading reading, boolean current) {
        JsonObject item = new JsonObject();
        item.addProperty("FactoryTimestamp", LluTimestamps.factory(reading.instant()));
        item.addProperty("Timestamp", LluTimestamps.phoneLocal(reading.instant(), patient.phoneZone()));
        item.addProperty("type", current ? 1 : 0);
        item.addProperty("ValueInMgPerDl", reading.mgPerDl());
        if (current) {
            item.addProperty("TrendArrow", reading.trendArrow());
            item.add("TrendMessage", JsonNull.INSTANCE);
        }
        item.addProperty("MeasurementColor", reading.color());
        item.addProperty("GlucoseUnits", patient.unit().code());
        if (patient.unit() == GlucoseUnitCode.MG_DL) {
            item.addProperty("Value", reading.mgPerDl());
        } else {
            item.addProperty("Value", reading.value());
        }
        item.addProperty("isHigh", reading.isHigh());
        item.addProperty("isLow", reading.isLow());
        return item;
    }

    private static JsonObject sensor(LluPatient patient) {
        JsonObject sensor = new JsonObject();
        sensor.addProperty("deviceId", "");
        sensor.addProperty("sn", patient.sensorSerial());
        sensor.addProperty("a", patient.sensorActivation().getEpochSecond());
        Integer warmUp = patient.warmUpMinutes();
        if (warmUp != null) {
            sensor.addProperty("w", warmUp);
        }
        Integer productType = patient.productType();
        if (productType != null) {
            sensor.addProperty("pt", productType);
        }
        return sensor;
    }

    private static JsonObject patientDevice(LluPatient patient) {
        JsonObject fixedLow = new JsonObject();
        fixedLow.addProperty("mgdl", 60);
        fixedLow.addProperty("mmoll", 3.3);
        JsonObject device = new JsonObject();
        device.addProperty("did", patient.deviceId());
        Integer deviceType = patient.deviceType();
        if (deviceType != null) {
            device.addProperty("dtid", deviceType);
        }
        device.addProperty("v", PATIENT_APP_VERSION);
        device.addProperty("ll", patient.targetLow());
        device.addProperty("hl", patient.targetHigh());
        device.addProperty("u", patient.created().getEpochSecond());
        device.add("fixedLowAlarmValues", fixedLow);
        device.addProperty("alarms", false);
        return device;
    }

    /** Same rules as the capture, with the high/low thresholds at the patient's targets. */
    private static JsonObject alarmRules(LluPatient patient) {
        JsonObject high = new JsonObject();
        high.addProperty("on", true);
        high.addProperty("th", patient.targetHigh());
        high.addProperty("thmm", SimReading.toMmol(patient.targetHigh()));
        high.addProperty("d", 1440);
        high.addProperty("f", 0.1);
        JsonObject fixedLow = new JsonObject();
        fixedLow.addProperty("th", 55);
        fixedLow.addProperty("thmm", 3);
        fixedLow.addProperty("d", 30);
        fixedLow.addProperty("tl", 10);
        fixedLow.addProperty("tlmm", 0.6);
        JsonObject low = new JsonObject();
        low.addProperty("on", true);
        low.addProperty("th", patient.targetLow());
        low.addProperty("thmm", SimReading.toMmol(patient.targetLow()));
        low.addProperty("d", 1440);
        low.addProperty("tl", 10);
        low.addProperty("tlmm", 0.6);
        JsonObject noData = new JsonObject();
        noData.addProperty("i", 20);
        noData.addProperty("r", 5);
        noData.addProperty("l", 6);
        JsonObject rules = new JsonObject();
        rules.addProperty("c", true);
        rules.add("h", high);
        rules.add("f", fixedLow);
        rules.add("l", low);
        rules.add("nd", noData);
        rules.addProperty("p", 5);
        rules.addProperty("r", 5);
        rules.add("std", new JsonObject());
        return rules;
    }
}
