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
package org.openhab.core.thing.binding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.type.ThingType;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compile-only stand-in declaration of the openHAB Core type {@code BaseThingHandlerFactory} (not shipped). */
@NonNullByDefault
public abstract class BaseThingHandlerFactory implements ThingHandlerFactory {

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandlerFactory.class);

    protected @NonNullByDefault({}) BundleContext bundleContext;

    private final Map<ThingUID, Set<HandlerService>> services = new ConcurrentHashMap<>();

    // as the real factory, it tracks the thing type and config description registries (by class name here: the
    // declarations do not carry the registries)
    private @Nullable ServiceTracker<Object, Object> thingTypeRegistryTracker;
    private @Nullable ServiceTracker<Object, Object> configDescriptionRegistryTracker;

    protected void activate(ComponentContext componentContext) {
        bundleContext = componentContext.getBundleContext();
        thingTypeRegistryTracker = openTracker("org.openhab.core.thing.type.ThingTypeRegistry");
        configDescriptionRegistryTracker = openTracker("org.openhab.core.config.core.ConfigDescriptionRegistry");
    }

    private ServiceTracker<Object, Object> openTracker(String className) {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(bundleContext, className, null);
        tracker.open();
        return tracker;
    }

    protected void deactivate(ComponentContext componentContext) {
        services.values().forEach(set -> set.forEach(HandlerService::dispose));
        services.clear();
        ServiceTracker<Object, Object> tracker = thingTypeRegistryTracker;
        if (tracker != null) {
            tracker.close();
        }
        tracker = configDescriptionRegistryTracker;
        if (tracker != null) {
            tracker.close();
        }
        bundleContext = null;
    }

    protected BundleContext getBundleContext() {
        BundleContext context = bundleContext;
        if (context == null) {
            throw new IllegalStateException(
                    "The bundle context is missing (it seems your thing handler factory is used but not active).");
        }
        return context;
    }

    @Override
    public ThingHandler registerHandler(Thing thing) {
        ThingHandler handler = createHandler(thing);
        if (handler == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " could not create a handler for the thing '"
                    + thing.getUID() + "'.");
        }
        if (thing instanceof Bridge && !(handler instanceof BridgeHandler)) {
            throw new IllegalStateException(
                    "Created handler of bridge '" + thing.getUID() + "' must implement the BridgeHandler interface.");
        }
        // like the real factory, the handler is NOT set on the thing here (openHAB's ThingManager does that)
        for (Class<? extends ThingHandlerService> type : handler.getServices()) {
            if (!ThingHandlerService.class.isAssignableFrom(type)) {
                logger.warn("Should register service={} for thingUID={}, but it does not implement the interface "
                        + "ThingHandlerService.",
                        type.getCanonicalName(), thing.getUID());
                continue;
            }
            startService(thing.getUID(), handler, type);
        }
        return handler;
    }

    private <S extends ThingHandlerService> void startService(ThingUID thingUID, ThingHandler handler, Class<S> type) {
        BundleContext context = bundleContext;
        HandlerService service;
        ServiceReference<S> reference = context == null ? null : context.getServiceReference(type);
        if (context != null && reference != null) {
            ServiceObjects<S> objects = context.getServiceObjects(reference);
            service = new HandlerService(objects.getService(), objects);
        } else {
            try {
                service = new HandlerService(type.getConstructor().newInstance(), null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                logger.warn("Could not register service for class={}", type.getCanonicalName(), e);
                return;
            }
        }
        service.instance.setThingHandler(handler);
        if (context != null) {
            // published under every interface except ThingHandlerService itself; skipped without a bundle context
            List<String> names = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Class<?> i : c.getInterfaces()) {
                    String name = i.getCanonicalName();
                    if (name != null && i != ThingHandlerService.class && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            if (!names.isEmpty()) {
                service.registration = context.registerService(names.toArray(new String[0]), service.instance, null);
            }
        }
        service.instance.initialize();
        services.computeIfAbsent(thingUID, uid -> new HashSet<>()).add(service);
    }

    protected abstract @Nullable ThingHandler createHandler(Thing thing);

    @Override
    public void unregisterHandler(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            removeHandler(handler);
        }
        Set<HandlerService> started = services.remove(thing.getUID());
        if (started != null) {
            started.forEach(HandlerService::dispose);
        }
    }

    protected void removeHandler(ThingHandler thingHandler) {
    }

    @Override
    public void removeThing(ThingUID thingUID) {
    }

    /** Null while no thing type registry is tracked, as the real one; the declarations have no registry. */
    protected @Nullable ThingType getThingTypeByUID(ThingTypeUID thingTypeUID) {
        ServiceTracker<Object, Object> tracker = thingTypeRegistryTracker;
        if (tracker == null) {
            throw new IllegalStateException("Base thing handler factory has not been properly initialized. "
                    + "Did you forget to call super.activate()?");
        }
        if (tracker.getService() != null) {
            throw new UnsupportedOperationException("no thing type registry in the declarations");
        }
        return null;
    }

    protected @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration, ThingUID thingUID) {
        return createThing(thingTypeUID, configuration, thingUID, null);
    }

    @Override
    public @Nullable Thing createThing(ThingTypeUID thingTypeUID, Configuration configuration,
            @Nullable ThingUID thingUID, @Nullable ThingUID bridgeUID) {
        ThingType type = getThingTypeByUID(thingTypeUID);
        if (type != null) {
            throw new UnsupportedOperationException("not in the stand-in");
        }
        return null;
    }

    /** A started ThingHandlerService and what must be released when it is disposed. */
    private static final class HandlerService {
        final ThingHandlerService instance;
        final @Nullable ServiceObjects<? extends ThingHandlerService> objects;
        @Nullable
        ServiceRegistration<?> registration;

        <S extends ThingHandlerService> HandlerService(S instance, @Nullable ServiceObjects<S> objects) {
            this.instance = instance;
            this.objects = objects;
        }

        @SuppressWarnings("unchecked")
        void dispose() {
            instance.dispose();
            ServiceRegistration<?> reg = registration;
            if (reg != null) {
                reg.unregister();
            }
            ServiceObjects<ThingHandlerService> objs = (ServiceObjects<ThingHandlerService>) objects;
            if (objs != null) {
                objs.ungetService(instance);
            }
        }
    }
}
