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

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.CgmBindingConstants;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.UrlTemplate;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutClient;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutSettings;
import org.openhab.binding.cgm.internal.client.nightscout.NightscoutSite;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;

/**
 * A Nightscout site. Its one patient is the person whose readings the site holds.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class NightscoutBridgeHandler extends CloudBridgeHandler {

    /** The shortest floor allowed: a site is someone's own small server. */
    static final int MIN_FLOOR_SECONDS = 30;

    private volatile @Nullable NightscoutClient client;

    public NightscoutBridgeHandler(Bridge bridge, CgmRuntime runtime) {
        super(bridge, runtime);
    }

    @Override
    protected CloudAccount createAccount() throws ConfigurationProblem {
        NightscoutConfiguration config = getConfigAs(NightscoutConfiguration.class);
        String url = config.url.trim();
        if (url.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.nightscout-url-missing");
        }
        if (!UrlTemplate.isUsable(url) || hasQueryOrUser(url)) {
            throw new ConfigurationProblem("offline.config-error.nightscout-url-invalid");
        }
        String token = config.token.trim();
        String secret = config.apiSecret.trim();
        if (token.isEmpty() && secret.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.nightscout-credentials-missing");
        }
        NightscoutSettings settings = new NightscoutSettings(url, token.isEmpty() ? null : token,
                token.isEmpty() ? secret : null);
        NightscoutClient newClient = new NightscoutClient(runtime.transport(), runtime.clock(), settings,
                this::onBoardWanted);
        client = newClient;
        return newClient;
    }

    /** A token or a user in the URL would travel in every request and show wherever the URL is shown. */
    private static boolean hasQueryOrUser(String url) {
        URI uri = URI.create(url);
        return uri.getRawQuery() != null || uri.getRawUserInfo() != null || uri.getRawFragment() != null;
    }

    /** True while a patient thing of this site has its insulin or carbohydrates on board channel linked. */
    private boolean onBoardWanted() {
        for (Thing child : getThing().getThings()) {
            if (child.getHandler() instanceof PatientHandler patientHandler && patientHandler.wantsOnBoard()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected List<String> accountIdentity() {
        NightscoutConfiguration config = getConfigAs(NightscoutConfiguration.class);
        return List.of("nightscout", config.url.trim(), config.token.trim(), config.apiSecret.trim());
    }

    @Override
    protected Duration pollFloor() {
        int seconds = getConfigAs(NightscoutConfiguration.class).refreshFloor;
        return Duration.ofSeconds(Math.max(MIN_FLOOR_SECONDS, seconds));
    }

    @Override
    protected String badCredentialsKey() {
        return "offline.config-error.nightscout-token-refused";
    }

    @Override
    protected @Nullable String configurationErrorKey(CloudException failure) {
        String detail = failure.detail();
        if (failure.kind() == FailureKind.BAD_CREDENTIALS && NightscoutClient.REFUSED_SECRET.equals(detail)) {
            return "offline.config-error.nightscout-secret-refused";
        }
        if (failure.kind() == FailureKind.BAD_CREDENTIALS && NightscoutClient.READ_DENIED.equals(detail)) {
            return "offline.config-error.nightscout-read-denied";
        }
        if (failure.kind() == FailureKind.INVALID_CONFIGURATION && NightscoutClient.NOT_NIGHTSCOUT.equals(detail)) {
            return "offline.config-error.nightscout-not-a-site";
        }
        return null;
    }

    @Override
    protected void pollSucceeded() {
        NightscoutClient current = client;
        NightscoutSite site = current != null ? current.site() : null;
        if (site != null && !site.version().isEmpty()) {
            updateProperty(CgmBindingConstants.PROPERTY_NIGHTSCOUT_VERSION, site.version());
        }
    }
}
