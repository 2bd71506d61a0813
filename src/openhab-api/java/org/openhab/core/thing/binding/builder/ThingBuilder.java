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
package org.openhab.core.thing.binding.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.internal.ThingImpl;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code ThingBuilder} (not shipped): builds a thing as
 * the real one does, channels checked to belong to the thing and to be unique.
 */
@NonNullByDefault
public class ThingBuilder {

    protected final ThingUID thingUID;
    protected final ThingTypeUID thingTypeUID;
    private @Nullable String label;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable Configuration configuration;
    private @Nullable ThingUID bridgeUID;
    private @Nullable Map<String, String> properties;
    private @Nullable String location;

    protected ThingBuilder(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        this.thingTypeUID = thingTypeUID;
        this.thingUID = thingUID;
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, String thingId) {
        return new ThingBuilder(thingTypeUID, new ThingUID(thingTypeUID, thingId));
    }

    public static ThingBuilder create(ThingTypeUID thingTypeUID, ThingUID thingUID) {
        return new ThingBuilder(thingTypeUID, thingUID);
    }

    public static ThingBuilder create(Thing thing) {
        return create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties());
    }

    public Thing build() {
        return populate(new ThingImpl(thingTypeUID, thingUID));
    }

    protected Thing populate(ThingImpl thing) {
        thing.setLabel(label);
        thing.setChannels(channels);
        thing.setConfiguration(configuration);
        thing.setBridgeUID(bridgeUID);
        Map<String, String> props = properties;
        if (props != null) {
            props.forEach(thing::setProperty);
        }
        thing.setLocation(location);
        return thing;
    }

    public ThingBuilder withLabel(@Nullable String label) {
        this.label = label;
        return this;
    }

    public ThingBuilder withChannel(Channel channel) {
        addChannels(List.of(channel));
        return this;
    }

    public ThingBuilder withChannels(Channel... channels) {
        return withChannels(Arrays.asList(channels));
    }

    public ThingBuilder withChannels(List<Channel> channels) {
        this.channels.clear();
        addChannels(channels);
        return this;
    }

    private void addChannels(List<Channel> added) {
        for (Channel channel : added) {
            ChannelUID uid = channel.getUID();
            if (!thingUID.equals(uid.getThingUID())) {
                throw new IllegalArgumentException(
                        "Channel UID '" + uid + "' does not match thing UID '" + thingUID + "'");
            }
            if (channels.stream().anyMatch(c -> c.getUID().equals(uid))) {
                throw new IllegalArgumentException("Duplicate channels " + uid.getAsString());
            }
            channels.add(channel);
        }
    }

    public ThingBuilder withoutChannel(ChannelUID channelUID) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).getUID().equals(channelUID)) {
                channels.remove(i);
                break;
            }
        }
        return this;
    }

    public ThingBuilder withoutChannels(Channel... channels) {
        return withoutChannels(Arrays.asList(channels));
    }

    public ThingBuilder withoutChannels(List<Channel> channels) {
        channels.forEach(c -> withoutChannel(c.getUID()));
        return this;
    }

    public ThingBuilder withConfiguration(Configuration configuration) {
        this.configuration = configuration;
        return this;
    }

    public ThingBuilder withBridge(@Nullable ThingUID bridgeUID) {
        this.bridgeUID = bridgeUID;
        return this;
    }

    public ThingBuilder withProperty(String key, String value) {
        Map<String, String> props = properties;
        Map<String, String> updated = props == null ? new HashMap<>() : new HashMap<>(props);
        updated.put(key, value);
        return withProperties(updated);
    }

    public ThingBuilder withProperties(Map<String, String> properties) {
        this.properties = properties;
        return this;
    }

    public ThingBuilder withLocation(@Nullable String location) {
        this.location = location;
        return this;
    }
}
