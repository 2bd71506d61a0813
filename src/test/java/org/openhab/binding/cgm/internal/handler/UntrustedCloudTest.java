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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.internal.simulator.CloudSimulator;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.binding.cgm.internal.testutil.LogCapture;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * What the cloud sends is not trusted: future-dated and absurd readings, redirects, huge waits, unreadable fields,
 * messages that quote personal data, and a host clock that jumps, over the simulator with the manual clock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class UntrustedCloudTest extends TwoPatientTestBase {

    private static final DateTimeFormatter FACTORY = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    /** In the account's own region: no redirect before the first poll. */
    @Override
    protected void addBridge(Object... replacements) {
        Object[] all = new Object[replacements.length + 2];
        all[0] = "region";
        all[1] = "eu";
        System.arraycopy(replacements, 0, all, 2, replacements.length);
        super.addBridge(all);
    }

    private Instant shownTime(ThingUID thing) {
        State state = host.state(thing, CHANNEL_TIMESTAMP);
        assertTrue(state instanceof DateTimeType, thing + " shows a time: " + state);
        return ((DateTimeType) state).getZonedDateTime(ZONE).toInstant();
    }

    /** The thing shows a reading at most one sensor interval older than the newest one (polls trail readings). */
    private void assertFresh(ThingUID thing, LluPatient patient, String context) {
        Instant newest = patient.latestReading().instant();
        Instant shown = shownTime(thing);
        assertFalse(shown.isAfter(newest), context);
        assertTrue(Duration.between(shown, newest).getSeconds() <= 60,
                context + ": shows " + shown + ", newest " + newest);
    }

    /** Rewrites one patient's connection in a /llu/connections answer. */
    private static UnaryOperator<String> patientRewrite(String patientId, UnaryOperator<JsonObject> change) {
        return body -> {
            JsonObject root = JsonParser.parseString(body).getAsJsonObject();
            for (JsonElement connection : root.getAsJsonArray("data")) {
                JsonObject object = connection.getAsJsonObject();
                if (patientId.equals(object.get("patientId").getAsString())) {
                    change.apply(object);
                }
            }
            return root.toString();
        };
    }

    private static UnaryOperator<String> datedAhead(String patientId, Duration ahead) {
        return patientRewrite(patientId, connection -> {
            JsonObject item = connection.getAsJsonObject("glucoseMeasurement");
            LocalDateTime time = LocalDateTime.parse(item.get("FactoryTimestamp").getAsString(), FACTORY);
            item.addProperty("FactoryTimestamp", FACTORY.format(time.plus(ahead)));
            return connection;
        });
    }

    @Test
    void aFutureDatedReadingIsDroppedAndGoodOnesKeepFlowing() {
        addBridge();
        scheduler.runDue();
        assertOnline(ANNA_THING);
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                Fault.rewrite(datedAhead(ANNA, Duration.ofHours(2))), 3);
        List<Instant> polls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scheduler.advance(Duration.ofMinutes(1));
            polls.add(nextPending());
            assertFalse(shownTime(ANNA_THING).isAfter(clock.instant()), "never a reading from the future");
            assertFalse(shownTime(BEN_THING).isBefore(clock.instant().minusSeconds(100)), "Ben's keep coming");
        }
        assertFresh(ANNA_THING, anna, "Anna's good readings flow again");
        for (Instant poll : polls) {
            assertTrue(poll.isBefore(clock.instant().plus(Duration.ofMinutes(5))), "the planner never moved: " + poll);
        }
        long requests = count(LluEndpoint.CONNECTIONS);
        assertTrue(requests >= 10 && requests <= 12, requests + " polls in about 10 minutes");
    }

    @Test
    void aReadingYearsAheadNeverStopsPolling() {
        addBridge();
        scheduler.runDue();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                Fault.rewrite(datedAhead(ANNA, Duration.ofDays(3 * 365))), Integer.MAX_VALUE);
        scheduler.advance(Duration.ofHours(1));
        long polls = count(LluEndpoint.CONNECTIONS);
        assertTrue(polls >= 55, polls + " polls in an hour");
        assertOnline(BRIDGE);
        assertFresh(BEN_THING, ben, "Ben");
    }

    @Test
    void aHostClockJumpLeavesPollingAtItsCadence() {
        addBridge();
        scheduler.runDue();
        for (Duration jump : List.of(Duration.ofHours(-1), Duration.ofHours(1), Duration.ofDays(1),
                Duration.ofDays(-1))) {
            long before = count(LluEndpoint.CONNECTIONS);
            hostClock.jump(jump);
            scheduler.advance(Duration.ofHours(1));
            long polls = count(LluEndpoint.CONNECTIONS) - before;
            assertTrue(polls >= 55 && polls <= 62, polls + " polls in the hour after a jump of " + jump);
            assertOnline(BRIDGE);
            assertFresh(ANNA_THING, anna, "after a jump of " + jump);
            assertFresh(BEN_THING, ben, "after a jump of " + jump);
            assertEquals(1, scheduler.pendingOneShotDueTimes().size());
            assertTrue(nextPending().isBefore(clock.instant().plus(Duration.ofMinutes(2))));
        }
    }

    @Test
    void aRedirectIsNeverFollowedOnLoginNorOnData() {
        try (CloudSimulator foreign = CloudSimulator.start(clock)) {
            simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN,
                    Fault.redirect(307, foreign.baseUrl() + "/librelinkup/eu/llu/auth/login"), 1);
            addBridge();
            scheduler.runDue();
            assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                    "@text/offline.comm-error.redirect [\"HTTP 307\", \"09:01\"]");
            assertEquals(1, simulator.requests().all().size(), "no second request");
            scheduler.advance(Duration.ofMinutes(2));
            assertOnline(BRIDGE);

            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                    Fault.redirect(302, foreign.baseUrl() + "/librelinkup/eu/llu/connections"), 1);
            long before = simulator.requests().all().size();
            scheduler.advance(Duration.ofMinutes(1));
            assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status(BRIDGE).getStatusDetail());
            assertEquals(before + 1, simulator.requests().all().size(), "no second request");
            assertEquals(List.of(), foreign.requests().all(), "nothing, least of all credentials, went elsewhere");
        }
    }

    @Test
    void aHugeRetryAfterIsCappedAtADay() {
        for (String retryAfter : List.of("99999999999", "9223372036854775807", "99999999999999999999999")) {
            simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN, Fault.httpStatus(429, retryAfter), 1);
        }
        addBridge();
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                "@text/offline.comm-error.rate-limited [\"HTTP 429\", \"2026-11-22 09:00\"]");
        scheduler.advance(Duration.ofDays(1).minusSeconds(1));
        assertEquals(1, count(LluEndpoint.LOGIN));
        scheduler.advance(Duration.ofSeconds(1));
        assertEquals(2, count(LluEndpoint.LOGIN), "a day later, not in the year 5195");
        assertEquals(ThingStatusDetail.COMMUNICATION_ERROR, status(BRIDGE).getStatusDetail());
        host.close();
        host = newHost();
        addBridge();
        scheduler.runDue();
        assertTrue(nextPending().isBefore(clock.instant().plus(Duration.ofDays(1)).plusSeconds(1)),
                "a stored wait is capped as well");
    }

    @Test
    void oneUnreadableSensorFieldCostsNoPatientAReading() {
        addBridge();
        scheduler.runDue();
        for (String value : List.of("1e400", "\"soon\"", "99999999999999999999999", "{}", "-1")) {
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                    Fault.rewrite(body -> body.replaceFirst("\"a\":\\d+", "\"a\":" + value)), 1);
            scheduler.advance(Duration.ofMinutes(1));
            assertOnline(BRIDGE);
            assertFresh(ANNA_THING, anna, "sensor.a = " + value);
            assertFresh(BEN_THING, ben, "sensor.a = " + value);
        }
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.rewrite(patientRewrite(ANNA, c -> {
            c.getAsJsonObject("glucoseMeasurement").addProperty("ValueInMgPerDl", "Infinity");
            return c;
        })), 1);
        List<State> glucose = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            scheduler.advance(Duration.ofSeconds(30));
            glucose.add(String.valueOf(host.state(ANNA_THING, CHANNEL_GLUCOSE)).contains("-") ? null
                    : host.state(ANNA_THING, CHANNEL_GLUCOSE));
        }
        assertFalse(glucose.contains(null), "an absurd value is never shown: " + glucose);
        assertFresh(BEN_THING, ben, "and costs Ben nothing");
    }

    @Test
    void whatTheCloudWritesIsNeitherShownNorLogged() {
        String quoted = "user parent@example.com (Anna Ander) is not allowed";
        try (LogCapture log = new LogCapture()) {
            simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN,
                    Fault.canned(400, "application/json", "{\"status\":400,\"message\":\"" + quoted + "\"}"), 1);
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                    Fault.canned(200, "application/json", "{\"status\":4,\"error\":{\"message\":\"" + quoted + "\"}}"),
                    1);
            simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS,
                    Fault.canned(500, "application/json", "{\"message\":\"" + quoted + "\"}"), 1);
            addBridge();
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                scheduler.advance(Duration.ofMinutes(1));
                texts.add(String.valueOf(status(BRIDGE).getDescription()));
            }
            simulator.dexcom().addAccount("publisher", PASSWORD, "us");
            simulator.dexcom().injectFault(DexcomEndpoint.AUTHENTICATE,
                    Fault.dexcomError("Unknown_" + quoted.replace(' ', '_'), quoted), 1);
            ThingUID dexcom = new ThingUID(THING_TYPE_DEXCOM, "dx");
            host.addBridge(THING_TYPE_DEXCOM, "dx", map("username", "publisher", "password", PASSWORD, "region", "us",
                    "baseUrl", simulator.dexcomUrlTemplate()));
            scheduler.runDue();
            texts.add(String.valueOf(status(dexcom).getDescription()));
            for (String text : texts) {
                assertFalse(text.contains("example.com") || text.contains("Anna") || text.contains("allowed"), text);
            }
            for (String line : log.lines()) {
                assertFalse(line.contains("example.com") || line.contains("Ander") || line.contains("allowed"), line);
            }
        }
    }

    @Test
    void aDisableEnableStormCostsNoMoreThanTheFloorAllows() {
        addBridge();
        scheduler.runDue();
        Instant start = clock.instant();
        for (int i = 0; i < 100; i++) {
            host.disable(BRIDGE);
            host.enable(BRIDGE);
            scheduler.advance(Duration.ofMillis(60));
        }
        long seconds = Duration.between(start, clock.instant()).toSeconds();
        // the history requests of the first cycle after the start (one per patient) are part of that cycle
        List<RecordedRequest> polls = simulator.requests().all().stream()
                .filter(request -> !LluEndpoint.GRAPH.matches(request.method(), request.path())).toList();
        assertTrue(polls.size() <= 2 + seconds / 60, polls.size() + " requests in " + seconds + " s");
        scheduler.advance(Duration.ofMinutes(2));
        assertOnline(BRIDGE);
        assertEquals(2, simulator.requests().count(LluEndpoint.GRAPH),
                "history once per patient, however often the bridge restarts");
        List<Instant> times = simulator.requests().all().stream()
                .filter(request -> !LluEndpoint.GRAPH.matches(request.method(), request.path()))
                .map(RecordedRequest::at).toList();
        for (int i = 2; i < times.size(); i++) {
            assertFalse(Duration.between(times.get(i - 1), times.get(i)).compareTo(Duration.ofSeconds(59)) < 0,
                    "two polls within the floor: " + times);
        }
    }

    @Test
    void aSecondBridgeOnTheSameAccountWaitsAndSaysSo() {
        addBridge();
        scheduler.runDue();
        ThingUID second = new ThingUID(THING_TYPE_LIBRELINKUP, "again");
        addBridge(THING_TYPE_LIBRELINKUP, "again", map("email", EMAIL, "password", PASSWORD, "region", "eu", "baseUrl",
                simulator.libreLinkUpUrlTemplate()));
        assertStatus(second, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.duplicate-account [\"cgm:librelinkup:acc\", \"09:05\"]");
        long before = simulator.requests().all().size();
        scheduler.advance(Duration.ofMinutes(30));
        long polls = simulator.requests().all().size() - before;
        assertTrue(polls <= 31, polls + " requests in 30 minutes: one bridge's worth");
        assertEquals(1, count(LluEndpoint.LOGIN), "no bridge logs the other out");
        assertEquals(ThingStatusDetail.CONFIGURATION_ERROR, status(second).getStatusDetail());

        host.disable(BRIDGE);
        scheduler.advance(Duration.ofMinutes(6));
        assertOnline(second);
    }

    @Test
    void anApiThatIsGoneHasItsOwnTextAndASlowRetry() {
        addBridge();
        scheduler.runDue();
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(410), Integer.MAX_VALUE);
        scheduler.advance(Duration.ofMinutes(2));
        assertTrue(String.valueOf(status(BRIDGE).getDescription()).startsWith("@text/offline.comm-error.api-gone"));
        long before = count(LluEndpoint.CONNECTIONS);
        scheduler.advance(Duration.ofHours(3));
        assertTrue(count(LluEndpoint.CONNECTIONS) - before <= 6, "at most every 30 minutes");
    }

    @Test
    void anAlternatingRegionRedirectStopsWithAText() {
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN,
                Fault.canned(200, "application/json", "{\"status\":0,\"data\":{\"redirect\":true,\"region\":\"us\"}}"),
                1);
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN,
                Fault.canned(200, "application/json", "{\"status\":0,\"data\":{\"redirect\":true,\"region\":\"eu\"}}"),
                1);
        simulator.libreLinkUp().injectFault(LluEndpoint.LOGIN,
                Fault.canned(200, "application/json", "{\"status\":0,\"data\":{\"redirect\":true,\"region\":\"us\"}}"),
                1);
        addBridge("region", "auto");
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.region-loop");
        scheduler.advance(Duration.ofHours(2));
        assertEquals(3, count(LluEndpoint.LOGIN), "three password posts, then none");
    }

    @Test
    void aStepAnswerShapedLikeTheRealOneIsAcceptedWithItsOwnTicket() {
        account.requireTerms("tou");
        addBridge("acceptTerms", true);
        scheduler.runDue();
        assertOnline(BRIDGE);
        // then the start history of the patients approved from the inbox on that read
        assertEquals(List.of("/llu/auth/login", "/auth/continue/tou", "/llu/connections"), simulator.requests().all()
                .stream().map(RecordedRequest::path).filter(path -> !path.endsWith("/graph")).toList());
    }

    /** Issue 16, defect 3: Accept Terms is on, so the status must not ask to turn it on. */
    @ParameterizedTest
    @CsvSource({ "pp, step-privacy-app", "tou, step-terms-app" })
    void aStepWithoutTicketAsksForTheAppWithoutAskingToTurnOnAcceptTerms(String step, String key) {
        account.requireTerms(step);
        account.omitStepTicket();
        addBridge("acceptTerms", true);
        scheduler.runDue();
        assertStatus(BRIDGE, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error." + key + " [\"09:30\"]");
        assertFalse(host.translate(status(BRIDGE)).contains("turn on"), host.translate(status(BRIDGE)));
        assertEquals(0, count(LluEndpoint.CONTINUE));
    }

    @Test
    void aPatientIdInOtherLetterCaseIsTheSamePatient() {
        addBridge();
        host.addThing(THING_TYPE_PATIENT, BRIDGE, "upper", Map.of(CONFIG_PATIENT_ID, ANNA.toUpperCase(Locale.ROOT)));
        scheduler.runDue();
        ThingUID upper = new ThingUID(THING_TYPE_PATIENT, BRIDGE, "upper");
        assertOnline(upper);
        assertEquals(anna.latestReading().instant(), shownTime(upper));
    }

    @Test
    void dexcomErrorsAreMatchedOnTheirCodeAndAFailedAuthenticationIsAWrongPassword() {
        simulator.dexcom().addAccount("publisher", PASSWORD, "us");
        // verbatim as pydexcom recorded it (issue 16)
        simulator.dexcom().injectFault(DexcomEndpoint.AUTHENTICATE, Fault.dexcomErrorJsonSubCode("SSO_InternalError",
                "Synchronization of SSO account during authenticate call failed Time out issue.  AccountName=u$ern@me "
                        + "Error encountered accessing Keycloak endpoint: UAM_ERROR: "
                        + "HttpStatus='401 UNAUTHORIZED(401)' Msg=Cannot Authenticate by AccountName='u$ern@me'"),
                1);
        ThingUID dexcom = new ThingUID(THING_TYPE_DEXCOM, "dx");
        host.addBridge(THING_TYPE_DEXCOM, "dx", map("username", "publisher", "password", PASSWORD, "region", "us",
                "baseUrl", simulator.dexcomUrlTemplate()));
        scheduler.runDue();
        assertStatus(dexcom, ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                "@text/offline.config-error.dexcom-bad-credentials");
    }
}
