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

import java.time.ZoneId;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.thing.ThingUID;

/**
 * For tests of what a patient thing shows: Anna on a LibreLinkUp account and a Dexcom publisher, their bridges and
 * things, in a few short calls.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class PatientTestBase extends HostTestBase {

    protected static final String EMAIL = "parent@example.com";
    protected static final String PASSWORD = "s3cret-Passw0rd";
    protected static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    protected static final ThingUID LLU_BRIDGE = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
    protected static final ThingUID ANNA_THING = new ThingUID(THING_TYPE_PATIENT, LLU_BRIDGE, ANNA);
    protected static final String DEXCOM_USER = "publisher-anna";
    protected static final String DEXCOM_PASSWORD = "Dexcom-Secret-1";
    protected static final ThingUID DEXCOM_BRIDGE = new ThingUID(THING_TYPE_DEXCOM, "dx");
    protected static final ThingUID PUBLISHER = new ThingUID(THING_TYPE_PATIENT, DEXCOM_BRIDGE, "publisher");

    /** The LibreLinkUp follower account, in region eu. */
    protected LluAccount libreLinkUpAccount() {
        return simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
    }

    /** Anna, in mg/dL, her phone in Berlin. */
    protected static LluPatient addAnna(LluAccount account) {
        return account.addPatient(ANNA, "Anna", "Ander", GlucoseUnitCode.MG_DL, ZoneId.of("Europe/Berlin"));
    }

    protected void addLibreLinkUpBridge(String region) {
        addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", EMAIL, "password", PASSWORD, "region", region, "baseUrl",
                simulator.libreLinkUpUrlTemplate()));
    }

    /** The Dexcom publisher account, in region ous, reading at :30 of each 5 minutes. */
    protected DexcomAccount dexcomAccount() {
        DexcomAccount account = simulator.dexcom().addAccount(DEXCOM_USER, DEXCOM_PASSWORD, "ous");
        account.setSensorPhaseSeconds(30);
        return account;
    }

    protected void addDexcomBridge() {
        addBridge(THING_TYPE_DEXCOM, "dx", map("username", DEXCOM_USER, "password", DEXCOM_PASSWORD, "region", "ous",
                "baseUrl", simulator.dexcomUrlTemplate()));
    }

    /** A patient thing openHAB already knows, so that it exists from the first poll on. */
    protected void addPatientThing(ThingUID bridge, String patientId, Map<String, Object> configuration) {
        configuration.put(CONFIG_PATIENT_ID, patientId);
        host.addThing(THING_TYPE_PATIENT, bridge, patientId, configuration);
    }
}
