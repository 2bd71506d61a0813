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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.console.CgmConsoleCommandExtension;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.core.io.console.Console;
import org.openhab.core.thing.ThingUID;

/**
 * {@code cgm status}, {@code cgm readings} and {@code cgm retry} through the real handlers, for an account in each
 * state the engine can be in; no secret and no name in any of it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class ConsoleCommandTest extends HostTestBase {

    private static final String EMAIL = "carer@example.com";
    private static final String PASSWORD = "Very-Secret-Pw-42";
    private static final String ANNA = "6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
    private static final ThingUID BRIDGE = new ThingUID(THING_TYPE_LIBRELINKUP, "acc");
    private static final ThingUID ANNA_THING = new ThingUID(THING_TYPE_PATIENT, BRIDGE, ANNA);
    private static final ThingUID DEMO = new ThingUID(THING_TYPE_DEMO, "demo");

    private final LluAccount account = simulator.libreLinkUp().addAccount(EMAIL, PASSWORD, "eu");
    private final List<String> printed = new ArrayList<>();

    {
        account.addPatient(ANNA, "Annabelle", "Zwicky", GlucoseUnitCode.MG_DL, ZoneId.of("Europe/Berlin"))
                .setSensorPhaseSeconds(17);
    }

    private final Console console = new Console() {
        @Override
        public void print(String s) {
            printed.add(s);
        }

        @Override
        public void println(String s) {
            printed.add(s);
        }

        @Override
        public void printUsage(String s) {
            printed.add("usage: " + s);
        }
    };

    private String run(String... args) {
        printed.clear();
        new CgmConsoleCommandExtension(host.factory().handlers(), () -> ZONE, clock).execute(args, console);
        return String.join("\n", printed);
    }

    private void addAccount(Object... replacements) {
        addBridge(THING_TYPE_LIBRELINKUP, "acc", map("email", EMAIL, "password", PASSWORD, "region", "auto", "baseUrl",
                simulator.libreLinkUpUrlTemplate()), replacements);
    }

    @AfterEach
    void nothingSecretWasPrinted() {
        String all = String.join("\n", printed);
        for (String secret : List.of(EMAIL, PASSWORD, "Annabelle", "Zwicky", "carer")) {
            assertFalse(all.contains(secret), secret + " printed:\n" + all);
        }
    }

    @Test
    void aPollingAccountShowsItsCadenceLoginsAndPatients() {
        addAccount();
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(3));
        String status = run("status");
        assertTrue(status.contains("cgm:librelinkup:acc  LibreLinkUp  ONLINE"), status);
        assertTrue(status.contains("last successful poll 09:02:37"), status);
        assertTrue(status.contains("(cadence: just after the next reading is due)"), status);
        // the regional redirect costs a second password post, and every one counts
        assertTrue(status.contains("logins last hour    2 of 5"), status);
        assertTrue(status.contains("failures            0"), status);
        assertTrue(status.contains("patient " + ANNA_THING + "  ONLINE, newest reading 09:0"), status);
    }

    @Test
    void aBackOffSaysSoAndARetryPlansThePollSooner() {
        addAccount();
        scheduler.runDue();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503), 3);
        scheduler.advance(Duration.ofMinutes(5));
        String status = run("status");
        assertTrue(status.contains("OFFLINE COMMUNICATION_ERROR"), status);
        assertTrue(status.contains("(back-off after 3 failures)"), status);
        assertTrue(status.contains("failures            3 in a row, last SERVER_ERROR"), status);

        var planned = nextPending();
        String retry = run("retry", BRIDGE.getAsString());
        assertTrue(retry.startsWith("Next poll of cgm:librelinkup:acc planned at "), retry);
        assertTrue(nextPending().isBefore(planned));
        assertTrue(run("status").contains("(retry asked for)"));
        scheduler.advanceTo(nextPending());
        assertOnline(BRIDGE);
        assertTrue(run("status").contains("(cadence"));
    }

    @Test
    void aRateLimitNamesTheTimeAndRefusesARetry() {
        addAccount();
        scheduler.runDue();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(429, "7200"), 1);
        scheduler.advanceTo(nextPending());
        String status = run("status");
        assertTrue(status.contains("11:0"), status);
        assertTrue(status.contains("(rate limit: the cloud asked for no request before 11:0"), status);
        var planned = nextPending();
        String retry = run("retry", BRIDGE.getAsString());
        assertTrue(retry.startsWith("Not now: the cloud asked for no request before 11:0"), retry);
        assertEquals(planned, nextPending(), "the retry changed nothing");
    }

    @Test
    void aLockoutNamesItsEndAndRefusesARetry() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.lockout(), 1);
        addAccount();
        scheduler.runDue();
        String status = run("status");
        assertTrue(status.contains("(lockout: logins locked until 09:0"), status);
        assertTrue(status.contains("last successful poll none yet"), status);
        assertTrue(status.contains("last LOCKED_OUT"), status);
        String retry = run("retry", BRIDGE.getAsString());
        assertTrue(retry.startsWith("Not now: the cloud locked logins until 09:0"), retry);
    }

    @Test
    void refusedCredentialsStopUntilTheConfigurationChanges() {
        addAccount("password", "Wrong-Password-1");
        scheduler.runDue();
        String status = run("status");
        assertTrue(status.contains("OFFLINE CONFIGURATION_ERROR"), status);
        assertTrue(status.contains("next request        none: stopped until the configuration changes"), status);
        assertTrue(status.contains("last BAD_CREDENTIALS"), status);
        String retry = run("retry", BRIDGE.getAsString());
        assertEquals("Not now: stopped until the configuration changes, to protect the account.", retry);
        assertFalse(status.contains("Wrong-Password-1"));
        assertEquals(List.of(), scheduler.pendingDueTimes());
    }

    @Test
    void aSpentLoginBudgetRefusesARetryThatNeedsALogin() {
        addAccount();
        for (int i = 0; i < 5; i++) {
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.expiredToken(), 2);
            scheduler.advanceTo(nextPending());
        }
        String status = run("status");
        assertTrue(status.contains("logins last hour    5 of 5, next allowed "), status);
        String retry = run("retry", BRIDGE.getAsString());
        assertTrue(
                retry.startsWith("Not now: the budget of logins an hour is spent; the next login is allowed at 10:00"),
                retry);
    }

    @Test
    void readingsAreListedNewestFirstForTheMinutesAsked() {
        addBridge(THING_TYPE_DEMO, "demo", map("scenario", "night-low"));
        scheduler.runDue();
        scheduler.advance(Duration.ofMinutes(20));
        ThingUID patient = new ThingUID(THING_TYPE_PATIENT, DEMO, "demo-1");
        String readings = run("readings", patient.getAsString(), "10");
        List<String> lines = readings.lines().toList();
        assertTrue(lines.get(0).startsWith(patient + ": "), readings);
        assertTrue(lines.size() >= 10 && lines.size() <= 12, readings);
        assertTrue(lines.get(1).compareTo(lines.get(2)) > 0, "newest first:\n" + readings);
        assertTrue(lines.get(1).matches("  \\d\\d:\\d\\d:\\d\\d   ?\\d+ mg/dL  \\S+"), lines.get(1));
        assertTrue(readings.contains("Down"), "falling: " + readings);
        assertTrue(run("readings", patient.getAsString()).lines().count() > 30, "an hour by default, history too");
        assertTrue(run("status").contains("cgm:demo:demo  demo (simulated)  ONLINE"));
    }

    @Test
    void unknownThingsAndBadArgumentsGetAPlainAnswer() {
        assertEquals("No CGM account bridge.", run("status"));
        assertEquals("No CGM patient thing cgm:patient:x:y.", run("readings", "cgm:patient:x:y"));
        assertEquals("No CGM account bridge nonsense.", run("retry", "nonsense"));
        assertTrue(run("readings", "cgm:patient:x:y", "-5").startsWith("Minutes must be"));
        assertTrue(run().startsWith("usage: cgm status - "), run());
    }
}
