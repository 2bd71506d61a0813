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
package org.openhab.core.thing;

import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.type.ChannelTypeUID;

/** Compile-only stand-in declaration of the openHAB Core type {@code Channel} (not shipped); getters only. */
@NonNullByDefault
public class Channel {

    Channel() {
    }

    public @Nullable String getAcceptedItemType() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public ChannelUID getUID() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public @Nullable ChannelTypeUID getChannelTypeUID() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public @Nullable String getLabel() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public @Nullable String getDescription() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public Configuration getConfiguration() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public Map<String, String> getProperties() {
        throw new UnsupportedOperationException("not in the stand-in");
    }

    public Set<String> getDefaultTags() {
        throw new UnsupportedOperationException("not in the stand-in");
    }
}
