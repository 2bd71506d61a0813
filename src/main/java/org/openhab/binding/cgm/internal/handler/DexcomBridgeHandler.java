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

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.UrlTemplate;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomClient;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomSettings;
import org.openhab.core.thing.Bridge;

/**
 * A Dexcom Share publisher account. Its one patient is the publisher.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DexcomBridgeHandler extends CloudBridgeHandler {

    /** Dexcom reads every five minutes; a poll a minute is the most a silent sensor ever costs. */
    private static final Duration FLOOR = Duration.ofSeconds(60);

    public DexcomBridgeHandler(Bridge bridge, CgmRuntime runtime) {
        super(bridge, runtime);
    }

    @Override
    protected CloudAccount createAccount() throws ConfigurationProblem {
        DexcomConfiguration config = getConfigAs(DexcomConfiguration.class);
        String username = config.username.trim();
        String accountId = config.accountId.trim().toLowerCase(Locale.ROOT);
        if ((username.isEmpty() && accountId.isEmpty()) || config.password.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.dexcom-credentials-missing");
        }
        if (!accountId.isEmpty() && !DexcomClient.isAccountId(accountId)) {
            throw new ConfigurationProblem("offline.config-error.invalid-account-id");
        }
        Optional<DexcomRegion> region = DexcomRegion.fromCode(config.region);
        if (region.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.unknown-dexcom-region", config.region);
        }
        String applicationId = config.applicationId.trim();
        if (!applicationId.isEmpty() && !DexcomClient.isAccountId(applicationId)) {
            throw new ConfigurationProblem("offline.config-error.invalid-application-id");
        }
        String baseUrl = config.baseUrl.trim();
        if (!baseUrl.isEmpty() && !UrlTemplate.isUsable(baseUrl)) {
            throw new ConfigurationProblem("offline.config-error.invalid-base-url");
        }
        DexcomSettings settings = new DexcomSettings(username, accountId.isEmpty() ? null : accountId, config.password,
                region.get(), applicationId.isEmpty() ? region.get().applicationId() : applicationId,
                baseUrl.isEmpty() ? null : baseUrl);
        return new DexcomClient(runtime.transport(), runtime.clock(), settings);
    }

    @Override
    protected List<String> accountIdentity() {
        DexcomConfiguration config = getConfigAs(DexcomConfiguration.class);
        return List.of("dexcom", config.username.trim().toLowerCase(Locale.ROOT),
                config.accountId.trim().toLowerCase(Locale.ROOT), config.password,
                config.region.trim().toLowerCase(Locale.ROOT), config.baseUrl.trim(), config.applicationId.trim());
    }

    @Override
    protected Duration pollFloor() {
        return FLOOR;
    }

    @Override
    protected String badCredentialsKey() {
        return "offline.config-error.dexcom-bad-credentials";
    }
}
