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

import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;

import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.core.validation.ConfigValidationException;
import org.openhab.core.config.core.validation.ConfigValidationMessage;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.osgi.framework.Bundle;

/**
 * What the binding and its tests rely on from openHAB's base handler, so that the declarations in src/openhab-api
 * keep behaving as the real classes do (this test also runs against those).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class BaseThingHandlerBehaviourTest {

    private static final ThingTypeUID TYPE = new ThingTypeUID("cgm", "patient");

    private final Thing thing = ThingBuilder.create(TYPE, "a")
            .withConfiguration(new Configuration(Map.of("targetLow", 70))).build();
    private final ThingHandlerCallback callback = mock(ThingHandlerCallback.class);
    private final Handler handler = new Handler(thing);

    /** Exposes the protected members under test. */
    private static class Handler extends BaseThingHandler {
        Handler(Thing thing) {
            super(thing);
        }

        @Override
        public void initialize() {
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
        }

        void edit(String label) {
            updateThing(editThing().withLabel(label).build());
        }

        void configure(Map<String, Object> changes) {
            Configuration configuration = editConfiguration();
            changes.forEach(configuration::put);
            updateConfiguration(configuration);
        }
    }

    private static ConfigValidationException invalid() {
        return new ConfigValidationException(mock(Bundle.class), mock(TranslationProvider.class),
                List.of(new ConfigValidationMessage("targetLow", "too low", "too_low")));
    }

    @Test
    void editThingCopiesTheThingAndUpdateThingHandsTheCopyOver() {
        thing.setProperty("sensorSerial", "S1");
        handler.setCallback(callback);
        handler.edit("Anna");
        Thing updated = handler.getThing();
        assertNotSame(thing, updated);
        assertEquals("Anna", updated.getLabel());
        assertEquals(thing.getUID(), updated.getUID());
        assertEquals(Map.of("sensorSerial", "S1"), updated.getProperties());
        assertEquals(thing.getConfiguration(), updated.getConfiguration());
        verify(callback).thingUpdated(updated);
    }

    @Test
    void anInvalidThingOrConfigurationIsLoggedAndIgnored() {
        doThrow(invalid()).when(callback).validateConfigurationParameters(any(Thing.class), anyMap());
        handler.setCallback(callback);
        handler.edit("Anna");
        handler.configure(Map.of("targetLow", 1));
        assertSame(thing, handler.getThing());
        assertEquals(70, ((Number) thing.getConfiguration().get("targetLow")).intValue());
        verify(callback, never()).thingUpdated(any());
    }

    @Test
    void aValidConfigurationIsApplied() {
        handler.setCallback(callback);
        handler.configure(Map.of("targetLow", 80));
        assertEquals(80, ((Number) thing.getConfiguration().get("targetLow")).intValue());
        verify(callback).thingUpdated(thing);
    }
}
