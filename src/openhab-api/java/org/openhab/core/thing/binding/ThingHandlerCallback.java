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
package org.openhab.core.thing.binding;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;

/** Compile-only stand-in declaration of the openHAB Core type {@code ThingHandlerCallback} (not shipped). */
@NonNullByDefault
public interface ThingHandlerCallback {

    void stateUpdated(ChannelUID channelUID, State state);

    void postCommand(ChannelUID channelUID, Command command);

    void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries);

    void statusUpdated(Thing thing, ThingStatusInfo thingStatus);

    void thingUpdated(Thing thing);

    void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters);

    void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters);

    @Nullable
    ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID);

    @Nullable
    ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID);

    void configurationUpdated(Thing thing);

    void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration);

    void channelTriggered(Thing thing, ChannelUID channelUID, String event);

    ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID);

    ChannelBuilder editChannel(Thing thing, ChannelUID channelUID);

    List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID);

    boolean isChannelLinked(ChannelUID channelUID);

    @Nullable
    Bridge getBridge(ThingUID bridgeUID);
}
