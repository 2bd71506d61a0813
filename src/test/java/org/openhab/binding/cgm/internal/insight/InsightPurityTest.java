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
package org.openhab.binding.cgm.internal.insight;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The insight package stays pure: no openHAB types, no clock of its own, no threads.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class InsightPurityTest {

    private static final Path SOURCES = Path.of("src/main/java/org/openhab/binding/cgm/internal/insight");

    @Test
    void noSourceUsesOpenHabTypesClocksOrThreads() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SOURCES)) {
            files = listing.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(files.size() > 10, "found the sources: " + files.size());
        for (Path file : files) {
            String source = Files.readString(file);
            for (String forbidden : List.of("org.openhab.core", "java.time.Clock", "Instant.now(", "new Thread",
                    "Thread.sleep", "java.util.Timer", "java.util.concurrent", "System.currentTimeMillis")) {
                assertFalse(source.contains(forbidden), file.getFileName() + " uses " + forbidden);
            }
            assertTrue(source.contains("@NonNullByDefault"), file.getFileName() + " lacks @NonNullByDefault");
        }
    }
}
