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

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.jar.JarFile;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.core.io.net.http.HttpClientFactory;

/**
 * openHAB 5.3 has no Jetty 9 client API: the factory must then choose the JDK's client without loading any class
 * that links Jetty. Run here in a class loader that sees the whole test class path (the binding, openHAB's classes
 * wherever they come from: the declarations in src/openhab-api or the real bundles' jars or folders, OSGi, SLF4J)
 * except every entry that holds a Jetty class.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class WithoutJettyTest {

    @Test
    void theFactoryChoosesTheJdkClientWhenJettyIsAbsent() throws Exception {
        Set<URL> locations = classPathWithoutJetty();
        assertTrue(locations.contains(location(CgmHandlerFactory.class)), "the binding is on it: " + locations);
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

    /** The JVM's class path and, where a launcher loads the tests in a class loader of its own, that loader's. */
    private static Set<URL> classPathWithoutJetty() throws IOException {
        Set<URL> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toUri().toURL());
            }
        }
        for (ClassLoader loader = WithoutJettyTest.class.getClassLoader(); loader != null; loader = loader
                .getParent()) {
            if (loader instanceof URLClassLoader urls) {
                entries.addAll(Set.of(urls.getURLs()));
            }
        }
        entries.removeIf(WithoutJettyTest::holdsJetty);
        return entries;
    }

    private static boolean holdsJetty(URL entry) {
        try {
            Path path = Path.of(entry.toURI());
            if (Files.isDirectory(path)) {
                return Files.exists(path.resolve("org/eclipse/jetty"));
            }
            if (!Files.isRegularFile(path)) {
                return false;
            }
            try (JarFile jar = new JarFile(path.toFile())) {
                return jar.stream().anyMatch(e -> e.getName().startsWith("org/eclipse/jetty/"));
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(entry.toString(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void theFactoryChoosesJettyWhereItIsPresent() {
        HttpClientFactory httpClientFactory = mock(HttpClientFactory.class);
        when(httpClientFactory.getCommonHttpClient()).thenReturn(LoopbackHttp.client());
        assertEquals("JettyTransport",
                CgmHandlerFactory.transport(httpClientFactory, Duration.ofSeconds(5)).getClass().getSimpleName());
    }
}
