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

import java.util.Collection;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/** Compile-only stand-in declaration of the openHAB Core type {@code DiscoveryListener} (not shipped). */
@NonNullByDefault
public interface DiscoveryListener {

    void thingDiscovered(DiscoveryService source, DiscoveryResult result);

    void thingRemoved(DiscoveryService source, ThingUID thingUID);

    /** 4.3 signature; 5.0 takes an {@code Instant}: implementations built for both declare both, unannotated. */
    @Nullable
    Collection<ThingUID> removeOlderResults(DiscoveryService source, long timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID);
}
