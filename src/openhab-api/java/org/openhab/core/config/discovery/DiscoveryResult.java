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
package org.openhab.core.config.discovery;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** Compile-only stand-in declaration of the openHAB Core type {@code DiscoveryResult} (not shipped). */
@NonNullByDefault
public interface DiscoveryResult {

    long TTL_UNLIMITED = -1;

    ThingUID getThingUID();

    ThingTypeUID getThingTypeUID();

    String getBindingId();

    Map<String, Object> getProperties();

    @Nullable
    String getRepresentationProperty();

    DiscoveryResultFlag getFlag();

    String getLabel();

    @Nullable
    ThingUID getBridgeUID();

    // getTimestamp() (long, 4.3) is left out: 5.0 replaced it by getCreationTime() (Instant)

    long getTimeToLive();

    default void normalizePropertiesOnConfigDescription(List<String> configurationParameters) {
    }
}
