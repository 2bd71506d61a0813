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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.handler.PatientStates;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The parts that must agree do: channel ids in the thing XML, the constants and the states the handler publishes;
 * status keys in the code and texts in the i18n file; the README and the channels.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ResourceConsistencyTest {

    private static final Pattern STATUS_KEY = Pattern.compile("\"((?:offline)\\.[a-z-]+\\.[a-z0-9-]+)\"");

    private static Properties i18n() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ResourceConsistencyTest.class.getResourceAsStream("/OH-INF/i18n/cgm.properties")) {
            assertNotNull(in);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> patientChannelIds() throws Exception {
        try (InputStream in = ResourceConsistencyTest.class.getResourceAsStream("/OH-INF/thing/patient.xml")) {
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList channels = document.getElementsByTagName("channel");
            Set<String> ids = new TreeSet<>();
            for (int i = 0; i < channels.getLength(); i++) {
                ids.add(channels.item(i).getAttributes().getNamedItem("id").getNodeValue());
            }
            return ids;
        }
    }

    @Test
    void thePatientChannelsAreTheConstantsAndTheStatesPublished() throws Exception {
        Set<String> constants = new TreeSet<>();
        for (Field field : CgmBindingConstants.class.getFields()) {
            if (field.getName().startsWith("CHANNEL_") && Modifier.isStatic(field.getModifiers())) {
                constants.add((String) field.get(null));
            }
        }
        assertEquals(constants, patientChannelIds());
        // every state channel has a state for a patient of whom nothing is known yet; the trigger channel has none
        Set<String> stateChannels = new TreeSet<>(constants);
        stateChannels.remove(CgmBindingConstants.CHANNEL_EVENT);
        assertEquals(stateChannels, new TreeSet<>(PatientStates.unknown().keySet()));
    }

    @Test
    void everyStatusKeyInTheCodeHasAText() throws IOException {
        Properties texts = i18n();
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = STATUS_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 15, "found the keys: " + used);
        for (String key : used) {
            assertNotNull(texts.getProperty(key), "no text for " + key);
        }
    }

    @Test
    void everyStatusTextFormatsWithoutLosingAnArgument() throws IOException {
        Properties texts = i18n();
        for (String key : texts.stringPropertyNames()) {
            if (!key.startsWith("offline.")) {
                continue;
            }
            String text = texts.getProperty(key);
            // an apostrophe would start a quoted, unformatted run in MessageFormat
            assertFalse(text.contains("'"), key + " has an apostrophe");
            String formatted = MessageFormat.format(text, "A", "B");
            assertFalse(formatted.contains("{"), key);
        }
    }

    @Test
    void theReadmeTroubleshootingListsEveryStatusText() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Properties texts = i18n();
        for (String key : texts.stringPropertyNames()) {
            if (key.startsWith("offline.")) {
                String text = texts.getProperty(key);
                String fixedPart = text.contains("{") ? text.substring(0, text.indexOf('{')) : text;
                assertTrue(readme.contains(fixedPart), "README troubleshooting lacks: " + fixedPart);
            }
        }
    }

    @Test
    void theReadmeDocumentsEveryChannelAndParameter() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String channel : patientChannelIds()) {
            assertTrue(readme.contains("| " + channel + " "), "README channel table lacks " + channel);
        }
        for (String parameter : List.of("email", "password", "region", "clientVersion", "baseUrl", "refreshFloor",
                "acceptTerms", "username", "accountId", "applicationId", "patientId", "urgentLow", "targetLow",
                "targetHigh", "urgentHigh", "staleAfter", "keepStaleValues", "predictionMinutes", "fastRate", "highFor",
                "sensorWarningHours", "sensorLifespanDays", "scenario", "patients", "cadence", "unit")) {
            assertTrue(readme.contains("| " + parameter + " "), "README configuration table lacks " + parameter);
        }
    }
}
