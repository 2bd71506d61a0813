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
package org.openhab.core.thing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** Compile-only stand-in declaration of the openHAB Core type {@code ThingUID} (not shipped). */
@NonNullByDefault
public class ThingUID extends UID {

    ThingUID() {
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id) {
        super(thingTypeUID.getBindingId(), thingTypeUID.getId(), id);
    }

    public ThingUID(ThingTypeUID thingTypeUID, ThingUID bridgeUID, String id) {
        super(layout(thingTypeUID.getBindingId(), thingTypeUID.getId(), withLast(bridgeUID), id));
    }

    public ThingUID(ThingTypeUID thingTypeUID, String id, String... bridgeIds) {
        super(layout(thingTypeUID.getBindingId(), thingTypeUID.getId(), Arrays.asList(bridgeIds), id));
    }

    public ThingUID(String bindingId, String id) {
        super(bindingId, "", id);
    }

    public ThingUID(String bindingId, ThingUID bridgeUID, String id) {
        super(layout(bindingId, "", withLast(bridgeUID), id));
    }

    public ThingUID(String bindingId, String thingTypeId, String id) {
        super(bindingId, thingTypeId, id);
    }

    public ThingUID(String thingUID) {
        super(thingUID);
    }

    public ThingUID(String... segments) {
        super(segments);
    }

    // binding, type, bridge path..., id
    private static String[] layout(String bindingId, String typeId, List<String> bridgePath, String id) {
        List<String> all = new ArrayList<>();
        all.add(bindingId);
        all.add(typeId);
        all.addAll(bridgePath);
        all.add(id);
        return all.toArray(new String[0]);
    }

    private static List<String> withLast(ThingUID bridgeUID) {
        List<String> path = new ArrayList<>(bridgeUID.getBridgeIds());
        path.add(bridgeUID.getId());
        return path;
    }

    public List<String> getBridgeIds() {
        List<String> all = getAllSegments();
        return all.subList(2, all.size() - 1);
    }

    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 3;
    }
}
