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
package org.openhab.binding.cgm.internal.client.dexcom;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.testutil.LoopbackHttp;
import org.openhab.binding.cgm.internal.testutil.MutableClock;

/**
 * A proxy for Dexcom Share is given either as the host it stands for or as the services root on it: both work.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DexcomBaseUrlTest {

    private static String servicesUrl(@Nullable String baseUrl) {
        return new DexcomSettings("u", null, "p", DexcomRegion.OUS, DexcomRegion.OUS.applicationId(), baseUrl)
                .servicesUrl();
    }

    @Test
    void withoutABaseUrlTheRegionsServicesAreCalled() {
        assertEquals("https://shareous1.dexcom.com/ShareWebServices/Services", servicesUrl(null));
        assertEquals("https://share2.dexcom.com/ShareWebServices/Services", DexcomRegion.US.servicesUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://share.example", "https://share.example/",
            "https://share.example/ShareWebServices/Services", "https://share.example/ShareWebServices/Services/",
            "https://share.example/sharewebservices/services" })
    void theHostRootAndTheServicesRootNameTheSameServices(String baseUrl) {
        assertEquals("https://share.example/ShareWebServices/Services".toLowerCase(Locale.ROOT),
                servicesUrl(baseUrl).toLowerCase(Locale.ROOT));
    }

    @Test
    void aProxyPathAndTheRegionPlaceholderAreKept() {
        assertEquals("https://proxy.example/dexcom-ous/ShareWebServices/Services",
                servicesUrl("https://proxy.example/dexcom-{region}"));
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void aLoginAndReadWorkThroughEitherForm(boolean servicesRoot) throws CloudException {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:05Z"));
        try (CloudSimulator simulator = CloudSimulator.start(clock)) {
            simulator.dexcom().addAccount("publisher-proxy", "Dexcom-Pa55", "ous");
            String template = simulator.dexcomUrlTemplate();
            String hostRoot = template.substring(0, template.length() - DexcomRegion.SERVICES_PATH.length());
            DexcomClient client = new DexcomClient(LoopbackHttp.jetty(Duration.ofSeconds(5)), clock,
                    new DexcomSettings("publisher-proxy", null, "Dexcom-Pa55", DexcomRegion.OUS,
                            DexcomRegion.OUS.applicationId(), servicesRoot ? template : hostRoot));
            client.logIn();
            List<Patient> patients = client.fetchPatients();
            assertEquals(1, patients.size());
            assertNotNull(patients.get(0).latest());
        }
    }
}
