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
package org.openhab.core.config.discovery;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code AbstractDiscoveryService} (not shipped). It
 * delivers as openHAB 5.x does: {@link #thingDiscovered} hands each listener the result through the "discovery" pool
 * of {@link ThreadPoolManager} (openHAB 4.3 called the listeners at once; the stand-in host can make the pool run
 * tasks at once to get that); {@link #thingRemoved} and {@link #removeOlderResults} call them at once in both.
 */
@NonNullByDefault
public abstract class AbstractDiscoveryService implements DiscoveryService {

    private static final String DISCOVERY_THREADPOOL_NAME = "discovery";

    private final Logger logger = LoggerFactory.getLogger(AbstractDiscoveryService.class);

    protected final ScheduledExecutorService scheduler;

    private final Set<DiscoveryListener> listeners = new CopyOnWriteArraySet<>();
    protected @Nullable ScanListener scanListener = null;

    private boolean backgroundDiscoveryEnabled;
    private final @Nullable String scanInputLabel;
    private final @Nullable String scanInputDescription;
    private final Map<ThingUID, DiscoveryResult> cache = new HashMap<>();
    private final Set<ThingTypeUID> supportedThingTypes;
    private final int timeout;
    private Instant timestampOfLastScan = Instant.MIN;
    private @Nullable ScheduledFuture<?> scheduledStop;

    protected @NonNullByDefault({}) TranslationProvider i18nProvider;
    protected @NonNullByDefault({}) LocaleProvider localeProvider;

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault, @Nullable String scanInputLabel,
            @Nullable String scanInputDescription) throws IllegalArgumentException {
        if (timeout < 0) {
            throw new IllegalArgumentException("The timeout must be >= 0!");
        }
        this.scheduler = ThreadPoolManager.getScheduledPool(DISCOVERY_THREADPOOL_NAME);
        this.supportedThingTypes = supportedThingTypes == null ? Set.of() : Set.copyOf(supportedThingTypes);
        this.timeout = timeout;
        this.backgroundDiscoveryEnabled = backgroundDiscoveryEnabledByDefault;
        this.scanInputLabel = scanInputLabel;
        this.scanInputDescription = scanInputDescription;
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout,
            boolean backgroundDiscoveryEnabledByDefault) throws IllegalArgumentException {
        this(supportedThingTypes, timeout, backgroundDiscoveryEnabledByDefault, null, null);
    }

    protected AbstractDiscoveryService(@Nullable Set<ThingTypeUID> supportedThingTypes, int timeout)
            throws IllegalArgumentException {
        this(supportedThingTypes, timeout, true);
    }

    protected AbstractDiscoveryService(int timeout) throws IllegalArgumentException {
        this(null, timeout);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypes() {
        return supportedThingTypes;
    }

    @Override
    public boolean isScanInputSupported() {
        return getScanInputLabel() != null && getScanInputDescription() != null;
    }

    @Override
    public @Nullable String getScanInputLabel() {
        return scanInputLabel;
    }

    @Override
    public @Nullable String getScanInputDescription() {
        return scanInputDescription;
    }

    @Override
    public int getScanTimeout() {
        return timeout;
    }

    @Override
    public boolean isBackgroundDiscoveryEnabled() {
        return backgroundDiscoveryEnabled;
    }

    @Override
    public void addDiscoveryListener(@Nullable DiscoveryListener listener) {
        if (listener == null) {
            return;
        }
        // as 5.x: the listener first, then what was found before, outside the lock
        listeners.add(listener);
        Map<ThingUID, DiscoveryResult> existing;
        synchronized (cache) {
            existing = Map.copyOf(cache);
        }
        existing.values().forEach(result -> listener.thingDiscovered(this, result));
    }

    @Override
    public void removeDiscoveryListener(@Nullable DiscoveryListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void startScan(@Nullable ScanListener listener) {
        runScan(null, listener);
    }

    @Override
    public void startScan(String input, @Nullable ScanListener listener) {
        runScan(input, listener);
    }

    private synchronized void runScan(@Nullable String input, @Nullable ScanListener listener) {
        // as the real one: a new scan ends the running one and cancels its automatic stop
        stopScan();
        cancelScheduledStop();
        scanListener = listener;
        if (getScanTimeout() > 0) {
            scheduledStop = scheduler.schedule(() -> {
                try {
                    stopScan();
                } catch (Exception e) {
                    logger.debug("Exception occurred during execution: {}", e.getMessage(), e);
                }
            }, getScanTimeout(), TimeUnit.SECONDS);
        }
        timestampOfLastScan = Instant.now();
        try {
            if (input != null && isScanInputSupported()) {
                startScan(input);
            } else {
                startScan();
            }
        } catch (RuntimeException e) {
            cancelScheduledStop();
            scanListener = null;
            throw e;
        }
    }

    private void cancelScheduledStop() {
        ScheduledFuture<?> stop = scheduledStop;
        if (stop != null) {
            stop.cancel(false);
            scheduledStop = null;
        }
    }

    @Override
    public synchronized void abortScan() {
        cancelScheduledStop();
        ScanListener listener = scanListener;
        if (listener != null) {
            listener.onErrorOccurred(new CancellationException("Scan has been aborted."));
            scanListener = null;
        }
    }

    protected abstract void startScan();

    protected void startScan(String input) {
        logger.warn("Discovery with input parameter not implemented by service '{}'!", getClass().getName());
    }

    protected synchronized void stopScan() {
        ScanListener listener = scanListener;
        if (listener != null) {
            listener.onFinished();
            scanListener = null;
        }
    }

    protected void thingDiscovered(final DiscoveryResult discoveryResult) {
        DiscoveryResult result = getLocalizedDiscoveryResult(discoveryResult, FrameworkUtil.getBundle(getClass()));
        for (DiscoveryListener listener : listeners) {
            scheduler.execute(() -> {
                try {
                    listener.thingDiscovered(this, result);
                } catch (Exception e) {
                    logger.error("An error occurred while calling the discovery listener {}.",
                            listener.getClass().getName(), e);
                }
            });
        }
        synchronized (cache) {
            cache.put(result.getThingUID(), result);
        }
    }

    protected void thingRemoved(ThingUID thingUID) {
        for (DiscoveryListener listener : listeners) {
            try {
                listener.thingRemoved(this, thingUID);
            } catch (Exception e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        synchronized (cache) {
            cache.remove(thingUID);
        }
    }

    // 4.3 signatures: 5.0 takes and returns an Instant instead of epoch milliseconds, so bindings built for both
    // must not call these three or getTimestampOfLastScan()
    protected void removeOlderResults(long timestamp) {
        removeOlderResults(timestamp, null, null);
    }

    protected void removeOlderResults(long timestamp, @Nullable ThingUID bridgeUID) {
        removeOlderResults(timestamp, null, bridgeUID);
    }

    protected void removeOlderResults(long timestamp, @Nullable Collection<ThingTypeUID> thingTypeUIDs,
            @Nullable ThingUID bridgeUID) {
        Collection<ThingTypeUID> types = thingTypeUIDs != null ? thingTypeUIDs : getSupportedThingTypes();
        Collection<ThingUID> removed = null;
        for (DiscoveryListener listener : listeners) {
            try {
                removed = listener.removeOlderResults(this, timestamp, types, bridgeUID);
            } catch (Exception e) {
                logger.error("An error occurred while calling the discovery listener {}.",
                        listener.getClass().getName(), e);
            }
        }
        if (removed != null) {
            synchronized (cache) {
                removed.forEach(cache::remove);
            }
        }
    }

    protected long getTimestampOfLastScan() {
        return Instant.MIN.equals(timestampOfLastScan) ? 0 : timestampOfLastScan.toEpochMilli();
    }

    protected void activate(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            backgroundDiscoveryEnabled = backgroundFlag(configProperties, backgroundDiscoveryEnabled);
        }
        if (backgroundDiscoveryEnabled) {
            startBackgroundDiscovery();
        }
    }

    protected void modified(@Nullable Map<String, Object> configProperties) {
        if (configProperties != null) {
            boolean enabled = backgroundFlag(configProperties, backgroundDiscoveryEnabled);
            if (backgroundDiscoveryEnabled && !enabled) {
                stopBackgroundDiscovery();
            } else if (!backgroundDiscoveryEnabled && enabled) {
                startBackgroundDiscovery();
            }
            backgroundDiscoveryEnabled = enabled;
        }
    }

    protected void deactivate() {
        if (backgroundDiscoveryEnabled) {
            stopBackgroundDiscovery();
        }
    }

    protected void startBackgroundDiscovery() {
    }

    protected void stopBackgroundDiscovery() {
    }

    // reads the "background" property like openHAB's ConfigParser.valueAsOrElse(value, Boolean.class, fallback)
    private static boolean backgroundFlag(Map<String, Object> config, boolean fallback) {
        Object value = config.get(CONFIG_PROPERTY_BACKGROUND_DISCOVERY);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            return Boolean.parseBoolean(s);
        }
        return fallback;
    }

    protected DiscoveryResult getLocalizedDiscoveryResult(final DiscoveryResult discoveryResult,
            @Nullable Bundle bundle) {
        TranslationProvider i18n = i18nProvider;
        LocaleProvider locales = localeProvider;
        if (i18n == null || locales == null) {
            return discoveryResult;
        }
        String currentLabel = discoveryResult.getLabel();
        String key = currentLabel.startsWith("@text/") ? currentLabel.replace("@text/", "")
                : "discovery." + discoveryResult.getThingUID().getAsString().replace(":", ".") + ".label";
        String[] parts = key.split("\\s+", 2);
        Object @Nullable [] args = parts.length == 1 ? null
                : Arrays.stream(parts[1].replaceAll("\\[|\\]|\"", "").split(",")).filter(s -> !s.isBlank())
                        .map(String::trim).toArray(Object[]::new);
        String label = i18n.getText(bundle, parts[0], currentLabel, locales.getLocale(), args);
        if (currentLabel.equals(label)) {
            return discoveryResult;
        }
        return DiscoveryResultBuilder.create(discoveryResult.getThingUID())
                .withThingType(discoveryResult.getThingTypeUID()).withBridge(discoveryResult.getBridgeUID())
                .withProperties(discoveryResult.getProperties())
                .withRepresentationProperty(discoveryResult.getRepresentationProperty()).withLabel(label)
                .withTTL(discoveryResult.getTimeToLive()).build();
    }
}
