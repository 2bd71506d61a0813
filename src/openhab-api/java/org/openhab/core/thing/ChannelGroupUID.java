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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/** Compile-only stand-in declaration of the openHAB Core type {@code ChannelGroupUID} (not shipped). */
@NonNullByDefault
public class ChannelGroupUID extends UID {

    ChannelGroupUID() {
    }

    public ChannelGroupUID(String channelGroupUid) {
        super(channelGroupUid);
    }

    public ChannelGroupUID(ThingUID thingUID, String id) {
        super(append(thingUID, id));
    }

    private static List<String> append(ThingUID thingUID, String last) {
        List<String> all = new ArrayList<>(thingUID.getAllSegments());
        all.add(last);
        return all;
    }

    public String getId() {
        List<String> all = getAllSegments();
        return all.get(all.size() - 1);
    }

    @Override
    protected int getMinimalNumberOfSegments() {
        return 4;
    }

    public ThingUID getThingUID() {
        List<String> all = getAllSegments();
        return new ThingUID(all.subList(0, all.size() - 1).toArray(new String[0]));
    }
}
