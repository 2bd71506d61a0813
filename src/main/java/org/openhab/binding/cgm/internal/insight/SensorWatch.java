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
package org.openhab.binding.cgm.internal.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Sensor life events: SENSOR_STARTED for a new serial number, SENSOR_ENDING and SENSOR_ENDED once per sensor. The
 * first sensor after a start is observed silently (its state may have been announced before the restart); a new
 * sensor starts afresh, and its own first states do fire.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class SensorWatch {

    private final Duration warning;
    private @Nullable SensorInfo info;
    private @Nullable String serial;
    private boolean silent = true;
    private boolean endingAnnounced;
    private boolean endedAnnounced;
    private SensorLife life = SensorLife.UNKNOWN;

    SensorWatch(Duration warning) {
        this.warning = warning;
    }

    /**
     * Takes the sensor the cloud reports now. Null means the cloud names none at the moment: the state is UNKNOWN,
     * but the serial number is remembered, so that the same sensor coming back is not a new one. {@link #judge}
     * tells its life.
     */
    void seen(@Nullable SensorInfo newInfo, List<GlucoseEvent> events) {
        info = newInfo;
        if (newInfo != null && !newInfo.serial().equals(serial)) {
            if (serial != null) {
                events.add(GlucoseEvent.SENSOR_STARTED);
                silent = false;
            }
            serial = newInfo.serial();
            endingAnnounced = false;
            endedAnnounced = false;
        }
    }

    /** The life of the last sensor seen, at {@code now}. */
    SensorLife judge(Instant now, List<GlucoseEvent> events) {
        life = SensorLife.of(info, now, warning);
        if (life.state() == SensorState.ENDED && !endedAnnounced) {
            endedAnnounced = true;
            endingAnnounced = true;
            announce(GlucoseEvent.SENSOR_ENDED, events);
        } else if (life.state() == SensorState.ENDING && !endingAnnounced) {
            endingAnnounced = true;
            announce(GlucoseEvent.SENSOR_ENDING, events);
        }
        if (life.state() != SensorState.UNKNOWN) {
            silent = false;
        }
        return life;
    }

    boolean warmingUp() {
        return life.state() == SensorState.WARMING_UP;
    }

    private void announce(GlucoseEvent event, List<GlucoseEvent> events) {
        if (!silent) {
            events.add(event);
        }
    }
}
