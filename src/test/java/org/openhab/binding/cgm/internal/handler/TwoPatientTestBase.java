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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.core.thing.ThingUID;

/**
 * A LibreLinkUp account in the EU region that two patients share with, Anna (mg/dL) and Ben (mmol/L), whose sensors
 * read at different seconds of the minute.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
abstract class TwoPatientTestBase extends HostTestBase {

    protected static final String EMAIL = "parent@example.com";
    protected static final String PASSWORD = "s3cret-Passw0rd";
    protected static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    protected static final String BEN = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
    protected static final ThingUID BRIDGE = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
    protected static final ThingUID ANNA_THING = new ThingUID(THING_TYPE_PATIENT, BRIDGE, ANNA);
    protected static final ThingUID BEN_THING = new ThingUID(THING_TYPE_PATIENT, BRIDGE, BEN);

    protected final LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
    protected final LluPatient anna = account.addPatient(ANNA, "Anna", "Ander", GlucoseUnitCode.MG_DL,
            ZoneId.of("Europe/Berlin"));
    protected final LluPatient ben = account.addPatient(BEN, "Ben", "Bauer", GlucoseUnitCode.MMOL,
            ZoneId.of("Europe/London"));

    {
        anna.setSensorPhaseSeconds(17);
        ben.setSensorPhaseSeconds(40);
    }

    /** The bridge of the account, region auto unless replaced. */
    protected void addBridge(Object... replacements) {
        addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", EMAIL, "password", PASSWORD, "region", "auto", "baseUrl",
                simulator.libreLinkUpUrlTemplate()), replacements);
    }

    protected long count(LluEndpoint endpoint) {
        return simulator.requests().count(endpoint);
    }
}
