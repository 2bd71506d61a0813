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
package org.openhab.binding.cgm.internal.discovery;

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.handler.CloudBridgeHandler;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.core.config.discovery.AbstractThingHandlerDiscoveryService;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.thing.ThingUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Puts every patient an account sees into the inbox, keyed by the vendor's patient id, and takes out those the
 * account no longer sees. It learns of patients from the bridge's polls and never calls the cloud itself.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(scope = ServiceScope.PROTOTYPE, service = PatientDiscoveryService.class)
public class PatientDiscoveryService extends AbstractThingHandlerDiscoveryService<CloudBridgeHandler> {

    private static final int SCAN_TIMEOUT_SECONDS = 5;

    /** Patient id → thing UID of what this service has put into the inbox. */
    private final Map<String, ThingUID> announced = new HashMap<>();

    public PatientDiscoveryService() {
        super(CloudBridgeHandler.class, Set.of(THING_TYPE_PATIENT), SCAN_TIMEOUT_SECONDS, false);
    }

    @Override
    public void initialize() {
        thingHandler.setDiscoveryService(this);
        super.initialize();
    }

    @Override
    public void dispose() {
        super.dispose();
        thingHandler.setDiscoveryService(null);
    }

    @Override
    protected void startScan() {
        Map<String, Patient> known = thingHandler.lastPatients();
        if (known != null) {
            patientsSeen(List.copyOf(known.values()));
        }
    }

    /** The patients of the latest poll: all of them, so that those missing have gone. */
    public synchronized void patientsSeen(List<Patient> patients) {
        ThingUID bridgeUID = thingHandler.getThing().getUID();
        Map<String, ThingUID> current = new HashMap<>();
        for (Patient patient : patients) {
            ThingUID uid = new ThingUID(THING_TYPE_PATIENT, bridgeUID, thingId(patient.id()));
            current.put(patient.id(), uid);
            thingDiscovered(DiscoveryResultBuilder.create(uid).withBridge(bridgeUID)
                    .withProperty(CONFIG_PATIENT_ID, patient.id()).withRepresentationProperty(CONFIG_PATIENT_ID)
                    .withLabel(patient.displayName()).build());
        }
        announced.forEach((id, uid) -> {
            if (!current.containsKey(id)) {
                thingRemoved(uid);
            }
        });
        announced.clear();
        announced.putAll(current);
    }

    /** Thing ids allow letters, digits, '-' and '_'; LibreLinkUp patient ids are UUIDs already. */
    static String thingId(String patientId) {
        return patientId.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
