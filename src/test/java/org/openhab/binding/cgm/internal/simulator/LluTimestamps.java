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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * LibreLinkUp's timestamp text, {@code M/d/yyyy h:mm:ss a} in en-US, e.g. {@code 5/21/2022 3:38:50 PM}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LluTimestamps {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private LluTimestamps() {
    }

    /** {@code FactoryTimestamp}: UTC. */
    public static String factory(Instant at) {
        return FORMAT.format(at.atZone(ZoneOffset.UTC));
    }

    /** {@code Timestamp}: the patient's phone-local wall time, without offset. */
    public static String phoneLocal(Instant at, ZoneId phoneZone) {
        return FORMAT.format(at.atZone(phoneZone));
    }
}
