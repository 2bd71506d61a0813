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
package org.openhab.binding.cgm.internal.handler;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A configuration the handler refuses before making any call, with the status text that says how to fix it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigurationProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String description;

    public ConfigurationProblem(String key, String... arguments) {
        super(key);
        this.description = StatusTexts.text(key, arguments);
    }

    /** The {@code @text/} status description. */
    public String description() {
        return description;
    }
}
