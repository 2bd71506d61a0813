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

import static org.junit.jupiter.api.Assertions.*;
import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LogCapture;
import org.openhab.core.thing.ThingUID;

/**
 * No password, token, e-mail, account id or patient name in any log line at any level, nor in a thing property,
 * whatever happens to the account.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class NoSecretsTest extends HostTestBase {

    private static final String EMAIL = "mother.of.anna@example.org";
    private static final String PASSWORD = "Pa55word-Nobody-May-See";
    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");

    @Test
    void noSecretReachesALogLineOrAProperty() {
        LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
        account.setName("Margarethe", "Quellenhof");
        account.addPatient("5d0c7e1a-2b3c-4d5e-8f90-a1b2c3d4e5f6", "Annika", "Zwiebelmeyer", GlucoseUnitCode.MG_DL,
                ZoneId.of("Europe/Berlin"));
        try (LogCapture log = new LogCapture()) {
            Map<String, Object> config = map("email", EMAIL, "password", "wrong-" + PASSWORD, "region", "auto",
                    "baseUrl", simulator.libreLinkUpUrlTemplate());
            host.addBridge(THING_TYPE_LIBRELINKUP, "acc", config);
            scheduler.runDue();
            host.reconfigure(BRIDGE, map("password", PASSWORD));
            simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
            scheduler.runDue();
            scheduler.advance(Duration.ofMinutes(6));
            for (Fault fault : List.of(Fault.expiredToken(), Fault.cloudflareHtml(), Fault.truncatedJson(),
                    Fault.httpStatus(476, "120"), Fault.httpStatus(500), Fault.maintenance())) {
                simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, fault, 1);
                scheduler.advance(Duration.ofMinutes(5));
            }
            account.requireTerms("pp");
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.expiredToken(), 1);
            scheduler.advance(Duration.ofMinutes(5));

            List<String> secrets = new ArrayList<>(List.of(EMAIL, PASSWORD, account.userId(), account.accountIdHash(),
                    "Margarethe", "Quellenhof", "Annika", "Zwiebelmeyer"));
            for (RecordedRequest request : simulator.requests().all()) {
                String authorization = request.header("authorization");
                if (authorization != null) {
                    secrets.add(authorization.substring("Bearer ".length()));
                }
            }
            assertTrue(secrets.size() > 10, "tokens were issued and used");
            List<String> lines = log.lines();
            assertTrue(lines.size() > 5, "the flow logged something to check: " + lines.size());
            for (String line : lines) {
                for (String secret : secrets) {
                    assertFalse(line.contains(secret), "a log line shows a secret: " + line);
                }
            }
            for (ThingUID uid : List.of(BRIDGE)) {
                String properties = host.thing(uid).getProperties().toString();
                for (String secret : secrets) {
                    assertFalse(properties.contains(secret), "a property shows a secret: " + properties);
                }
            }
            host.inbox().keySet().forEach(uid -> {
                String properties = host.thing(uid).getProperties().toString();
                for (String secret : secrets) {
                    assertFalse(properties.contains(secret), "a property shows a secret: " + properties);
                }
            });
        }
    }

    @Test
    void noDexcomSecretReachesALogLine() {
        DexcomAccount account = simulator.dexcom().addAccount("anna.publisher", PASSWORD, "us");
        account.addAlias(EMAIL);
        simulator.dexcom().setSessionLifetime(Duration.ofMinutes(20));
        ThingUID bridge = new ThingUID(THING_TYPE_DEXCOM, "dx");
        try (LogCapture log = new LogCapture()) {
            host.addBridge(THING_TYPE_DEXCOM, "dx", map("username", EMAIL, "password", "wrong-" + PASSWORD, "region",
                    "us", "baseUrl", simulator.dexcomUrlTemplate()));
            scheduler.runDue();
            host.reconfigure(bridge, map("password", PASSWORD));
            scheduler.runDue();
            for (Fault fault : List.of(Fault.cloudflareHtml(), Fault.truncatedJson(), Fault.httpStatus(503, "60"),
                    Fault.dexcomError("SessionIdNotFound", "Failed to find session object."))) {
                simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, fault, 1);
                scheduler.advance(Duration.ofMinutes(10));
            }
            scheduler.advance(Duration.ofHours(1));

            List<String> secrets = new ArrayList<>(List.of(EMAIL, PASSWORD, "anna.publisher", account.accountId()));
            for (RecordedRequest request : simulator.requests().all()) {
                String query = request.query();
                if (query != null && query.contains("sessionId=")) {
                    secrets.add(query.replaceAll(".*sessionId=([^&]+).*", "$1"));
                }
            }
            assertTrue(secrets.size() > 5, "sessions were opened and used: " + secrets.size());
            for (String line : log.lines()) {
                for (String secret : secrets) {
                    assertFalse(line.contains(secret), "a log line shows a secret: " + line);
                }
            }
            String properties = host.thing(bridge).getProperties().toString();
            for (String secret : secrets) {
                assertFalse(properties.contains(secret), "a property shows a secret: " + properties);
            }
        }
    }
}
