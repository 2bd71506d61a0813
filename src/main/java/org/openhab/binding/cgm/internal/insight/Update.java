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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.model.GlucoseReading;

/**
 * What changed for a patient at one call of {@link PatientInsight}.
 *
 * @param current the reading that became current in this call, null when none did (then the reading channels keep
 *            what they show)
 * @param backfill readings this call put into the history other than {@code current}, oldest first: older ones that
 *            fill gaps, and those a newer one of the same batch passed over; for the handler's time series
 * @param freshness age of the newest reading, and whether it is stale
 * @param sensor the sensor's life now
 * @param events what to trigger, in order
 * @param statisticsDue true when {@link PatientInsight#statistics} was not asked for 5 minutes, or this call brought
 *            past readings
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Update(@Nullable CurrentReading current, List<GlucoseReading> backfill, Freshness freshness,
        SensorLife sensor, List<GlucoseEvent> events, boolean statisticsDue) {
}
