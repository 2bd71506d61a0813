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

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Turns {@code @text/key ["a", "b"]} status descriptions into English, from the binding's own i18n file, the way
 * openHAB does: the key's text, formatted with the arguments by {@link MessageFormat}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class StatusTranslator {

    private static final Pattern TEXT = Pattern.compile("@text/([\\w.-]+)\\s*(?:\\[(.*)\\])?\\s*");
    private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"");

    private final Properties texts = new Properties();

    public StatusTranslator() {
        try (InputStream in = StatusTranslator.class.getResourceAsStream("/OH-INF/i18n/cgm.properties")) {
            if (in == null) {
                throw new IllegalStateException("OH-INF/i18n/cgm.properties is not on the class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English text, or null when the description names a key the file lacks. */
    public @Nullable String translate(@Nullable String description) {
        if (description == null || !description.startsWith("@text/")) {
            return description;
        }
        Matcher matcher = TEXT.matcher(description);
        if (!matcher.matches()) {
            return null;
        }
        String text = texts.getProperty(matcher.group(1));
        if (text == null) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        String list = matcher.group(2);
        if (list != null) {
            Matcher argument = ARGUMENT.matcher(list);
            while (argument.find()) {
                arguments.add(argument.group(1));
            }
        }
        return arguments.isEmpty() ? text : MessageFormat.format(text, arguments.toArray());
    }

    public Properties texts() {
        return texts;
    }
}
