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

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.core.validation.ConfigValidationException;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Compile-only stand-in declaration of the openHAB Core type {@code BaseThingHandler} (not shipped). */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    private void disposedWarning(String action) {
        logger.warn("Handler {} tried {} although the handler was already disposed.", getClass().getSimpleName(),
                action);
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        configurationParameters.forEach(configuration::put);
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.configurationUpdated(getThing());
            } else {
                disposedWarning("updating its configuration");
            }
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration current = getConfig();
        return configurationParameters.entrySet().stream()
                .anyMatch(e -> !Objects.equals(current.get(e.getKey()), e.getValue()));
    }

    @Override
    public void dispose() {
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback cb = callback;
        if (cb != null) {
            cb.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            disposedWarning("validating its configuration");
        }
    }

    protected @Nullable ConfigDescription getConfigDescription() {
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            disposedWarning("retrieving its config description");
            return null;
        }
        return cb.getConfigDescription(thing.getThingTypeUID());
    }

    protected @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            disposedWarning("retrieving a channel config description");
            return null;
        }
        return cb.getConfigDescription(channelTypeUID);
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.stateUpdated(channelUID, state);
            } else {
                disposedWarning("updating channel " + channelUID);
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.sendTimeSeries(channelUID, timeSeries);
            } else {
                disposedWarning("sending to channel " + channelUID);
            }
        }
    }

    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        sendTimeSeries(new ChannelUID(getThing().getUID(), channelID), timeSeries);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.channelTriggered(getThing(), channelUID, event);
            } else {
                disposedWarning("triggering channel " + channelUID);
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelUID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelUID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.postCommand(channelUID, command);
            } else {
                disposedWarning("posting a command to channel " + channelUID);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb != null) {
                cb.statusUpdated(thing, new ThingStatusInfo(status, statusDetail, description));
            } else {
                disposedWarning("updating the thing status");
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing);
    }

    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            disposedWarning("updating thing " + thing.getUID());
            return;
        }
        try {
            cb.validateConfigurationParameters(thing, thing.getConfiguration().getProperties());
            thing.getChannels().forEach(
                    channel -> cb.validateConfigurationParameters(channel, channel.getConfiguration().getProperties()));
        } catch (ConfigValidationException e) {
            // as the real one: logged and swallowed, the thing stays as it was
            logger.warn("Attempt to update thing '{}' with a thing containing invalid configuration '{}', blocked. "
                    + "This is most likely a bug.", thing.getUID(), thing.getConfiguration());
            return;
        }
        synchronized (this) {
            this.thing = thing;
            cb.thingUpdated(thing);
        }
    }

    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    protected void updateConfiguration(Configuration configuration) {
        Map<String, Object> previous = thing.getConfiguration().getProperties();
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            disposedWarning("updating its configuration");
            return;
        }
        try {
            cb.validateConfigurationParameters(thing, configuration.getProperties());
        } catch (ConfigValidationException e) {
            logger.warn("Attempt to apply invalid configuration '{}' on thing '{}' blocked. This is most likely a bug: {}",
                    configuration, thing.getUID(), e.getValidationMessages());
            return;
        }
        try {
            thing.getConfiguration().setProperties(configuration.getProperties());
            synchronized (this) {
                cb.thingUpdated(thing);
            }
        } catch (RuntimeException e) {
            thing.getConfiguration().setProperties(previous);
            throw e;
        }
    }

    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    protected void updateProperties(@Nullable Map<String, String> properties) {
        applyProperties(properties == null ? null : new HashMap<>(properties));
    }

    private void applyProperties(@Nullable Map<String, @Nullable String> properties) {
        boolean changed = false;
        if (properties == null) {
            if (!thing.getProperties().isEmpty()) {
                thing.setProperties(Map.of());
                changed = true;
            }
        } else {
            for (Map.Entry<String, @Nullable String> entry : properties.entrySet()) {
                String current = thing.getProperties().get(entry.getKey());
                if (current == null || !current.equals(entry.getValue())) {
                    thing.setProperty(entry.getKey(), entry.getValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback cb = callback;
                if (cb != null) {
                    cb.thingUpdated(thing);
                } else {
                    disposedWarning("updating its thing's properties");
                }
            }
        }
    }

    protected void updateProperty(String name, @Nullable String value) {
        Map<String, @Nullable String> single = new HashMap<>();
        single.put(name, value);
        applyProperties(single);
    }

    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback cb = callback;
            if (cb == null) {
                disposedWarning("accessing its bridge");
                return null;
            }
            return bridgeUID != null ? cb.getBridge(bridgeUID) : null;
        }
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback cb = callback;
        if (cb == null) {
            disposedWarning("checking if channel " + channelUID + " is linked");
            return false;
        }
        return cb.isChannelLinked(channelUID);
    }

    protected boolean isInitialized() {
        ThingStatus status = getThing().getStatus();
        return status == ThingStatus.ONLINE || status == ThingStatus.OFFLINE || status == ThingStatus.UNKNOWN;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback cb = callback;
        if (cb != null) {
            cb.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            disposedWarning("migrating the thing type");
        }
    }
}
