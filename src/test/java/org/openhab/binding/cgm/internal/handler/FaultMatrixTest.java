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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.cgm.internal.engine.AccountGovernor;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LogCapture;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;

/**
 * Every fault, held for hours of virtual time against the simulator: how many requests and logins it costs (bounded
 * as the README promises), the status text the user sees, recovery once the fault clears, and no secret in any log
 * line meanwhile.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class FaultMatrixTest extends HostTestBase {

    private static final String EMAIL = "parent@example.com";
    private static final String PASSWORD = "Matrix-Secret-7";
    private static final String DEXCOM_USER = "publisher-of-matrix";

    /**
     * @param endpoint a {@link LluEndpoint} or a {@link DexcomEndpoint}
     * @param maxRequests the most requests the whole fault period may cost, first poll included
     * @param status how the bridge's status description starts at the end of the fault period
     * @param recovers whether the bridge is online within 35 minutes of the fault clearing
     */
    record Case(String name, Enum<?> endpoint, Fault fault, Duration period, int maxRequests, String status,
            boolean recovers) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        Duration sixHours = Duration.ofHours(6);
        return Stream.of(
                new Case("Cloudflare page", LluEndpoint.CONNECTIONS, Fault.cloudflareHtml(), sixHours, 20,
                        "@text/offline.comm-error.blocked", true),
                new Case("truncated JSON", LluEndpoint.CONNECTIONS, Fault.truncatedJson(), sixHours, 20,
                        "@text/offline.comm-error.bad-response", true),
                new Case("HTTP 500", LluEndpoint.CONNECTIONS, Fault.httpStatus(500), sixHours, 20,
                        "@text/offline.comm-error.server-error", true),
                new Case("HTTP 503 Retry-After 600 s", LluEndpoint.CONNECTIONS, Fault.httpStatus(503, "600"), sixHours,
                        40, "@text/offline.comm-error.server-error", true),
                new Case("HTTP 429 Retry-After HTTP date", LluEndpoint.CONNECTIONS,
                        Fault.httpStatusRetryAt(429, START.plus(Duration.ofHours(2))), sixHours, 20,
                        "@text/offline.comm-error.rate-limited", true),
                new Case("HTTP 430 without Retry-After", LluEndpoint.CONNECTIONS, Fault.httpStatus(430), sixHours, 20,
                        "@text/offline.comm-error.rate-limited", true),
                new Case("HTTP 476 Retry-After 65620 s", LluEndpoint.CONNECTIONS, Fault.httpStatus(476, "65620"),
                        sixHours, 3, "@text/offline.comm-error.rate-limited", false),
                new Case("maintenance", LluEndpoint.CONNECTIONS, Fault.maintenance(), sixHours, 20,
                        "@text/offline.comm-error.maintenance", true),
                new Case("slow answer", LluEndpoint.CONNECTIONS, Fault.slowResponse(Duration.ofSeconds(30)),
                        Duration.ofHours(1), 10, "@text/offline.comm-error.network", true),
                new Case("connection reset", LluEndpoint.CONNECTIONS, Fault.connectionReset(), sixHours, 20,
                        "@text/offline.comm-error.network", true),
                new Case("token always rejected", LluEndpoint.CONNECTIONS, Fault.expiredToken(), sixHours, 70,
                        "@text/offline.comm-error", true),
                new Case("login lockout", LluEndpoint.LOGIN, Fault.lockout(), sixHours, 6 * 5,
                        "@text/offline.comm-error", true),
                new Case("login firewall page", LluEndpoint.LOGIN, Fault.cloudflareHtml(), sixHours, 20,
                        "@text/offline.comm-error", true),
                new Case("Dexcom session never valid", DexcomEndpoint.READ_GLUCOSE,
                        Fault.dexcomError("SessionNotValid", "Session not active or timed out."), sixHours, 70,
                        "@text/offline.comm-error", true),
                new Case("Dexcom HTTP 500", DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(500), sixHours, 25,
                        "@text/offline.comm-error.server-error", true),
                new Case("Dexcom connection reset", DexcomEndpoint.READ_GLUCOSE, Fault.connectionReset(), sixHours, 25,
                        "@text/offline.comm-error.network", true),
                new Case("Dexcom password refused", DexcomEndpoint.AUTHENTICATE,
                        Fault.dexcomError("AccountPasswordInvalid", "Publisher account password failed"), sixHours, 1,
                        "@text/offline.config-error.dexcom-bad-credentials", false),
                new Case("Dexcom lockout", DexcomEndpoint.AUTHENTICATE,
                        Fault.dexcomError("SSO_AuthenticateMaxAttemptsExceeded",
                                "Maximum authentication attempts exceeded"),
                        sixHours, 1, "@text/offline.config-error.account-locked", false));
    }

    /** The most requests a fault may cost on this test's transport. */
    protected int allowedRequests(Case c) {
        return c.maxRequests();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aFaultCostsBoundedRequestsTellsTheUserAndHeals(Case c) {
        boolean dexcom = c.endpoint() instanceof DexcomEndpoint;
        List<String> secrets = new ArrayList<>(List.of(EMAIL, PASSWORD, DEXCOM_USER));
        ThingUID bridge;
        try (LogCapture log = new LogCapture()) {
            if (dexcom) {
                DexcomAccount account = simulator.dexcom().addAccount(DEXCOM_USER, PASSWORD, "us");
                secrets.add(account.accountId());
                simulator.dexcom().injectFault((DexcomEndpoint) c.endpoint(), c.fault(), Integer.MAX_VALUE);
                bridge = new ThingUID(THING_TYPE_DEXCOM, "dx");
                host.addBridge(THING_TYPE_DEXCOM, "dx", map("username", DEXCOM_USER, "password", PASSWORD, "region",
                        "us", "baseUrl", simulator.dexcomUrlTemplate()));
            } else {
                LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
                account.addPatient("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "Annika", "Zwiebelmeyer",
                        GlucoseUnitCode.MG_DL, ZoneId.of("Europe/Berlin"));
                secrets.addAll(List.of(account.userId(), account.accountIdHash(), "Annika", "Zwiebelmeyer"));
                simulator.libreLinkUp().injectFault((LluEndpoint) c.endpoint(), c.fault(), Integer.MAX_VALUE);
                bridge = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
                host.addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", EMAIL, "password", PASSWORD, "region", "eu",
                        "baseUrl", simulator.libreLinkUpUrlTemplate()));
            }
            scheduler.runDue();
            scheduler.advance(c.period());

            List<RecordedRequest> requests = simulator.requests().all();
            int bound = allowedRequests(c);
            assertTrue(requests.size() <= bound, requests.size() + " requests, at most " + bound);
            assertLoginBudgetHeld(requests);
            String description = String.valueOf(status(bridge).getDescription());
            assertEquals(ThingStatus.OFFLINE, status(bridge).getStatus());
            assertTrue(description.startsWith(c.status()), description);
            assertFalse(host.translate(status(bridge)).isEmpty());

            simulator.libreLinkUp().clearFaults();
            simulator.dexcom().clearFaults();
            scheduler.advance(Duration.ofMinutes(35));
            assertEquals(c.recovers(), status(bridge).getStatus() == ThingStatus.ONLINE, status(bridge).toString());

            for (RecordedRequest request : simulator.requests().all()) {
                String authorization = request.header("authorization");
                if (authorization != null) {
                    secrets.add(authorization.substring("Bearer ".length()));
                }
                String session = request.queryParameter("sessionId");
                if (session != null && !session.isEmpty()) {
                    secrets.add(session);
                }
            }
            for (String line : log.lines()) {
                for (String secret : secrets) {
                    assertFalse(line.contains(secret), "a log line shows a secret: " + line);
                }
            }
        }
    }

    private static void assertLoginBudgetHeld(List<RecordedRequest> requests) {
        List<Instant> logins = requests.stream().filter(FaultMatrixTest::isLogin).map(RecordedRequest::at).toList();
        for (Instant login : logins) {
            long inHour = logins.stream().filter(t -> !t.isBefore(login) && t.isBefore(login.plus(Duration.ofHours(1))))
                    .count();
            assertTrue(inHour <= AccountGovernor.LOGINS_PER_HOUR, inHour + " logins in the hour from " + login);
        }
    }

    /** A login's last step: Dexcom's AuthenticatePublisherAccount is the first step of the same login. */
    private static boolean isLogin(RecordedRequest request) {
        String path = request.path();
        return path.endsWith("/llu/auth/login") || path.endsWith("/General/LoginPublisherAccountById");
    }
}
