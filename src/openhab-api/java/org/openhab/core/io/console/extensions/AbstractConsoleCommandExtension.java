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
package org.openhab.core.io.console.extensions;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.console.Console;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code AbstractConsoleCommandExtension} (not shipped).
 * Usage lines read "command syntax - description", as in openHAB.
 */
@NonNullByDefault
public abstract class AbstractConsoleCommandExtension implements ConsoleCommandExtension {

    private final String command;
    private final String description;

    protected AbstractConsoleCommandExtension(final String cmd, final String desc) {
        this.command = cmd;
        this.description = desc;
    }

    @Override
    public String getCommand() {
        return command;
    }

    @Override
    public String getDescription() {
        return description;
    }

    protected String buildCommandUsage(final String description) {
        return getCommand() + " - " + description;
    }

    protected String buildCommandUsage(final String syntax, final String description) {
        return getCommand() + " " + syntax + " - " + description;
    }

    protected void printUsage(Console console) {
        getUsages().forEach(console::printUsage);
    }
}
