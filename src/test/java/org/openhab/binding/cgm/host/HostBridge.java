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
package org.openhab.binding.cgm.host;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;

/**
 * A bridge as the stand-in host keeps it, with its child things.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class HostBridge extends HostThing implements Bridge {

    private final List<Thing> things = new CopyOnWriteArrayList<>();

    public HostBridge(ThingTypeUID typeUID, ThingUID uid, Configuration configuration) {
        super(typeUID, uid, null, configuration);
    }

    void addChild(Thing thing) {
        things.add(thing);
    }

    void removeChild(Thing thing) {
        things.remove(thing);
    }

    @Override
    public @Nullable Thing getThing(ThingUID thingUID) {
        return things.stream().filter(t -> t.getUID().equals(thingUID)).findFirst().orElse(null);
    }

    @Override
    public List<Thing> getThings() {
        return List.copyOf(things);
    }

    @Override
    public @Nullable BridgeHandler getHandler() {
        return (BridgeHandler) super.getHandler();
    }
}
