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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * A thing as the stand-in host keeps it: identity, configuration, properties, status and handler.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class HostThing implements Thing {

    private final ThingUID uid;
    private final ThingTypeUID typeUID;
    private @Nullable ThingUID bridgeUID;
    private final Configuration configuration;
    private final Map<String, String> properties = new HashMap<>();
    private volatile ThingStatusInfo statusInfo = new ThingStatusInfo(ThingStatus.UNINITIALIZED,
            ThingStatusDetail.NONE, null);
    private volatile @Nullable ThingHandler handler;
    private @Nullable String label;
    private @Nullable String location;

    public HostThing(ThingTypeUID typeUID, ThingUID uid, @Nullable ThingUID bridgeUID, Configuration configuration) {
        this.typeUID = typeUID;
        this.uid = uid;
        this.bridgeUID = bridgeUID;
        this.configuration = configuration;
    }

    @Override
    public @Nullable String getLabel() {
        return label;
    }

    @Override
    public void setLabel(@Nullable String label) {
        this.label = label;
    }

    @Override
    public List<Channel> getChannels() {
        return List.of();
    }

    @Override
    public List<Channel> getChannelsOfGroup(String channelGroupId) {
        return List.of();
    }

    @Override
    public @Nullable Channel getChannel(String channelId) {
        return null;
    }

    @Override
    public @Nullable Channel getChannel(ChannelUID channelUID) {
        return null;
    }

    @Override
    public ThingStatus getStatus() {
        return statusInfo.getStatus();
    }

    @Override
    public ThingStatusInfo getStatusInfo() {
        return statusInfo;
    }

    @Override
    public void setStatusInfo(ThingStatusInfo status) {
        this.statusInfo = status;
    }

    @Override
    public void setHandler(@Nullable ThingHandler thingHandler) {
        this.handler = thingHandler;
    }

    @Override
    public @Nullable ThingHandler getHandler() {
        return handler;
    }

    @Override
    public @Nullable ThingUID getBridgeUID() {
        return bridgeUID;
    }

    @Override
    public void setBridgeUID(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public ThingUID getUID() {
        return uid;
    }

    @Override
    public ThingTypeUID getThingTypeUID() {
        return typeUID;
    }

    @Override
    public synchronized Map<String, String> getProperties() {
        return Map.copyOf(properties);
    }

    @Override
    public synchronized @Nullable String setProperty(String name, @Nullable String value) {
        return value == null ? properties.remove(name) : properties.put(name, value);
    }

    @Override
    public synchronized void setProperties(Map<String, String> newProperties) {
        properties.clear();
        properties.putAll(newProperties);
    }

    @Override
    public @Nullable String getLocation() {
        return location;
    }

    @Override
    public void setLocation(@Nullable String location) {
        this.location = location;
    }

    @Override
    public boolean isEnabled() {
        return true;
    }
}
