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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.CgmBindingConstants.CHANNEL_EVENT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.openhab.binding.cgm.host.HostStorageService;
import org.openhab.binding.cgm.host.HostTranslations;
import org.openhab.binding.cgm.host.StandInHost;
import org.openhab.binding.cgm.internal.CgmHandlerFactory;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.NoJitter;
import org.openhab.binding.cgm.internal.testutil.OffsetClock;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;

/**
 * The binding's real factory and handlers in the stand-in host, talking real HTTP to the simulator, with time in the
 * test's hands: a handler test is a few lines.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class HostTestBase {

    protected static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    protected static final Instant START = Instant.parse("2026-11-21T08:00:05Z");

    protected final MutableClock clock = new MutableClock(START);
    /** The openHAB host's wall clock: the true clock unless a test makes it jump. */
    protected final OffsetClock hostClock = new OffsetClock(clock);
    protected final ManualScheduler scheduler = new ManualScheduler(clock);
    protected final CloudSimulator simulator = CloudSimulator.start(clock);
    protected final List<String> lines = new CopyOnWriteArrayList<>();
    /** Outlives the host: a second host on the same storage is openHAB after a restart. */
    protected final HostStorageService storage = new HostStorageService();
    /** openHAB's translations and its configured language, English unless a test changes it. */
    protected final HostTranslations translations = new HostTranslations(Locale.ENGLISH);
    protected StandInHost host = newHost();

    /** A host on this test's clock, scheduler and storage: call again to stand for a restart. */
    protected StandInHost newHost() {
        return new StandInHost(
                new CgmHandlerFactory(
                        new CgmRuntime(transport(Duration.ofSeconds(1)), () -> ZONE, hostClock, scheduler,
                                NoJitter.INSTANCE, new AccountMemory(storage, hostClock)),
                        new CgmHandlers(), translations.speech()),
                lines::add, true, scheduler);
    }

    /** Jetty's client, as on openHAB 4.3 to 5.2; the *OnJdkTest subclasses run the same tests on the JDK's. */
    protected Transport transport(Duration timeout) {
        return LoopbackHttp.jetty(timeout);
    }

    @AfterEach
    void stopAll() {
        host.close();
        simulator.close();
    }

    /** Adds a bridge with the given configuration, some of it replaced by key-value pairs. */
    protected void addBridge(ThingTypeUID type, String id, Map<String, Object> configuration, Object... replacements) {
        Map<String, Object> config = new LinkedHashMap<>(configuration);
        for (int i = 0; i < replacements.length; i += 2) {
            config.put((String) replacements[i], replacements[i + 1]);
        }
        host.addBridge(type, id, config);
    }

    /** The one poll cycle the engine has planned (the patients' once-a-minute timers aside). */
    protected Instant nextPending() {
        List<Instant> pending = scheduler.pendingOneShotDueTimes();
        assertEquals(1, pending.size(), "one cycle planned: " + pending);
        return pending.get(0);
    }

    protected ThingStatusInfo status(ThingUID uid) {
        return host.thing(uid).getStatusInfo();
    }

    protected void assertStatus(ThingUID uid, ThingStatus status, ThingStatusDetail detail, String description) {
        assertEquals(new ThingStatusInfo(status, detail, description), status(uid));
        assertFalse(host.translate(status(uid)).isEmpty(), "the i18n file has a text for " + description);
    }

    protected void assertOnline(ThingUID uid) {
        assertEquals(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null), status(uid));
    }

    /** The events the thing's trigger channel fired, in order. */
    protected List<String> events(ThingUID thing) {
        String prefix = thing + " " + CHANNEL_EVENT + " triggered ";
        return lines.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .toList();
    }

    protected static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
