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

import java.util.Arrays;
import java.util.Objects;

/** Compile-only stand-in declaration of the openHAB Core type {@code ConfigValidationMessage} (not shipped). */
public final class ConfigValidationMessage {

    public final String parameterName;
    public final String defaultMessage;
    public final String messageKey;
    public final Object[] content;

    public ConfigValidationMessage(String parameterName, String defaultMessage, String messageKey) {
        this(parameterName, defaultMessage, messageKey, new Object[0]);
    }

    public ConfigValidationMessage(String parameterName, String defaultMessage, String messageKey, Object... content) {
        this.parameterName = Objects.requireNonNull(parameterName);
        this.defaultMessage = Objects.requireNonNull(defaultMessage);
        this.messageKey = Objects.requireNonNull(messageKey);
        this.content = content;
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameterName, defaultMessage, messageKey, Arrays.hashCode(content));
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof ConfigValidationMessage other && parameterName.equals(other.parameterName)
                && defaultMessage.equals(other.defaultMessage) && messageKey.equals(other.messageKey)
                && Arrays.equals(content, other.content);
    }

    @Override
    public String toString() {
        return "ConfigValidationMessage [parameterName=" + parameterName + ", defaultMessage=" + defaultMessage
                + ", messageKey=" + messageKey + ", content=" + Arrays.toString(content) + "]";
    }
}
