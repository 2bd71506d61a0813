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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.binding.cgm.internal.model.TargetRange;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;

/**
 * One patient under a cloud bridge. It never calls the cloud: the bridge hands it the patient after each poll, and it
 * publishes a reading once, when it is new, so that "received update" rules fire per reading and not per poll.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PatientHandler extends BaseThingHandler {

    private static final Duration HISTORY_SPAN = Duration.ofHours(24);
    private static final int HISTORY_SIZE = 1500;

    private final TimeZoneProvider timeZoneProvider;
    private volatile String patientId = "";
    private volatile TargetRange targetRange = TargetRange.CONSENSUS;
    private volatile @Nullable GlucoseReading published;
    /** The readings seen since initialize, oldest first, at most a day and {@value #HISTORY_SIZE} of them. */
    private final Deque<GlucoseReading> history = new ArrayDeque<>();

    public PatientHandler(Thing thing, TimeZoneProvider timeZoneProvider) {
        super(thing);
        this.timeZoneProvider = timeZoneProvider;
    }

    @Override
    public void initialize() {
        published = null;
        synchronized (history) {
            history.clear();
        }
        PatientConfiguration config = getConfigAs(PatientConfiguration.class);
        patientId = config.patientId.trim();
        if (patientId.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.patient-id-missing");
            return;
        }
        if (config.targetLow <= 0 || config.targetHigh <= config.targetLow) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.target-range");
            return;
        }
        targetRange = new TargetRange(config.targetLow, config.targetHigh);
        takeFromBridge();
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            takeFromBridge();
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        GlucoseReading reading = published;
        if (command instanceof RefreshType && reading != null) {
            // the last reading again, from memory: a refresh never costs a cloud call
            var state = PatientStates.of(reading, targetRange, timeZoneProvider.getTimeZone())
                    .get(channelUID.getIdWithoutGroup());
            if (state != null) {
                updateState(channelUID, state);
            }
        }
    }

    /** The vendor's id of this patient. */
    public String patientId() {
        return patientId;
    }

    /**
     * The patient as the bridge's last poll saw it.
     *
     * @param patient null when the account no longer sees this patient
     */
    public void patientUpdated(@Nullable Patient patient) {
        if (patientId.isEmpty()) {
            return;
        }
        if (patient == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.patient-not-shared");
            return;
        }
        updateStatus(ThingStatus.ONLINE);
        remember(patient.recent());
        publishIfNew(patient.latest());
        updateSensorProperties(patient.sensor());
    }

    /** The readings this handler has seen, taken at or after {@code since}, newest first. */
    public List<GlucoseReading> recentReadings(Instant since) {
        List<GlucoseReading> newestFirst = new ArrayList<>();
        synchronized (history) {
            Iterator<GlucoseReading> newestToOldest = history.descendingIterator();
            while (newestToOldest.hasNext()) {
                GlucoseReading reading = newestToOldest.next();
                if (reading.timestamp().isBefore(since)) {
                    break;
                }
                newestFirst.add(reading);
            }
        }
        return newestFirst;
    }

    private void remember(List<GlucoseReading> oldestFirst) {
        synchronized (history) {
            for (GlucoseReading reading : oldestFirst) {
                GlucoseReading newest = history.peekLast();
                if (newest == null || reading.timestamp().isAfter(newest.timestamp())) {
                    history.addLast(reading);
                }
            }
            GlucoseReading newest = history.peekLast();
            while (!history.isEmpty() && (history.size() > HISTORY_SIZE || newest != null
                    && history.peekFirst().timestamp().isBefore(newest.timestamp().minus(HISTORY_SPAN)))) {
                history.removeFirst();
            }
        }
    }

    private void takeFromBridge() {
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.no-bridge");
            return;
        }
        if (bridge.getStatus() != ThingStatus.ONLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            return;
        }
        Map<String, Patient> known = bridge.getHandler() instanceof CloudBridgeHandler cloud ? cloud.lastPatients()
                : null;
        if (known == null) {
            updateStatus(ThingStatus.UNKNOWN);
        } else {
            patientUpdated(known.get(patientId));
        }
    }

    private void publishIfNew(@Nullable GlucoseReading reading) {
        GlucoseReading previous = published;
        if (reading == null) {
            if (previous == null) {
                PatientStates.of(null, targetRange, timeZoneProvider.getTimeZone()).forEach(this::updateState);
            }
            // a reading missing from one answer does not blank the last good one
            return;
        }
        if (previous != null && !reading.timestamp().isAfter(previous.timestamp())) {
            return;
        }
        published = reading;
        PatientStates.of(reading, targetRange, timeZoneProvider.getTimeZone()).forEach(this::updateState);
    }

    private void updateSensorProperties(@Nullable Sensor sensor) {
        if (sensor == null) {
            return;
        }
        Map<String, String> properties = new HashMap<>(editProperties());
        properties.put(PROPERTY_SENSOR_SERIAL, sensor.serialNumber());
        if (!sensor.model().isEmpty()) {
            properties.put(PROPERTY_SENSOR_MODEL, sensor.model());
        }
        Instant activated = sensor.activated();
        if (activated != null) {
            properties.put(PROPERTY_SENSOR_ACTIVATED, activated.toString());
        }
        if (!properties.equals(editProperties())) {
            updateProperties(properties);
        }
    }
}
