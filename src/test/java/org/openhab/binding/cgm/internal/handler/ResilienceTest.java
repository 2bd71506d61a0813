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
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.engine.AccountGovernor;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;

/**
 * What the binding remembers, and what that spares the account: no login after a restart, no request during a
 * lockout or Retry-After however the thing is restarted, disabled or reconfigured with the same credentials, a fresh
 * start with new credentials, and never more than a handful of logins an hour.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ResilienceTest extends HostTestBase {

    private static final String EMAIL = "parent@example.com";
    private static final String PASSWORD = "s3cret-Passw0rd";
    private static final ThingUID LLU = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
    private static final ThingUID DEXCOM = new ThingUID(THING_TYPE_DEXCOM, "dx");

    private final LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");

    {
        account.addPatient("6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b", "Anna", "A", GlucoseUnitCode.MG_DL,
                ZoneId.of("Europe/Berlin"));
    }

    private void addLibreLinkUp(Object... replacements) {
        addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", EMAIL, "password", PASSWORD, "region", "auto", "baseUrl",
                simulator.libreLinkUpUrlTemplate()), replacements);
    }

    private long logins() {
        return simulator.requests().count(LluEndpoint.LOGIN);
    }

    /** openHAB stops and starts again on the same storage. */
    private void restart() {
        host.close();
        host = newHost();
    }

    @Test
    void aRestartMakesNoLogin() {
        addLibreLinkUp();
        scheduler.runDue();
        assertEquals(2, logins(), "global, redirected to eu");
        restart();
        addLibreLinkUp();
        scheduler.runDue();
        assertOnline(LLU);
        assertEquals(2, logins(), "the stored session and region serve the new start");
        // the last read (Anna, approved from the inbox on it, gets her start history right after it)
        List<RecordedRequest> reads = simulator.requests().all().stream()
                .filter(request -> !request.path().endsWith("/graph")).toList();
        RecordedRequest last = reads.get(reads.size() - 1);
        assertEquals("eu", last.region());
        assertEquals("/llu/connections", last.path());
    }

    @Test
    void aDexcomRestartMakesNoLoginEither() {
        simulator.dexcom().addAccount("publisher", PASSWORD, "us");
        Map<String, Object> config = map("username", "publisher", "password", PASSWORD, "region", "us", "baseUrl",
                simulator.dexcomUrlTemplate());
        host.addBridge(THING_TYPE_DEXCOM, "dx", config);
        scheduler.runDue();
        restart();
        host.addBridge(THING_TYPE_DEXCOM, "dx", config);
        scheduler.runDue();
        assertOnline(DEXCOM);
        assertEquals(1, simulator.requests().count(DexcomEndpoint.AUTHENTICATE));
        assertEquals(1, simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
    }

    @Test
    void aLockoutSurvivesDisablingReconfiguringAndRestarting() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
        addLibreLinkUp("region", "eu");
        scheduler.runDue();
        String locked = "@text/offline.comm-error.locked [\"09:05\"]";
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, locked);

        scheduler.advance(Duration.ofMinutes(1));
        host.disable(LLU);
        host.enable(LLU);
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, locked);
        host.reconfigure(LLU, map("refreshFloor", java.math.BigDecimal.valueOf(90)));
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, locked);
        restart();
        addLibreLinkUp("region", "eu", "refreshFloor", java.math.BigDecimal.valueOf(90));
        scheduler.runDue();
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, locked);

        scheduler.advanceTo(START.plusSeconds(299));
        assertEquals(1, logins(), "no login before the lockout ends");
        scheduler.advanceTo(START.plusSeconds(300));
        assertEquals(2, logins());
        assertOnline(LLU);
    }

    @Test
    void aRetryAfterSurvivesARestartHoweverFarAway() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(476, "65620"), 1);
        addLibreLinkUp("region", "eu");
        scheduler.runDue();
        restart();
        addLibreLinkUp("region", "eu");
        scheduler.runDue();
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.rate-limited [\"HTTP 476\", \"2026-11-22 03:13\"]");
        scheduler.advanceTo(START.plusSeconds(65619));
        assertEquals(1, simulator.requests().all().size());
        scheduler.advanceTo(START.plusSeconds(65620));
        assertOnline(LLU);
    }

    @Test
    void newCredentialsStartAfresh() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
        addLibreLinkUp("region", "eu", "password", "old-" + PASSWORD);
        scheduler.runDue();
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status(LLU).getStatusDetail());
        host.reconfigure(LLU, map("password", PASSWORD));
        scheduler.runDue();
        assertEquals(2, logins(), "the new password is tried at once");
        assertOnline(LLU);
    }

    @Test
    void aLockedDexcomAccountStaysUntouchedAcrossRestartsUntilTheConfigurationChanges() {
        DexcomAccount dexcom = simulator.dexcom().addAccount("publisher", PASSWORD, "us");
        dexcom.lock();
        Map<String, Object> config = map("username", "publisher", "password", PASSWORD, "region", "us", "baseUrl",
                simulator.dexcomUrlTemplate());
        host.addBridge(THING_TYPE_DEXCOM, "dx", config);
        scheduler.runDue();
        String lockedText = "@text/offline.config-error.account-locked";
        assertStatus(DEXCOM, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, lockedText);
        restart();
        host.addBridge(THING_TYPE_DEXCOM, "dx", config);
        scheduler.advance(Duration.ofDays(1));
        assertStatus(DEXCOM, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, lockedText);
        assertEquals(1, simulator.requests().all().size(), "not one request more");

        dexcom.unlock();
        dexcom.setPassword("new-" + PASSWORD);
        host.reconfigure(DEXCOM, map("password", "new-" + PASSWORD));
        scheduler.runDue();
        assertOnline(DEXCOM);
    }

    @Test
    void termsAreAcceptedOnlyWhenTheUserSaidSo() {
        account.requireTerms("tou", "pp");
        addLibreLinkUp("region", "eu", "acceptTerms", true);
        scheduler.runDue();
        assertOnline(LLU);
        // and the start history of the patient approved from the inbox on that read
        assertEquals(List.of("/llu/auth/login", "/auth/continue/tou", "/auth/continue/pp", "/llu/connections"),
                simulator.requests().all().stream().map(RecordedRequest::path).filter(path -> !path.endsWith("/graph"))
                        .toList());
    }

    @Test
    void anEmailVerificationIsNeverAcceptedOnTheUsersBehalf() {
        account.requireTerms("verifyEmail");
        addLibreLinkUp("region", "eu", "acceptTerms", true);
        scheduler.runDue();
        assertStatus(LLU, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.step-verify-email [\"09:30\"]");
        assertEquals(0, simulator.requests().count(LluEndpoint.CONTINUE));
    }

    @Test
    void neverMoreThanAHandfulOfLoginsAnHourWhateverHappens() {
        // every login answers with a server fault: back-off would still log in at 0, 1, 3, 7, 15, 31 min
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(502), Integer.MAX_VALUE);
        addLibreLinkUp("region", "eu");
        scheduler.runDue();
        List<String> texts = new ArrayList<>();
        for (int minute = 0; minute < 6 * 60; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
            texts.add(String.valueOf(status(LLU).getDescription()));
        }
        List<Instant> loginTimes = simulator.requests().all().stream().filter(r -> r.path().equals("/llu/auth/login"))
                .map(RecordedRequest::at).toList();
        for (Instant login : loginTimes) {
            long inHour = loginTimes.stream()
                    .filter(t -> !t.isBefore(login) && t.isBefore(login.plus(Duration.ofHours(1)))).count();
            assertTrue(inHour <= AccountGovernor.LOGINS_PER_HOUR, inHour + " logins in the hour from " + login);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("@text/offline.comm-error.login-budget")),
                "the budget is shown when it holds a login back");

        simulator.libreLinkUp().clearFaults();
        scheduler.advance(Duration.ofMinutes(31));
        assertOnline(LLU);
    }
}
