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
package org.openhab.core.thing.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;

/** Compile-only stand-in declaration of the openHAB Core type {@code BridgeImpl} (not shipped). */
@NonNullByDefault
public class BridgeImpl extends ThingImpl implements Bridge {

    private final List<Thing> things = new CopyOnWriteArrayList<>();

    public BridgeImpl(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        super(thingTypeUID, thingUID);
    }

    public void addThing(Thing thing) {
        things.add(thing);
    }

    public void removeThing(Thing thing) {
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
