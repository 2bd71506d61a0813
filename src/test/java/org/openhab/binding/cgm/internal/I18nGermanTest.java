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
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * The German texts are complete against the default file, keep its placeholders, and are German.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class I18nGermanTest {

    /** The only texts that are the same word in German; everything else must differ from the English. */
    private static final Set<String> SAME_IN_GERMAN = Set.of( //
            "thing-type.config.cgm.librelinkup.region.label", // Region
            "thing-type.config.cgm.dexcom.region.label", // Region
            "thing-type.config.cgm.librelinkup.region.option.jp", // Japan
            "thing-type.config.cgm.dexcom.region.option.jp", // Japan
            "thing-type.config.cgm.patient.group.sensor.label", // Sensor
            "channel-type.cgm.delta.label", // Delta, as German CGM apps call it
            "summary.with-change"); // "{0}, {1}": a value and its change

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}");
    private static final Pattern INFORMAL = Pattern.compile("(?iu)\\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\\b");

    /** Decodes strictly, so that a file saved in ISO-8859-1 fails here rather than showing garbled umlauts. */
    private static String read(String name) throws IOException {
        try (InputStream in = I18nGermanTest.class.getResourceAsStream("/OH-INF/i18n/" + name)) {
            assertNotNull(in, name);
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new AssertionError(name + " is not UTF-8", e);
            }
        }
    }

    private static Properties load(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static Properties english() throws IOException {
        return load(read("cgm.properties"));
    }

    private static Properties german() throws IOException {
        return load(read("cgm_de.properties"));
    }

    /** Section comments and keys as they appear, so that both files read side by side. */
    private static List<String> outline(String text) {
        List<String> outline = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                outline.add(trimmed);
            } else if (trimmed.contains("=")) {
                outline.add(trimmed.substring(0, trimmed.indexOf('=')).strip());
            }
        }
        return outline;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    @Test
    void theGermanFileHasExactlyTheKeysOfTheDefaultFile() throws IOException {
        Set<String> englishKeys = english().stringPropertyNames();
        Set<String> germanKeys = german().stringPropertyNames();
        Set<String> missing = new TreeSet<>(englishKeys);
        missing.removeAll(germanKeys);
        Set<String> extra = new TreeSet<>(germanKeys);
        extra.removeAll(englishKeys);
        assertEquals(Set.of(), missing, "not translated");
        assertEquals(Set.of(), extra, "not in cgm.properties");
    }

    @Test
    void theGermanFileKeepsTheOrderAndSectionsOfTheDefaultFile() throws IOException {
        assertEquals(outline(read("cgm.properties")), outline(read("cgm_de.properties")));
    }

    @Test
    void everyGermanTextKeepsThePlaceholdersOfTheEnglishOne() throws IOException {
        Properties english = english();
        Properties german = german();
        for (String key : german.stringPropertyNames()) {
            // {0}, {1} of the status texts, and the literal {region} of the base URL descriptions
            assertEquals(placeholders(english.getProperty(key, "")), placeholders(german.getProperty(key)), key);
        }
    }

    @Test
    void everyGermanTextIsTranslated() throws IOException {
        Properties english = english();
        Properties german = german();
        for (String key : german.stringPropertyNames()) {
            String text = german.getProperty(key).strip();
            assertFalse(text.isEmpty(), key + " is empty");
            if (SAME_IN_GERMAN.contains(key)) {
                assertEquals(english.getProperty(key), text, key + " is on the list of words the same in German");
            } else {
                assertNotEquals(english.getProperty(key), text, key + " is still English");
            }
            assertFalse(INFORMAL.matcher(text).find(), key + " does not address the user with Sie");
        }
    }

    @Test
    void theTrendOptionsKeepTheirArrows() throws IOException {
        Properties english = english();
        Properties german = german();
        for (String key : german.stringPropertyNames()) {
            if (key.startsWith("channel-type.cgm.trend.state.option.")) {
                assertEquals(english.getProperty(key).codePointAt(0), german.getProperty(key).codePointAt(0), key);
            }
        }
    }

    @Test
    void everyGermanStatusTextFormats() throws IOException {
        Properties german = german();
        int statusTexts = 0;
        for (String key : german.stringPropertyNames()) {
            if (!key.startsWith("offline.")) {
                continue;
            }
            statusTexts++;
            String text = german.getProperty(key);
            // an apostrophe would start a quoted, unformatted run in MessageFormat
            assertFalse(text.contains("'"), key + " has an apostrophe");
            String formatted = MessageFormat.format(text, "ARG0", "ARG1");
            assertFalse(formatted.contains("{") || formatted.contains("}"), key + ": " + formatted);
            for (String placeholder : placeholders(text)) {
                String argument = "ARG" + placeholder.substring(1, placeholder.length() - 1);
                assertTrue(formatted.contains(argument), key + " lost " + placeholder);
            }
        }
        assertTrue(statusTexts > 30, "found " + statusTexts + " status texts");
    }
}
