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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.UrlTemplate;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpClient;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpHosts;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpSettings;
import org.openhab.core.thing.Bridge;

/**
 * A LibreLinkUp follower account.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class LibreLinkUpBridgeHandler extends CloudBridgeHandler {

    /** Below this the cloud sees a client that polls faster than the sensor reads. */
    static final int MIN_REFRESH_FLOOR_SECONDS = 30;
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){1,3}");

    private volatile @Nullable LibreLinkUpClient client;
    private volatile Duration floor = Duration.ofSeconds(60);

    public LibreLinkUpBridgeHandler(Bridge bridge, CgmRuntime runtime) {
        super(bridge, runtime);
    }

    @Override
    protected CloudAccount createAccount() throws ConfigurationProblem {
        LibreLinkUpConfiguration config = getConfigAs(LibreLinkUpConfiguration.class);
        if (config.email.isBlank() || config.password.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.credentials-missing");
        }
        String region = config.region.trim().toLowerCase(Locale.ROOT);
        if (region.isEmpty() || "auto".equals(region)) {
            region = LibreLinkUpHosts.GLOBAL;
        } else if (!LibreLinkUpHosts.isKnown(region)) {
            throw new ConfigurationProblem("offline.config-error.unknown-region", config.region);
        }
        String version = config.clientVersion.trim();
        if (!VERSION.matcher(version).matches()) {
            throw new ConfigurationProblem("offline.config-error.invalid-client-version", version);
        }
        String baseUrl = config.baseUrl.trim();
        if (!baseUrl.isEmpty() && !UrlTemplate.isUsable(baseUrl)) {
            throw new ConfigurationProblem("offline.config-error.invalid-base-url");
        }
        floor = Duration.ofSeconds(Math.max(MIN_REFRESH_FLOOR_SECONDS, config.refreshFloor));
        LibreLinkUpSettings settings = new LibreLinkUpSettings(config.email.trim(), config.password, region, version,
                baseUrl.isEmpty() ? null : baseUrl, config.acceptTerms);
        LibreLinkUpClient newClient = new LibreLinkUpClient(runtime.transport(), runtime.clock(), settings);
        client = newClient;
        return newClient;
    }

    @Override
    protected List<String> accountIdentity() {
        LibreLinkUpConfiguration config = getConfigAs(LibreLinkUpConfiguration.class);
        return List.of("librelinkup", config.email.trim().toLowerCase(Locale.ROOT), config.password,
                config.region.trim().toLowerCase(Locale.ROOT), config.baseUrl.trim());
    }

    @Override
    protected Duration pollFloor() {
        return floor;
    }

    @Override
    protected String badCredentialsKey() {
        return "offline.config-error.librelinkup-bad-credentials";
    }

    /** Shows where the account was found and the app version the cloud accepted, when they change. */
    @Override
    protected void pollSucceeded() {
        LibreLinkUpClient current = client;
        if (current == null) {
            return;
        }
        Map<String, String> properties = getThing().getProperties();
        if (!current.region().equals(properties.get(PROPERTY_REGION))
                || !current.clientVersion().equals(properties.get(PROPERTY_CLIENT_VERSION))) {
            Map<String, String> updated = new HashMap<>(editProperties());
            updated.put(PROPERTY_REGION, current.region());
            updated.put(PROPERTY_CLIENT_VERSION, current.clientVersion());
            updateProperties(updated);
        }
    }
}
