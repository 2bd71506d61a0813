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
package org.openhab.binding.cgm.internal.testutil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How discovery results reach the inbox: at once, as openHAB 4.3 delivers them, or handed over through an executor,
 * as openHAB 5.x does (its AbstractDiscoveryService passes each result to the listener through the "discovery"
 * thread pool). The stand-in host takes the mode from the system property {@value #PROPERTY} ({@code 4.3} or
 * {@code 5}, 5 by default); {@code mvn verify} runs the host tests in both.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public enum DiscoveryDelivery {

    /** openHAB 4.3: the listener hears of a result in the thread that found it, before thingDiscovered returns. */
    AT_ONCE,
    /** openHAB 5.x: the listener hears of it in a task of the executor, here one the test controls. */
    THROUGH_EXECUTOR;

    public static final String PROPERTY = "cgm.discovery";

    public static DiscoveryDelivery configured() {
        return parse(System.getProperty(PROPERTY));
    }

    public static DiscoveryDelivery parse(@Nullable String value) {
        String mode = value == null || value.isBlank() ? "5" : value.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "4.3", "at-once" -> AT_ONCE;
            case "5", "executor" -> THROUGH_EXECUTOR;
            default -> throw new IllegalArgumentException(PROPERTY + " is 4.3 or 5, not " + value);
        };
    }

    /**
     * What openHAB's "discovery" pool is to be in this mode: the test's executor itself, or a view of it whose
     * {@code execute} runs the task at once (scheduled tasks, such as a scan's timeout, still go to the executor).
     */
    public ScheduledExecutorService discoveryPool(ScheduledExecutorService executor) {
        if (this == THROUGH_EXECUTOR) {
            return executor;
        }
        return (ScheduledExecutorService) Proxy.newProxyInstance(DiscoveryDelivery.class.getClassLoader(),
                new Class<?>[] { ScheduledExecutorService.class }, (proxy, method, args) -> {
                    if ("execute".equals(method.getName())) {
                        ((Runnable) args[0]).run();
                        return null;
                    }
                    try {
                        return method.invoke(executor, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
