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
package org.openhab.binding.cgm.internal;

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Clock;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.handler.CgmHandlers;
import org.openhab.binding.cgm.internal.handler.CgmRuntime;
import org.openhab.binding.cgm.internal.handler.DemoBridgeHandler;
import org.openhab.binding.cgm.internal.handler.DexcomBridgeHandler;
import org.openhab.binding.cgm.internal.handler.LibreLinkUpBridgeHandler;
import org.openhab.binding.cgm.internal.handler.PatientHandler;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Creates the handlers of the CGM binding.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.cgm", service = ThingHandlerFactory.class)
public class CgmHandlerFactory extends BaseThingHandlerFactory {

    private static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_LIBRELINKUP, THING_TYPE_DEXCOM,
            THING_TYPE_DEMO, THING_TYPE_PATIENT);

    private final CgmRuntime runtime;
    private final CgmHandlers handlers;

    @Activate
    public CgmHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference TimeZoneProvider timeZoneProvider, @Reference StorageService storageService,
            @Reference CgmHandlers handlers) {
        this(new CgmRuntime(httpClientFactory.getCommonHttpClient(), timeZoneProvider, Clock.systemUTC(), null,
                RandomGenerator.getDefault(), CgmRuntime.DEFAULT_HTTP_TIMEOUT,
                new AccountMemory(storageService, Clock.systemUTC())), handlers);
    }

    /** For hosts that bring their own HTTP client, clock and executor: the stand-in host and tests. */
    public CgmHandlerFactory(CgmRuntime runtime) {
        this(runtime, new CgmHandlers());
    }

    public CgmHandlerFactory(CgmRuntime runtime, CgmHandlers handlers) {
        this.runtime = runtime;
        this.handlers = handlers;
    }

    /** The handlers this factory made and has not removed. */
    public CgmHandlers handlers() {
        return handlers;
    }

    @Override
    public boolean supportsThingType(ThingTypeUID thingTypeUID) {
        return SUPPORTED_THING_TYPES.contains(thingTypeUID);
    }

    @Override
    protected @Nullable ThingHandler createHandler(Thing thing) {
        ThingHandler handler = newHandler(thing);
        if (handler != null) {
            handlers.added(handler);
        }
        return handler;
    }

    @Override
    protected void removeHandler(ThingHandler thingHandler) {
        handlers.removed(thingHandler);
    }

    private @Nullable ThingHandler newHandler(Thing thing) {
        ThingTypeUID type = thing.getThingTypeUID();
        if (THING_TYPE_LIBRELINKUP.equals(type) && thing instanceof Bridge bridge) {
            return new LibreLinkUpBridgeHandler(bridge, runtime);
        }
        if (THING_TYPE_DEXCOM.equals(type) && thing instanceof Bridge bridge) {
            return new DexcomBridgeHandler(bridge, runtime);
        }
        if (THING_TYPE_DEMO.equals(type) && thing instanceof Bridge bridge) {
            return new DemoBridgeHandler(bridge, runtime);
        }
        if (THING_TYPE_PATIENT.equals(type)) {
            return new PatientHandler(thing, runtime);
        }
        return null;
    }
}
