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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.PROPERTY_SIMULATED;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.binding.cgm.internal.client.demo.DemoScenario;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.openhab.core.thing.Bridge;

/**
 * A simulated account for trying rules and dashboards without a sensor: its patients follow a scenario from the
 * moment the bridge initializes, through the same engine, patient things and channels as a real account. A new
 * configuration starts the scenario again.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DemoBridgeHandler extends CloudBridgeHandler {

    private static final Duration FLOOR = Duration.ofSeconds(60);

    public DemoBridgeHandler(Bridge bridge, CgmRuntime runtime) {
        super(bridge, runtime);
    }

    @Override
    public void initialize() {
        updateProperty(PROPERTY_SIMULATED, "true");
        super.initialize();
    }

    @Override
    protected CloudAccount createAccount() throws ConfigurationProblem {
        DemoConfiguration config = getConfigAs(DemoConfiguration.class);
        Optional<DemoScenario> scenario = DemoScenario.fromId(config.scenario);
        if (scenario.isEmpty()) {
            throw new ConfigurationProblem("offline.config-error.demo-scenario", config.scenario);
        }
        if (config.patients < 1 || config.patients > DemoAccount.MAX_PATIENTS) {
            throw new ConfigurationProblem("offline.config-error.demo-patients");
        }
        SensorCadence cadence = switch (config.cadence.trim().toLowerCase(Locale.ROOT)) {
            case "libre" -> SensorCadence.FREESTYLE_LIBRE;
            case "dexcom" -> SensorCadence.DEXCOM;
            default -> throw new ConfigurationProblem("offline.config-error.demo-cadence", config.cadence);
        };
        // time zero of the scenario is now: a new configuration replays it
        return new DemoAccount(runtime.clock(), scenario.get(), config.patients, cadence);
    }

    @Override
    protected List<String> accountIdentity() {
        // the bridge's own uid keeps two demo bridges apart; a simulated account has nothing to protect
        return List.of("demo", getThing().getUID().getAsString());
    }

    @Override
    protected Duration pollFloor() {
        return FLOOR;
    }

    @Override
    protected String badCredentialsKey() {
        // a simulated account has no credentials to refuse
        return "offline.config-error.demo-scenario";
    }
}
