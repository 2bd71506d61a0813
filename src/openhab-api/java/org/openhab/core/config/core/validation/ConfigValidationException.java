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
package org.openhab.core.config.core.validation;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.openhab.core.i18n.TranslationProvider;
import org.osgi.framework.Bundle;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code ConfigValidationException} (not shipped): what
 * {@code ThingHandlerCallback.validateConfigurationParameters} throws for an invalid configuration. Unannotated, as
 * the real one.
 */
public final class ConfigValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Collection<ConfigValidationMessage> configValidationMessages;

    public ConfigValidationException(Bundle bundle, TranslationProvider translationProvider,
            Collection<ConfigValidationMessage> configValidationMessages) {
        Objects.requireNonNull(bundle, "Bundle must not be null");
        this.configValidationMessages = Objects.requireNonNull(configValidationMessages,
                "Config validation messages must not be null");
    }

    /** Parameter name → its default message, arguments filled in. */
    public Map<String, String> getValidationMessages() {
        Map<String, String> messages = new HashMap<>();
        for (ConfigValidationMessage message : configValidationMessages) {
            messages.put(message.parameterName, MessageFormat.format(message.defaultMessage, message.content));
        }
        return Map.copyOf(messages);
    }
}
