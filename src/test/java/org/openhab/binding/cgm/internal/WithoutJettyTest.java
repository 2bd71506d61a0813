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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.*;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.core.io.net.http.HttpClientFactory;
import org.openhab.core.thing.ThingTypeUID;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentContext;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.LoggerFactory;

/**
 * openHAB 5.3 has no Jetty 9 client API: the factory must then choose the JDK's client without loading any class
 * that links Jetty. Run here in a class loader that sees the binding, openHAB and OSGi, but no Jetty at all.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class WithoutJettyTest {

    @Test
    void theFactoryChoosesTheJdkClientWhenJettyIsAbsent() throws Exception {
        Set<URL> locations = new LinkedHashSet<>();
        for (Class<?> anchor : new Class<?>[] { CgmHandlerFactory.class, HttpClientFactory.class, ThingTypeUID.class,
                LoggerFactory.class, BundleContext.class, ComponentContext.class, ServiceTracker.class }) {
            locations.add(anchor.getProtectionDomain().getCodeSource().getLocation());
        }
        try (URLClassLoader withoutJetty = new URLClassLoader(locations.toArray(new URL[0]),
                ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("org.eclipse.jetty.client.HttpClient", false, withoutJetty));
            Class<?> factory = Class.forName(CgmHandlerFactory.class.getName(), true, withoutJetty);
            Method transport = factory.getDeclaredMethod("transport",
                    Class.forName(HttpClientFactory.class.getName(), false, withoutJetty), Duration.class);
            transport.setAccessible(true);
            // openHAB's HttpClientFactory would hand out a Jetty 12 client there; the choice must not even ask it
            Object chosen = transport.invoke(null, null, Duration.ofSeconds(5));
            assertEquals("org.openhab.binding.cgm.internal.client.JdkTransport", chosen.getClass().getName());
        }
    }

    @Test
    void theFactoryChoosesJettyWhereItIsPresent() {
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.getCommonHttpClient()).thenReturn(LoopbackHttp.client());
        assertEquals("JettyTransport",
                CgmHandlerFactory.transport(httpClientFactory, Duration.ofSeconds(5)).getClass().getSimpleName());
    }
}
