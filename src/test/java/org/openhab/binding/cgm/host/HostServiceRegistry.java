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

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.thing.binding.BaseThingHandlerFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.ComponentContext;

/**
 * Just enough of OSGi for the stand-in host: activates a handler factory the way Declarative Services does (its
 * {@code activate(ComponentContext)}), and hands each service the factory registers, such as a discovery service,
 * to the host, as openHAB's discovery registry receives it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class HostServiceRegistry {

    private HostServiceRegistry() {
    }

    /**
     * @param registered receives each registered service; the returned action runs when it is unregistered
     */
    static ComponentContext activate(BaseThingHandlerFactory factory, Registrar registered) {
        // what the real BaseThingHandlerFactory asks of it: service trackers for the thing type and config
        // description registries (a filter, a service listener, the current references), and registrations
        BundleContext bundleContext = proxy(BundleContext.class, (method, args) -> switch (method.getName()) {
            case "createFilter" -> FrameworkUtil.createFilter((String) args[0]);
            case "addServiceListener", "removeServiceListener" -> null;
            case "getServiceReference", "getServiceReferences", "getAllServiceReferences" -> null;
            case "registerService" -> {
                Runnable onUnregister = registered.register(args[1]);
                yield proxy(ServiceRegistration.class, (m, a) -> {
                    if ("unregister".equals(m.getName())) {
                        onUnregister.run();
                    }
                    return null;
                });
            }
            default -> throw new UnsupportedOperationException("BundleContext." + method.getName());
        });
        ComponentContext componentContext = proxy(ComponentContext.class, (method, args) -> {
            if ("getBundleContext".equals(method.getName())) {
                return bundleContext;
            }
            throw new UnsupportedOperationException("ComponentContext." + method.getName());
        });
        call(factory, "activate", componentContext);
        return componentContext;
    }

    /** As SCR when the bundle stops: the factory closes its trackers and unregisters what it registered. */
    static void deactivate(BaseThingHandlerFactory factory, ComponentContext componentContext) {
        call(factory, "deactivate", componentContext);
    }

    private static void call(BaseThingHandlerFactory factory, String name, ComponentContext componentContext) {
        try {
            // SCR calls the protected activate and deactivate methods reflectively; so does this stand-in
            Method method = BaseThingHandlerFactory.class.getDeclaredMethod(name, ComponentContext.class);
            method.setAccessible(true);
            method.invoke(factory, componentContext);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot " + name + " " + factory, e);
        }
    }

    /** Receives a registered service and says what to do when it is unregistered. */
    interface Registrar {
        Runnable register(Object service);
    }

    private interface Answer {
        @Nullable
        Object answer(Method method, Object[] args) throws Exception;
    }

    // a proxy's equals is identity: the proxy is only equal to itself (equals() here would call this handler again)
    @SuppressWarnings({ "unchecked", "PMD.CompareObjectsWithEquals" })
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(HostServiceRegistry.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "stand-in " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> answer.answer(method, args == null ? new Object[0] : args);
                });
    }
}
