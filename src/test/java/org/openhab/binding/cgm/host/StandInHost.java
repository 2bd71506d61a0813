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

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.openhab.binding.cgm.internal.CgmBindingConstants;
import org.openhab.binding.cgm.internal.CgmHandlerFactory;
import org.openhab.binding.cgm.internal.client.JdkTransport;
import org.openhab.binding.cgm.internal.client.JettyTransport;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.handler.AccountMemory;
import org.openhab.binding.cgm.internal.handler.CgmHandlers;
import org.openhab.binding.cgm.internal.handler.CgmRuntime;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.NightscoutSimSite;
import org.openhab.binding.cgm.internal.testutil.DiscoveryDelivery;
import org.openhab.binding.cgm.internal.testutil.ManualScheduler;
import org.openhab.binding.cgm.internal.testutil.MutableClock;
import org.openhab.binding.cgm.internal.testutil.OpenHabPools;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.config.discovery.DiscoveryListener;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelGroupUID;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.internal.BridgeImpl;
import org.openhab.core.thing.type.ChannelGroupTypeUID;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.osgi.service.component.ComponentContext;

/**
 * A small stand-in for openHAB's thing manager: it runs the binding's real factory, handlers and discovery service,
 * approves what discovery finds, and prints one line per channel update and per status change. Handler tests use
 * it with a manual clock and scheduler; {@link #main} runs it for real as the project's main job.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
// a command-line program (the main job, a benchmark): standard output is where its results go
@SuppressWarnings("PMD.SystemPrintln")
public class StandInHost implements ThingHandlerCallback, DiscoveryListener, AutoCloseable {

    private final CgmHandlerFactory factory;
    private final Consumer<String> out;
    private final boolean approveDiscoveries;
    private final StatusTranslator translator = new StatusTranslator();
    private final Map<ThingUID, Thing> things = new ConcurrentHashMap<>();
    private final Map<ThingUID, DiscoveryResult> inbox = new ConcurrentHashMap<>();
    /** When each inbox entry was last discovered, in epoch milliseconds, as openHAB's inbox keeps it. */
    private final Map<ThingUID, Long> discoveredAt = new ConcurrentHashMap<>();
    private final Map<ChannelUID, State> states = new ConcurrentHashMap<>();
    private final Map<ChannelUID, List<State>> stateHistory = new ConcurrentHashMap<>();
    private final Map<ChannelUID, List<TimeSeries>> timeSeries = new ConcurrentHashMap<>();
    private final Set<ChannelUID> unlinked = ConcurrentHashMap.newKeySet();
    private final ComponentContext componentContext;
    private final DiscoveryDelivery delivery;
    private final @Nullable ScheduledExecutorService discoveryExecutor;
    private final Runnable restoreDiscoveryPool;
    /** The thing actions registered, as openHAB's rule engines find them. */
    private final List<ThingActions> actions = new CopyOnWriteArrayList<>();

    /** Discovery results arrive as the openHAB classes deliver them (5.x: on openHAB's own discovery threads). */
    public StandInHost(CgmHandlerFactory factory, Consumer<String> out, boolean approveDiscoveries) {
        this(factory, out, approveDiscoveries, null);
    }

    /**
     * @param discoveryExecutor the executor the test controls: discovery results reach the inbox through it as
     *            openHAB 5.x delivers them, or at once as 4.3 does, as {@link DiscoveryDelivery#configured()} says;
     *            it also stands for openHAB's "discovery" pool, so that no result arrives on a thread of its own
     */
    public StandInHost(CgmHandlerFactory factory, Consumer<String> out, boolean approveDiscoveries,
            @Nullable ScheduledExecutorService discoveryExecutor) {
        this.factory = factory;
        this.out = out;
        this.approveDiscoveries = approveDiscoveries;
        this.discoveryExecutor = discoveryExecutor;
        if (discoveryExecutor != null) {
            delivery = DiscoveryDelivery.configured();
            // before any handler exists: a discovery service takes openHAB's pool when it is built
            restoreDiscoveryPool = OpenHabPools.install("discovery", delivery.discoveryPool(discoveryExecutor));
        } else {
            delivery = DiscoveryDelivery.AT_ONCE;
            restoreDiscoveryPool = () -> {
            };
        }
        componentContext = HostServiceRegistry.activate(factory, service -> {
            if (service instanceof DiscoveryService discovery) {
                discovery.addDiscoveryListener(this);
                return () -> discovery.removeDiscoveryListener(this);
            }
            if (service instanceof ThingActions thingActions) {
                actions.add(thingActions);
                return () -> actions.remove(thingActions);
            }
            return () -> {
            };
        });
    }

    /** The binding's factory this host runs, e.g. for the handlers it made. */
    public CgmHandlerFactory factory() {
        return factory;
    }

    /** Things are built as openHAB builds them, with its thing and bridge builders. */
    public Bridge addBridge(ThingTypeUID type, String id, Map<String, Object> configuration) {
        Bridge bridge = BridgeBuilder.create(type, id).withConfiguration(new Configuration(configuration)).build();
        things.put(bridge.getUID(), bridge);
        start(bridge);
        return bridge;
    }

    public Thing addThing(ThingTypeUID type, ThingUID bridgeUID, String id, Map<String, Object> configuration) {
        Thing thing = ThingBuilder.create(type, new ThingUID(type, bridgeUID, id)).withBridge(bridgeUID)
                .withConfiguration(new Configuration(configuration)).build();
        things.put(thing.getUID(), thing);
        if (things.get(bridgeUID) instanceof BridgeImpl bridge) {
            bridge.addThing(thing);
        }
        start(thing);
        return thing;
    }

    /** As openHAB does on a configuration change: dispose, apply, initialize. */
    public void reconfigure(ThingUID uid, Map<String, Object> changes) {
        Thing thing = thing(uid);
        stop(thing);
        changes.forEach(thing.getConfiguration()::put);
        start(thing);
    }

    /** As openHAB does when a thing is disabled: the handler is disposed. */
    public void disable(ThingUID uid) {
        stop(thing(uid));
    }

    public void enable(ThingUID uid) {
        start(thing(uid));
    }

    public Thing thing(ThingUID uid) {
        Thing thing = things.get(uid);
        if (thing == null) {
            throw new IllegalArgumentException("no thing " + uid);
        }
        return thing;
    }

    public @Nullable State state(ThingUID thing, String channelId) {
        return states.get(new ChannelUID(thing, channelId));
    }

    /** Every state a channel was given, in order. */
    public List<State> stateUpdates(ThingUID thing, String channelId) {
        return List.copyOf(stateHistory.getOrDefault(new ChannelUID(thing, channelId), List.of()));
    }

    /** Every time series a channel was sent, in order. */
    public List<TimeSeries> timeSeries(ThingUID thing, String channelId) {
        return List.copyOf(timeSeries.getOrDefault(new ChannelUID(thing, channelId), List.of()));
    }

    /** As when no item is linked to the channel (all channels are linked otherwise). */
    public void unlink(ThingUID thing, String channelId) {
        unlinked.add(new ChannelUID(thing, channelId));
    }

    /** The thing's actions of the given scope, as a rule's {@code getActions(scope, uid)} returns them. */
    public ThingActions actions(String scope, ThingUID thing) {
        for (ThingActions candidate : actions) {
            ThingActionsScope annotation = candidate.getClass().getAnnotation(ThingActionsScope.class);
            ThingHandler handler = candidate.getThingHandler();
            if (annotation != null && scope.equals(annotation.name()) && handler != null
                    && thing.equals(handler.getThing().getUID())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no " + scope + " actions for " + thing);
    }

    public Map<ThingUID, DiscoveryResult> inbox() {
        return Map.copyOf(inbox);
    }

    public String translate(ThingStatusInfo info) {
        return Objects.requireNonNullElse(translator.translate(info.getDescription()), "");
    }

    /** As openHAB's thing manager: the factory registers the handler (and its services), then it initializes. */
    private void start(Thing thing) {
        ThingHandler handler = factory.registerHandler(thing);
        thing.setHandler(handler);
        handler.setCallback(this);
        thing.setStatusInfo(new ThingStatusInfo(ThingStatus.INITIALIZING, ThingStatusDetail.NONE, null));
        handler.initialize();
        ThingUID bridgeUID = thing.getBridgeUID();
        Bridge bridge = bridgeUID != null ? getBridge(bridgeUID) : null;
        BridgeHandler bridgeHandler = bridge != null ? bridge.getHandler() : null;
        if (bridgeHandler != null) {
            bridgeHandler.childHandlerInitialized(handler, thing);
        }
    }

    private void stop(Thing thing) {
        ThingHandler handler = thing.getHandler();
        if (handler != null) {
            handler.dispose();
            handler.setCallback(null);
            factory.unregisterHandler(thing);
            thing.setHandler(null);
        }
        thing.setStatusInfo(new ThingStatusInfo(ThingStatus.UNINITIALIZED, ThingStatusDetail.DISABLED, null));
    }

    @Override
    public void close() {
        things.values().stream().filter(t -> t.getBridgeUID() != null).forEach(this::stop);
        things.values().stream().filter(t -> t.getBridgeUID() == null).forEach(this::stop);
        HostServiceRegistry.deactivate(factory, componentContext);
        restoreDiscoveryPool.run();
    }

    // ThingHandlerCallback

    @Override
    public void stateUpdated(ChannelUID channelUID, State state) {
        states.put(channelUID, state);
        stateHistory.computeIfAbsent(channelUID, uid -> new CopyOnWriteArrayList<>()).add(state);
        out.accept(channelUID.getThingUID() + " " + channelUID.getId() + " " + state);
    }

    @Override
    public void postCommand(ChannelUID channelUID, Command command) {
        out.accept(channelUID + " command " + command);
    }

    @Override
    public void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        this.timeSeries.computeIfAbsent(channelUID, uid -> new CopyOnWriteArrayList<>()).add(timeSeries);
        // one line per series: "<thing uid> <channel id> timeseries <count> <first instant> <last instant>"
        out.accept(channelUID.getThingUID() + " " + channelUID.getId() + " timeseries " + timeSeries.size() + " "
                + timeSeries.getBegin() + " " + timeSeries.getEnd());
    }

    @Override
    public void statusUpdated(Thing thing, ThingStatusInfo status) {
        ThingStatusInfo previous = thing.getStatusInfo();
        thing.setStatusInfo(status);
        if (status.equals(previous)) {
            return;
        }
        String text = translate(status);
        out.accept(thing.getUID() + " status " + status.getStatus()
                + (status.getStatusDetail() != ThingStatusDetail.NONE ? " " + status.getStatusDetail() : "")
                + (text.isEmpty() ? "" : " " + text));
        if (thing instanceof Bridge bridge && previous.getStatus() != status.getStatus()) {
            // as openHAB's thing manager: children hear when their bridge's status changes
            for (Thing child : bridge.getThings()) {
                ThingHandler childHandler = child.getHandler();
                if (childHandler != null) {
                    childHandler.bridgeStatusChanged(status);
                }
            }
        }
    }

    @Override
    public void thingUpdated(Thing thing) {
        Thing previous = things.put(thing.getUID(), thing);
        if (previous != null && previous != thing) {
            // as openHAB's thing manager when a handler hands over an edited copy (editThing, updateThing)
            thing.setHandler(previous.getHandler());
            thing.setStatusInfo(previous.getStatusInfo());
            ThingUID bridgeUID = thing.getBridgeUID();
            if (bridgeUID != null && things.get(bridgeUID) instanceof BridgeImpl bridge) {
                bridge.removeThing(previous);
                bridge.addThing(thing);
            }
        }
        out.accept(thing.getUID() + " properties " + new java.util.TreeMap<>(thing.getProperties()));
    }

    @Override
    public void validateConfigurationParameters(Thing thing, Map<String, Object> configurationParameters) {
    }

    @Override
    public void validateConfigurationParameters(Channel channel, Map<String, Object> configurationParameters) {
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        return null;
    }

    @Override
    public @Nullable ConfigDescription getConfigDescription(ThingTypeUID thingTypeUID) {
        return null;
    }

    @Override
    public void configurationUpdated(Thing thing) {
    }

    @Override
    public void migrateThingType(Thing thing, ThingTypeUID thingTypeUID, Configuration configuration) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void channelTriggered(Thing thing, ChannelUID channelUID, String event) {
        out.accept(thing.getUID() + " " + channelUID.getId() + " triggered " + event);
    }

    @Override
    public ChannelBuilder createChannelBuilder(ChannelUID channelUID, ChannelTypeUID channelTypeUID) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ChannelBuilder editChannel(Thing thing, ChannelUID channelUID) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ChannelBuilder> createChannelBuilders(ChannelGroupUID channelGroupUID,
            ChannelGroupTypeUID channelGroupTypeUID) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isChannelLinked(ChannelUID channelUID) {
        return !unlinked.contains(channelUID);
    }

    @Override
    public @Nullable Bridge getBridge(ThingUID bridgeUID) {
        return things.get(bridgeUID) instanceof Bridge bridge ? bridge : null;
    }

    // DiscoveryListener: an inbox that approves what it is given

    @Override
    public void thingDiscovered(DiscoveryService source, DiscoveryResult result) {
        ScheduledExecutorService executor = discoveryExecutor;
        if (executor != null && delivery == DiscoveryDelivery.THROUGH_EXECUTOR) {
            // as 5.x delivers, even where the openHAB classes are 4.3's: the inbox hears of it in a later task
            executor.execute(() -> receive(result));
        } else {
            receive(result);
        }
    }

    private void receive(DiscoveryResult result) {
        boolean isNew = inbox.put(result.getThingUID(), result) == null;
        discoveredAt.put(result.getThingUID(), System.currentTimeMillis());
        if (isNew) {
            out.accept(result.getThingUID() + " discovered");
        }
        ThingUID bridgeUID = result.getBridgeUID();
        if (approveDiscoveries && bridgeUID != null && !things.containsKey(result.getThingUID())) {
            addThing(result.getThingTypeUID(), bridgeUID, result.getThingUID().getId(),
                    new LinkedHashMap<>(result.getProperties()));
        }
    }

    @Override
    public void thingRemoved(DiscoveryService source, ThingUID thingUID) {
        discoveredAt.remove(thingUID);
        if (inbox.remove(thingUID) != null) {
            out.accept(thingUID + " removed from inbox");
        }
    }

    // openHAB 4.3 declares this one (epoch milliseconds), 5.x the one below: not annotated, so both compile

    public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, long timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
        List<ThingUID> removed = new ArrayList<>();
        inbox.forEach((uid, result) -> {
            Long at = discoveredAt.get(uid);
            if (at != null && at < timestamp
                    && (thingTypeUIDs == null || thingTypeUIDs.contains(result.getThingTypeUID()))
                    && (bridgeUID == null || bridgeUID.equals(result.getBridgeUID()))) {
                removed.add(uid);
            }
        });
        removed.forEach(uid -> thingRemoved(source, uid));
        return removed;
    }

    public @Nullable Collection<ThingUID> removeOlderResults(DiscoveryService source, Instant timestamp,
            @Nullable Collection<ThingTypeUID> thingTypeUIDs, @Nullable ThingUID bridgeUID) {
        return removeOlderResults(source, timestamp.toEpochMilli(), thingTypeUIDs, bridgeUID);
    }

    /**
     * The main job: without CGM_SERVICE and CGM_USER, the binding's own demo account (CGM_SCENARIO, CGM_PATIENTS,
     * CGM_CADENCE); with CGM_SERVICE=librelinkup or dexcom, the account named by CGM_USER, CGM_PASSWORD, CGM_REGION
     * and CGM_BASE_URL, or the built-in simulator when no CGM_USER is given. Runs until stopped, or for
     * CGM_RUN_SECONDS.
     */
    public static void main(String[] args) throws Exception {
        MainJobSettings settings;
        try {
            // every variable is checked before anything starts, so that a wrong one ends the job at once
            settings = MainJobSettings.read(System::getenv);
        } catch (MainJobSettings.WrongVariable e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String service = settings.service;
        boolean dexcom = "dexcom".equals(service);
        Clock clock = Clock.systemUTC();
        CloudSimulator simulator = null;
        Map<String, Object> configuration = new LinkedHashMap<>();
        ThingTypeUID bridgeType;
        if ("nightscout".equals(service)) {
            // CGM_BASE_URL is the site, CGM_TOKEN its access token or CGM_PASSWORD its API secret; no site: simulated
            bridgeType = CgmBindingConstants.THING_TYPE_NIGHTSCOUT;
            String site = settings.baseUrl;
            if (site == null) {
                simulator = CloudSimulator.start(clock);
                NightscoutSimSite simulated = simulator.nightscout().addSite("demo", "demo-api-secret");
                configuration.put("url", simulator.nightscoutUrl("demo"));
                configuration.put("token", simulated.addToken("openhab", "readable"));
            } else {
                configuration.put("url", site);
                configuration.put("token", settings.token);
                configuration.put("apiSecret", settings.password);
            }
        } else if (settings.isDemo()) {
            bridgeType = CgmBindingConstants.THING_TYPE_DEMO;
            configuration.put("scenario", settings.scenario);
            configuration.put("patients", BigDecimal.valueOf(settings.patients));
            configuration.put("cadence", settings.cadence);
        } else if (settings.isSimulator()) {
            bridgeType = dexcom ? CgmBindingConstants.THING_TYPE_DEXCOM : CgmBindingConstants.THING_TYPE_LIBRELINKUP;
            simulator = CloudSimulator.start(clock);
            if (dexcom) {
                simulator.dexcom().addAccount("demo-publisher", "demo-password", "ous");
                configuration.put("username", "demo-publisher");
                configuration.put("region", "ous");
                configuration.put("baseUrl", simulator.dexcomUrlTemplate());
            } else {
                LluAccount account = simulator.libreLinkUp().addAccount("follower@example.com", "demo-password", "eu");
                account.addPatient("1f6c4e0e-5b7a-4d3e-9c55-0d2a1e7b3c11", "Anna", "Demo", GlucoseUnitCode.MG_DL,
                        ZoneId.of("Europe/Berlin"));
                account.addPatient("7a2d9b64-0c1e-4f8a-b3d2-5e6f7a8b9c0d", "Ben", "Demo", GlucoseUnitCode.MMOL,
                        ZoneId.of("Europe/London"));
                configuration.put("email", "follower@example.com");
                configuration.put("region", "auto");
                configuration.put("baseUrl", simulator.libreLinkUpUrlTemplate());
            }
            configuration.put("password", "demo-password");
        } else {
            bridgeType = dexcom ? CgmBindingConstants.THING_TYPE_DEXCOM : CgmBindingConstants.THING_TYPE_LIBRELINKUP;
            configuration.put(dexcom ? "username" : "email", String.valueOf(settings.user));
            configuration.put("password", settings.password);
            configuration.put("region", String.valueOf(settings.region));
            String baseUrl = settings.baseUrl;
            configuration.put("baseUrl", baseUrl != null ? baseUrl : "");
        }
        System.out.println(settings.describe(simulator != null ? simulator.baseUrl() : null));
        HttpClient httpClient = new HttpClient(new SslContextFactory.Client());
        httpClient.start();
        // CGM_TRANSPORT=jdk: the JDK's client, as on openHAB 5.3 (Jetty 12)
        Transport transport = "jdk".equals(settings.transport) ? new JdkTransport(CgmRuntime.DEFAULT_HTTP_TIMEOUT)
                : new JettyTransport(httpClient, CgmRuntime.DEFAULT_HTTP_TIMEOUT);
        // CGM_SPEED=60 plays a demo scenario sixty times faster, on a clock and scheduler of the host's own
        int speed = settings.speed;
        MutableClock fastClock = speed > 1 ? new MutableClock(clock.instant()) : null;
        ManualScheduler fastScheduler = fastClock != null ? new ManualScheduler(fastClock) : null;
        Clock hostClock = fastClock != null ? fastClock : clock;
        CgmRuntime runtime = new CgmRuntime(transport, ZoneId::systemDefault, hostClock, fastScheduler,
                RandomGenerator.getDefault(), new AccountMemory(new HostStorageService(), hostClock));
        // CGM_LOCALE=de: openHAB's language set to German, for the summary sentences
        Locale locale = settings.locale;
        StandInHost host = new StandInHost(
                new CgmHandlerFactory(runtime, new CgmHandlers(), new HostTranslations(locale).speech()),
                System.out::println, true, fastScheduler);
        CountDownLatch stopped = new CountDownLatch(1);
        CloudSimulator runningSimulator = simulator;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            try {
                httpClient.stop();
            } catch (Exception e) {
                // shutting down anyway
            }
            if (runningSimulator != null) {
                runningSimulator.close();
            }
            stopped.countDown();
        }));
        host.addBridge(bridgeType, "account", configuration);
        Duration runFor = settings.runFor;
        if (fastScheduler != null) {
            long end = runFor != null ? System.nanoTime() + runFor.toNanos() : Long.MAX_VALUE;
            Duration tick = Duration.ofMillis(200);
            while (System.nanoTime() < end && !stopped.await(tick.toMillis(), TimeUnit.MILLISECONDS)) {
                fastScheduler.advance(tick.multipliedBy(speed));
            }
            System.exit(0);
        }
        if (runFor != null) {
            stopped.await(runFor.toMillis(), TimeUnit.MILLISECONDS);
            System.exit(0);
        }
        stopped.await();
    }
}
