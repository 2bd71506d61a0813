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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.handler.Speech;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * openHAB's translation and locale providers, as far as the binding uses them: a text comes from the binding's
 * {@code OH-INF/i18n/cgm_<language>.properties}, else from {@code cgm.properties}, else it is the default text; with
 * arguments it is formatted by {@link MessageFormat}, as openHAB does. The locale is the host's setting.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class HostTranslations implements TranslationProvider, LocaleProvider {

    private final Map<String, Properties> files = new ConcurrentHashMap<>();
    private volatile Locale locale;

    public HostTranslations(Locale locale) {
        this.locale = locale;
    }

    /** The binding's translations in this host's language. */
    public Speech speech() {
        return Speech.of(this, this, null);
    }

    /** As when the user changes openHAB's regional settings. */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Locale getLocale() {
        return locale;
    }

    /** The text of a key in a language, null when neither its file nor the default file has one. */
    public @Nullable String text(String key, Locale language) {
        String text = file("cgm_" + language.getLanguage()).getProperty(key);
        return text != null ? text : file("cgm").getProperty(key);
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale) {
        String text = key != null ? text(key, locale != null ? locale : this.locale) : null;
        return text != null ? text : defaultText;
    }

    @Override
    public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
            @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
        String text = getText(bundle, key, defaultText, locale);
        return text != null ? MessageFormat.format(text, arguments) : null;
    }

    private Properties file(String name) {
        return files.computeIfAbsent(name, HostTranslations::load);
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = HostTranslations.class.getResourceAsStream("/OH-INF/i18n/" + name + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
