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
package org.openhab.binding.cgm.internal;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.thing.ThingTypeUID;

/**
 * Ids shared across the binding: thing types, channels, properties, configuration keys.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CgmBindingConstants {

    public static final String BINDING_ID = "cgm";

    public static final ThingTypeUID THING_TYPE_LIBRELINKUP = new ThingTypeUID(BINDING_ID, "librelinkup");
    public static final ThingTypeUID THING_TYPE_DEXCOM = new ThingTypeUID(BINDING_ID, "dexcom");
    public static final ThingTypeUID THING_TYPE_NIGHTSCOUT = new ThingTypeUID(BINDING_ID, "nightscout");
    public static final ThingTypeUID THING_TYPE_DEMO = new ThingTypeUID(BINDING_ID, "demo");
    public static final ThingTypeUID THING_TYPE_PATIENT = new ThingTypeUID(BINDING_ID, "patient");

    public static final String CHANNEL_GLUCOSE = "glucose";
    public static final String CHANNEL_GLUCOSE_MMOL = "glucose-mmol";
    public static final String CHANNEL_TREND = "trend";
    public static final String CHANNEL_MEASUREMENT_COLOR = "measurement-color";
    public static final String CHANNEL_HIGH = "high";
    public static final String CHANNEL_LOW = "low";
    public static final String CHANNEL_TIMESTAMP = "timestamp";
    public static final String CHANNEL_STALE = "stale";
    public static final String CHANNEL_READING_AGE = "reading-age";
    public static final String CHANNEL_RATE_OF_CHANGE = "rate-of-change";
    public static final String CHANNEL_DELTA = "delta";
    public static final String CHANNEL_RANGE = "range";
    public static final String CHANNEL_TARGET_LOW = "target-low";
    public static final String CHANNEL_TARGET_HIGH = "target-high";
    public static final String CHANNEL_SENSOR_ACTIVATED = "sensor-activated";
    public static final String CHANNEL_SENSOR_EXPIRY = "sensor-expiry";
    public static final String CHANNEL_SENSOR_STATE = "sensor-state";
    public static final String CHANNEL_TIME_IN_RANGE = "time-in-range";
    public static final String CHANNEL_TIME_BELOW_RANGE = "time-below-range";
    public static final String CHANNEL_TIME_ABOVE_RANGE = "time-above-range";
    public static final String CHANNEL_TIME_VERY_LOW = "time-very-low";
    public static final String CHANNEL_AVERAGE_GLUCOSE = "average-glucose";
    public static final String CHANNEL_GLUCOSE_VARIABILITY = "glucose-variability";
    public static final String CHANNEL_GMI = "gmi";
    public static final String CHANNEL_DATA_COVERAGE = "data-coverage";
    public static final String CHANNEL_INSULIN_ON_BOARD = "insulin-on-board";
    public static final String CHANNEL_CARBS_ON_BOARD = "carbs-on-board";
    public static final String CHANNEL_SUMMARY = "summary";
    /** The trigger channel; every other CHANNEL_ constant is a state channel. */
    public static final String CHANNEL_EVENT = "event";

    public static final String CONFIG_PATIENT_ID = "patientId";

    public static final String PROPERTY_REGION = "region";
    public static final String PROPERTY_CLIENT_VERSION = "clientVersion";
    public static final String PROPERTY_NIGHTSCOUT_VERSION = "nightscoutVersion";
    public static final String PROPERTY_SENSOR_SERIAL = "sensorSerial";
    public static final String PROPERTY_SENSOR_MODEL = "sensorModel";
    public static final String PROPERTY_SENSOR_ACTIVATED = "sensorActivated";
    /** "true" on a demo bridge: its readings are simulated. */
    public static final String PROPERTY_SIMULATED = "simulated";

    private CgmBindingConstants() {
    }
}
