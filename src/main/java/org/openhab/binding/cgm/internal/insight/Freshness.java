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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How old the newest reading is.
 *
 * @param readingAge now minus the newest reading's time, never negative; null while no reading is known (the handler
 *            shows both channels as undefined then)
 * @param stale true when the newest reading is older than {@code staleAfter}, except while a sensor warms up
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record Freshness(@Nullable Duration readingAge, boolean stale) {

    public static final Freshness UNKNOWN = new Freshness(null, false);
}
