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
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.JdkTransport;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.handler.CgmHandlers;
import org.openhab.binding.cgm.internal.handler.CgmRuntime;
import org.openhab.binding.cgm.internal.handler.DemoBridgeHandler;
import org.openhab.binding.cgm.internal.handler.DexcomBridgeHandler;
import org.openhab.binding.cgm.internal.handler.LibreLinkUpBridgeHandler;
import org.openhab.binding.cgm.internal.handler.NightscoutBridgeHandler;
import org.openhab.binding.cgm.internal.handler.PatientHandler;
import org.openhab.binding.cgm.internal.handler.Speech;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.storage.StorageService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerFactory;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the handlers of the CGM binding.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(configurationPid = "binding.cgm", service = ThingHandlerFactory.class)
public class CgmHandlerFactory extends BaseThingHandlerFactory {

    private static final Set<ThingTypeUID> SUPPORTED_THING_TYPES = Set.of(THING_TYPE_LIBRELINKUP, THING_TYPE_DEXCOM,
            THING_TYPE_NIGHTSCOUT, THING_TYPE_DEMO, THING_TYPE_PATIENT);

    /** A class of each Jetty 9 client package the Jetty transport links; Jetty 12 (openHAB 5.3) has none. */
    private static final List<String> JETTY_9_CLIENT_API = List.of("org.eclipse.jetty.client.HttpClient",
            "org.eclipse.jetty.client.api.ContentResponse", "org.eclipse.jetty.client.util.StringContentProvider",
            "org.eclipse.jetty.http.HttpField");

    private final CgmRuntime runtime;
    private final CgmHandlers handlers;
    private final @Nullable Speech speech;

    @Activate
    public CgmHandlerFactory(@Reference HttpClientFactory httpClientFactory,
            @Reference TimeZoneProvider timeZoneProvider, @Reference StorageService storageService,
            @Reference CgmHandlers handlers, @Reference TranslationProvider translationProvider,
            @Reference LocaleProvider localeProvider) {
        this(new CgmRuntime(transport(httpClientFactory, CgmRuntime.DEFAULT_HTTP_TIMEOUT), timeZoneProvider,
                Clock.systemUTC(), null, RandomGenerator.getDefault(),
                new AccountMemory(storageService, Clock.systemUTC())), handlers,
                Speech.of(translationProvider, localeProvider, FrameworkUtil.getBundle(CgmHandlerFactory.class)));
    }

    /** For hosts that bring their own transport, clock and executor: the stand-in host and tests. */
    public CgmHandlerFactory(CgmRuntime runtime) {
        this(runtime, new CgmHandlers());
    }

    public CgmHandlerFactory(CgmRuntime runtime, CgmHandlers handlers) {
        this(runtime, handlers, null);
    }

    /** @param speech the binding's translations, for the sentences it says; null: no summary channel */
    public CgmHandlerFactory(CgmRuntime runtime, CgmHandlers handlers, @Nullable Speech speech) {
        this.runtime = runtime;
        this.handlers = handlers;
        this.speech = speech;
    }

    /**
     * Chosen once: openHAB's shared Jetty client where the Jetty 9 client API is there (openHAB 4.3 to 5.2), the JDK
     * client where it is not. Jetty's packages are optional imports, and no class that links them is loaded unless
     * they resolved.
     */
    static Transport transport(HttpClientFactory httpClientFactory, Duration timeout) {
        Logger logger = LoggerFactory.getLogger(CgmHandlerFactory.class);
        if (jetty9ClientPresent()) {
            logger.debug("HTTP through openHAB's shared Jetty 9 client");
            return SharedJettyTransport.of(httpClientFactory, timeout);
        }
        logger.debug("No Jetty 9 client API in this openHAB: HTTP through the JDK's client");
        return new JdkTransport(timeout);
    }

    private static boolean jetty9ClientPresent() {
        ClassLoader loader = CgmHandlerFactory.class.getClassLoader();
        try {
            for (String name : JETTY_9_CLIENT_API) {
                Class.forName(name, false, loader);
            }
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
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
        if (THING_TYPE_NIGHTSCOUT.equals(type) && thing instanceof Bridge bridge) {
            return new NightscoutBridgeHandler(bridge, runtime);
        }
        if (THING_TYPE_DEMO.equals(type) && thing instanceof Bridge bridge) {
            return new DemoBridgeHandler(bridge, runtime);
        }
        if (THING_TYPE_PATIENT.equals(type)) {
            return new PatientHandler(thing, runtime, speech);
        }
        return null;
    }
}
