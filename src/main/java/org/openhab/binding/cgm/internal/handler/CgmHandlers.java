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
package org.openhab.binding.cgm.internal.handler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.osgi.service.component.annotations.Component;

/**
 * The handlers the binding's factory has made and not yet removed, so that the console can show them without the
 * openHAB thing registry.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = CgmHandlers.class)
public class CgmHandlers {

    private final Map<ThingUID, ThingHandler> handlers = new ConcurrentHashMap<>();

    public void added(ThingHandler handler) {
        handlers.put(handler.getThing().getUID(), handler);
    }

    public void removed(ThingHandler handler) {
        handlers.remove(handler.getThing().getUID(), handler);
    }

    /** The account bridges, ordered by thing UID. */
    public List<CloudBridgeHandler> bridges() {
        return handlers.values().stream().filter(CloudBridgeHandler.class::isInstance)
                .map(CloudBridgeHandler.class::cast)
                .sorted(Comparator.comparing(h -> h.getThing().getUID().getAsString())).toList();
    }

    public @Nullable ThingHandler get(ThingUID uid) {
        return handlers.get(uid);
    }
}
