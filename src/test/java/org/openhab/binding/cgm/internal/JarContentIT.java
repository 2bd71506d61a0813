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

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The jar that {@code mvn package} builds is a drop-in openHAB bundle: no openHAB Core class and no library inside,
 * openHAB imported for 4.3 up to 6, Java 17 bytecode, DS components and OH-INF resources present.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class JarContentIT {

    private @org.eclipse.jdt.annotation.Nullable JarFile jar;

    @BeforeEach
    void open() throws IOException {
        String location = System.getProperty("cgm.jar");
        assertNotNull(location, "failsafe passes the jar location");
        assertTrue(Files.isRegularFile(Path.of(location)), location);
        jar = new JarFile(location);
    }

    @AfterEach
    void close() throws IOException {
        JarFile current = jar;
        if (current != null) {
            current.close();
        }
    }

    private JarFile jar() {
        JarFile current = jar;
        assertNotNull(current);
        return current;
    }

    private List<String> entries() {
        return Collections.list(jar().entries()).stream().map(JarEntry::getName).toList();
    }

    @Test
    void shipsNoOpenHabCoreClassAndNoEmbeddedLibrary() {
        List<String> foreign = entries().stream().filter(name -> name.endsWith(".class") || name.endsWith(".jar"))
                .filter(name -> !name.startsWith("org/openhab/binding/cgm/")).toList();
        assertEquals(List.of(), foreign);
        assertTrue(entries().stream().noneMatch(name -> name.startsWith("org/openhab/core/")));
        assertTrue(entries().stream().anyMatch(name -> name.endsWith("CgmHandlerFactory.class")));
    }

    @Test
    void importsOpenHabFrom43To6AndTheRuntimeLibraries() throws IOException {
        Attributes manifest = jar().getManifest().getMainAttributes();
        assertEquals("org.openhab.binding.cgm", manifest.getValue("Bundle-SymbolicName"));
        String imports = manifest.getValue("Import-Package");
        assertNotNull(imports);
        List<String> openhab = clauses(imports).stream().filter(c -> c.startsWith("org.openhab.")).toList();
        assertFalse(openhab.isEmpty());
        for (String clause : openhab) {
            assertTrue(clause.startsWith("org.openhab.core."), clause);
            assertTrue(clause.contains("version=\"[4.3,6)\""), clause);
        }
        for (String library : List.of("com.google.gson", "org.eclipse.jetty.client", "org.slf4j")) {
            assertTrue(imports.contains(library + ";"), library + " imported: " + imports);
        }
        assertFalse(imports.contains("org.openhab.binding"), "nothing of ours is imported");
        for (String console : List.of("org.openhab.core.io.console", "org.openhab.core.io.console.extensions")) {
            assertTrue(openhab.stream().anyMatch(c -> c.startsWith(console + ";")), console + " imported: " + imports);
        }
    }

    @Test
    void needsNoJettyPackageToResolve() throws IOException {
        String imports = jar().getManifest().getMainAttributes().getValue("Import-Package");
        assertNotNull(imports);
        List<String> jetty = clauses(imports).stream().filter(c -> c.startsWith("org.eclipse.jetty.")).toList();
        assertFalse(jetty.isEmpty(), "Jetty 9 is used where openHAB has it");
        for (String clause : jetty) {
            assertTrue(clause.contains("resolution:=optional"), clause);
        }
        for (String clause : clauses(imports)) {
            String name = clause.split(";", 2)[0];
            boolean optional = clause.contains("resolution:=optional");
            assertTrue(optional || name.startsWith("org.openhab.core.") || name.startsWith("com.google.gson")
                    || "org.slf4j".equals(name) || name.startsWith("javax.crypto") || "org.osgi.framework".equals(name),
                    "required import " + clause);
        }
        assertFalse(imports.contains("javax.measure") || imports.contains("tech.units"),
                "the main code uses no unit library: " + imports);
    }

    @Test
    void onlyTheJettyTransportLinksJetty() throws IOException {
        List<String> linking = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar().entries())) {
            if (entry.getName().endsWith(".class")) {
                try (InputStream in = jar().getInputStream(entry)) {
                    if (new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("org/eclipse/jetty/")) {
                        linking.add(entry.getName());
                    }
                }
            }
        }
        // the factory names them but loads them only once the Jetty 9 client API is known to be there
        assertEquals(
                List.of("org/openhab/binding/cgm/internal/SharedJettyTransport.class",
                        "org/openhab/binding/cgm/internal/client/JettyTransport.class"),
                linking.stream().sorted().toList());
    }

    @Test
    void carriesTheDeclarativeServicesComponents() throws IOException {
        String services = jar().getManifest().getMainAttributes().getValue("Service-Component");
        assertNotNull(services);
        assertTrue(services.contains("OSGI-INF/org.openhab.binding.cgm.internal.CgmHandlerFactory.xml"));
        String factory = read("OSGI-INF/org.openhab.binding.cgm.internal.CgmHandlerFactory.xml");
        assertTrue(factory.contains("org.openhab.core.thing.binding.ThingHandlerFactory"));
        assertTrue(factory.contains("org.openhab.core.io.net.http.HttpClientFactory"));
        assertTrue(factory.contains("org.openhab.core.i18n.TimeZoneProvider"));
        assertTrue(factory.contains("org.openhab.core.storage.StorageService"));
        assertTrue(factory.contains("configuration-pid=\"binding.cgm\""));
        String discovery = read("OSGI-INF/org.openhab.binding.cgm.internal.discovery.PatientDiscoveryService.xml");
        assertTrue(discovery.contains("scope=\"prototype\""), discovery);
        String console = read("OSGI-INF/org.openhab.binding.cgm.internal.console.CgmConsoleCommandExtension.xml");
        assertTrue(console.contains("org.openhab.core.io.console.extensions.ConsoleCommandExtension"), console);
        assertTrue(console.contains("org.openhab.binding.cgm.internal.handler.CgmHandlers"), console);
        assertTrue(factory.contains("org.openhab.binding.cgm.internal.handler.CgmHandlers"), factory);
    }

    @Test
    void carriesTheOhInfResources() {
        for (String resource : List.of("OH-INF/addon/addon.xml", "OH-INF/thing/librelinkup.xml",
                "OH-INF/thing/patient.xml", "OH-INF/thing/dexcom.xml", "OH-INF/thing/demo.xml",
                "OH-INF/config/config.xml", "OH-INF/i18n/cgm.properties", "OH-INF/i18n/cgm_de.properties",
                "OH-INF/update/patient.xml")) {
            assertNotNull(jar().getEntry(resource), resource);
        }
    }

    @Test
    void everyClassIsJava17Bytecode() throws IOException {
        for (JarEntry entry : Collections.list(jar().entries())) {
            if (entry.getName().endsWith(".class")) {
                try (DataInputStream in = new DataInputStream(jar().getInputStream(entry))) {
                    assertEquals(0xCAFEBABE, in.readInt());
                    in.readUnsignedShort();
                    assertEquals(61, in.readUnsignedShort(), entry.getName());
                }
            }
        }
    }

    /** The clauses of a manifest header: split at commas outside quotes. */
    private static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().trim());
        return clauses;
    }

    private String read(String name) throws IOException {
        JarEntry entry = jar().getJarEntry(name);
        assertNotNull(entry, name);
        try (InputStream in = jar().getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
