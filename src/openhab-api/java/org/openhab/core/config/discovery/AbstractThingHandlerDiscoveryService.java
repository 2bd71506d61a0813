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

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;

/** Compile-only stand-in declaration of openHAB Core's {@code AbstractThingHandlerDiscoveryService} (not shipped). */
@NonNullByDefault
public abstract class AbstractThingHandlerDiscoveryService<T extends ThingHandler> extends AbstractDiscoveryService
        implements ThingHandlerService {

    private final Class<T> thingClazz;
    private boolean backgroundDiscoveryEnabled;

    protected @NonNullByDefault({}) T thingHandler = (@NonNull T) null;

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        super(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, scanInputLabel, scanInputDescription);
        this.thingClazz = thingClazz;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout, boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, @Nullable Set<ThingTypeUID> supportedThingTypes,
            int timeout) throws IllegalArgumentException {
        this(thingClazz, supportedThingTypes, timeout, true);
    }

    protected AbstractThingHandlerDiscoveryService(Class<T> thingClazz, int timeout) throws IllegalArgumentException {
        this(thingClazz, null, timeout);
    }

    @Override
    protected abstract void startScan();

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (!thingClazz.isAssignableFrom(handler.getClass())) {
            throw new IllegalArgumentException(
                    "Expected class is " + thingClazz + " but the parameter has class " + handler.getClass());
        }
        thingHandler = thingClazz.cast(handler);
    }

    /** 4.3 return type; 5.1+ declares {@code T} (same erasure), so do not override this in bindings. */
    @Override
    public @Nullable ThingHandler getThingHandler() {
        return thingHandler;
    }

    @Override
    public void activate(@Nullable Map<String, Object> config) {
        // as in 4.3: no background start here, initialize() does it once the handler is set
        if (config != null) {
            backgroundDiscoveryEnabled = flag(config, backgroundDiscoveryEnabled);
        }
    }

    @Override
    public void modified(@Nullable Map<String, Object> config) {
        if (config != null) {
            boolean enabled = flag(config, backgroundDiscoveryEnabled);
            if (backgroundDiscoveryEnabled && !enabled) {
                stopBackgroundDiscovery();
            } else if (!backgroundDiscoveryEnabled && enabled) {
                startBackgroundDiscovery();
            }
            backgroundDiscoveryEnabled = enabled;
        }
    }

    @Override
    public void deactivate() {
        // as in 4.3: background discovery is stopped by dispose()
    }

    @Override
    public void initialize() {
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    @Override
    public void dispose() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    private static boolean flag(Map<String, Object> config, boolean fallback) {
        Object value = config.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof String s ? Boolean.parseBoolean(s) : fallback;
    }
}
