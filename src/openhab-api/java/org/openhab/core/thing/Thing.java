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

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.binding.ThingHandler;

/** Compile-only stand-in declaration of the openHAB Core type {@code Thing} (not shipped). */
@NonNullByDefault
public interface Thing extends Identifiable<ThingUID> {

    String PROPERTY_VENDOR = "vendor";

    String PROPERTY_MODEL_ID = "modelId";

    String PROPERTY_SERIAL_NUMBER = "serialNumber";

    String PROPERTY_HARDWARE_VERSION = "hardwareVersion";

    String PROPERTY_FIRMWARE_VERSION = "firmwareVersion";

    String PROPERTY_MAC_ADDRESS = "macAddress";

    @Nullable
    String getLabel();

    void setLabel(@Nullable String label);

    List<Channel> getChannels();

    List<Channel> getChannelsOfGroup(String channelGroupId);

    @Nullable
    Channel getChannel(String channelId);

    @Nullable
    Channel getChannel(ChannelUID channelUID);

    ThingStatus getStatus();

    ThingStatusInfo getStatusInfo();

    void setStatusInfo(ThingStatusInfo status);

    void setHandler(@Nullable ThingHandler thingHandler);

    @Nullable
    ThingHandler getHandler();

    @Nullable
    ThingUID getBridgeUID();

    void setBridgeUID(@Nullable ThingUID bridgeUID);

    Configuration getConfiguration();

    @Override
    ThingUID getUID();

    ThingTypeUID getThingTypeUID();

    Map<String, String> getProperties();

    @Nullable
    String setProperty(String name, @Nullable String value);

    void setProperties(Map<String, String> properties);

    @Nullable
    String getLocation();

    void setLocation(@Nullable String location);

    boolean isEnabled();
}
