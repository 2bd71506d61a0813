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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.simulator.DexcomAccount;
import org.openhab.binding.cgm.internal.simulator.DexcomEndpoint;
import org.openhab.binding.cgm.internal.simulator.Fault;
import org.openhab.binding.cgm.internal.simulator.GlucoseCurve;
import org.openhab.binding.cgm.internal.simulator.GlucoseUnitCode;
import org.openhab.binding.cgm.internal.simulator.LluAccount;
import org.openhab.binding.cgm.internal.simulator.LluEndpoint;
import org.openhab.binding.cgm.internal.simulator.LluPatient;
import org.openhab.binding.cgm.internal.simulator.RecordedRequest;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.openhab.core.types.UnDefType;

/**
 * History without gaps, end to end over the simulator: after a start, an outage, a rate limit and a phone that was
 * offline, the missing readings reach openHAB once each as time series, at the cost the README names (Dexcom: none;
 * LibreLinkUp: one graph request per linked patient per gap, not again within 30 minutes), and fire no event.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class BackfillTest extends PatientTestBase {

    private static final String BEN = "7a2d9b64-0c1e-4f8a-b3d2-5e6f7a8b9c0d";
    private static final ThingUID BEN_THING = new ThingUID(THING_TYPE_PATIENT, LLU_BRIDGE, BEN);
    /** In range, never near a threshold: any event would come from the gaps themselves. */
    private static final GlucoseCurve FLAT = GlucoseCurve.constant(120);

    private @Nullable LluPatient anna;

    /** openHAB starting with things it knows: Anna's glucose is linked, Ben's is not. */
    private LluPatient anna() {
        return Objects.requireNonNull(anna);
    }

    private void startLibreLinkUp() {
        LluAccount account = libreLinkUpAccount();
        LluPatient patient = addAnna(account);
        patient.setSensorPhaseSeconds(17);
        patient.setCurve(FLAT);
        anna = patient;
        LluPatient ben = account.addPatient(BEN, "Ben", "Ander", GlucoseUnitCode.MMOL, ZoneId.of("Europe/London"));
        ben.setCurve(FLAT);
        host.unlink(BEN_THING, CHANNEL_GLUCOSE);
        host.unlink(BEN_THING, CHANNEL_GLUCOSE_MMOL);
        addLibreLinkUpBridge("eu");
        addPatientThing(LLU_BRIDGE, ANNA, map());
        addPatientThing(LLU_BRIDGE, BEN, map());
        scheduler.runDue();
    }

    private DexcomAccount startDexcom() {
        DexcomAccount account = dexcomAccount();
        account.setCurve(FLAT);
        addDexcomBridge();
        addPatientThing(DEXCOM_BRIDGE, "publisher", map());
        scheduler.runDue();
        return account;
    }

    private long graphRequests(String patientId) {
        return simulator.requests().all().stream()
                .filter(request -> LluEndpoint.GRAPH.matches(request.method(), request.path())
                        && request.path().contains(patientId))
                .count();
    }

    private List<Instant> graphTimes() {
        return simulator.requests().all().stream()
                .filter(request -> LluEndpoint.GRAPH.matches(request.method(), request.path())).map(RecordedRequest::at)
                .toList();
    }

    private List<RecordedRequest> dexcomReads() {
        return simulator.requests().all().stream()
                .filter(request -> DexcomEndpoint.READ_GLUCOSE.matches(request.method(), request.path())).toList();
    }

    private List<Instant> seriesTimes(ThingUID thing, String channel) {
        List<Instant> times = new ArrayList<>();
        for (TimeSeries series : host.timeSeries(thing, channel)) {
            assertEquals(TimeSeries.Policy.ADD, series.getPolicy());
            series.getStates().forEach(entry -> times.add(entry.timestamp()));
        }
        return times;
    }

    private List<Instant> shownTimes(ThingUID thing) {
        return host.stateUpdates(thing, CHANNEL_TIMESTAMP).stream().filter(DateTimeType.class::isInstance)
                .map(state -> ((DateTimeType) state).getInstant()).toList();
    }

    /** Every reading reached openHAB at most once, as a state or in a time series, on both glucose channels. */
    private void assertNoReadingSentTwice(ThingUID thing) {
        for (String channel : List.of(CHANNEL_GLUCOSE, CHANNEL_GLUCOSE_MMOL)) {
            List<Instant> all = new ArrayList<>(seriesTimes(thing, channel));
            all.addAll(shownTimes(thing));
            Set<Instant> unique = new HashSet<>(all);
            assertEquals(unique.size(), all.size(), channel + ": a reading went out twice");
        }
        assertEquals(seriesTimes(thing, CHANNEL_GLUCOSE), seriesTimes(thing, CHANNEL_GLUCOSE_MMOL));
    }

    /** The last time series sent holds only readings between the previous shown one and the current one. */
    private TimeSeries lastSeries(ThingUID thing) {
        List<TimeSeries> all = host.timeSeries(thing, CHANNEL_GLUCOSE);
        assertFalse(all.isEmpty(), "a time series was sent");
        return all.get(all.size() - 1);
    }

    /** The first time series whose first reading comes after {@code instant}. */
    private TimeSeries firstSeriesAfter(ThingUID thing, Instant instant) {
        List<TimeSeries> all = host.timeSeries(thing, CHANNEL_GLUCOSE).stream()
                .filter(series -> series.getBegin().isAfter(instant)).toList();
        assertFalse(all.isEmpty(), "a time series after " + instant + " was sent");
        return all.get(0);
    }

    private static long inside(TimeSeries series, Instant after, Instant before) {
        return series.getStates()
                .filter(entry -> entry.timestamp().isAfter(after) && entry.timestamp().isBefore(before)).count();
    }

    private Instant shownTime(ThingUID thing) {
        State state = host.state(thing, CHANNEL_TIMESTAMP);
        return ((DateTimeType) Objects.requireNonNull(state)).getInstant();
    }

    @Test
    void aStartFetchesTheLibreLinkUpGraphOnceForEachLinkedPatient() {
        startLibreLinkUp();
        assertEquals(1, graphRequests(ANNA));
        assertEquals(0, graphRequests(BEN), "Ben's glucose is not linked: he costs nothing");
        TimeSeries series = lastSeries(ANNA_THING);
        assertTrue(series.size() >= 140 && series.size() <= 145, "12 hours at 5 minutes: " + series.size());
        assertTrue(series.getEnd().isBefore(shownTime(ANNA_THING)), "older than the current reading");
        assertTrue(lines.contains(ANNA_THING + " " + CHANNEL_GLUCOSE + " timeseries " + series.size() + " "
                + series.getBegin() + " " + series.getEnd()), "the main job's line");
        assertEquals(List.of(), host.timeSeries(BEN_THING, CHANNEL_GLUCOSE));
        assertNotEquals(UnDefType.UNDEF, host.state(ANNA_THING, CHANNEL_DATA_COVERAGE),
                "the graph seeded the statistics");

        scheduler.advance(Duration.ofHours(3));
        assertEquals(1, graphRequests(ANNA), "no gap, no further history");
        assertEquals(1, host.timeSeries(ANNA_THING, CHANNEL_GLUCOSE).size(), "each new reading goes as a state");
        assertNoReadingSentTwice(ANNA_THING);
        assertEquals(List.of(), events(ANNA_THING), "no event for backfilled readings");
    }

    /** Issue 16, defect 5: a patient approved from the inbox gets its start history as the others do. */
    @Test
    void aPatientApprovedFromTheInboxGetsItsHistoryAndDayFiguresInTheCycleThatBringsIt() {
        startLibreLinkUp();
        scheduler.advance(Duration.ofMinutes(10));
        String carl = "3c4d5e6f-0a1b-4c2d-8e3f-9a0b1c2d3e4f";
        ThingUID carlThing = new ThingUID(THING_TYPE_PATIENT, LLU_BRIDGE, carl);
        Objects.requireNonNull(simulator.libreLinkUp().account(EMAIL))
                .addPatient(carl, "Carl", "Ander", GlucoseUnitCode.MG_DL, ZoneId.of("Europe/Berlin")).setCurve(FLAT);
        // the next poll shows Carl; the inbox approves him at once, his glucose linked
        Instant poll = nextPending();
        scheduler.advanceTo(poll);
        assertTrue(host.inbox().containsKey(carlThing), "discovered");
        assertEquals(ThingStatus.ONLINE, status(carlThing).getStatus());
        assertEquals(1, graphRequests(carl), "his start history in the cycle that brought him");
        assertTrue(graphTimes().get(graphTimes().size() - 1).isBefore(poll.plusSeconds(5)), "not a poll later");
        TimeSeries series = lastSeries(carlThing);
        assertTrue(series.size() >= 140, "12 hours at 5 minutes: " + series.size());
        State coverage = host.state(carlThing, CHANNEL_DATA_COVERAGE);
        assertNotEquals(UnDefType.UNDEF, coverage, "the day figures right after the history");
        assertTrue(((QuantityType<?>) Objects.requireNonNull(coverage)).doubleValue() > 10, "coverage " + coverage);
        assertNoReadingSentTwice(carlThing);
    }

    @Test
    void aTwoHourLibreLinkUpOutageIsFilledWithOneGraphRequestAndNotAgainWithinHalfAnHour() {
        startLibreLinkUp();
        scheduler.advance(Duration.ofMinutes(10));
        Instant beforeOutage = shownTime(ANNA_THING);
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.connectionReset(), Integer.MAX_VALUE);
        scheduler.advance(Duration.ofHours(2));
        assertEquals(ThingStatus.OFFLINE, status(LLU_BRIDGE).getStatus());
        simulator.libreLinkUp().clearFaults();
        // back-off: the next attempt comes within 30 minutes
        for (int minute = 0; minute < 31 && graphRequests(ANNA) < 2; minute++) {
            scheduler.advance(Duration.ofMinutes(1));
        }
        assertEquals(ThingStatus.ONLINE, status(LLU_BRIDGE).getStatus());
        assertEquals(2, graphRequests(ANNA), "the start and the gap");
        assertEquals(0, graphRequests(BEN));
        TimeSeries gap = lastSeries(ANNA_THING);
        // the outage at 5 minutes up to the graph's lag (and the quarter hour before the start it lagged then)
        assertTrue(inside(gap, beforeOutage, beforeOutage.plus(Duration.ofHours(2))) >= 20,
                gap.getBegin() + ".." + gap.getEnd());

        // a second, short outage right after: the half hour since the last graph request has not passed
        Instant lastGraph = graphTimes().get(1);
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(503), 3);
        scheduler.advance(Duration.ofMinutes(20));
        assertEquals(2, graphRequests(ANNA), "not again within 30 minutes");
        scheduler.advance(Duration.ofMinutes(11));
        assertEquals(3, graphRequests(ANNA), "once the half hour has passed, that gap too");
        assertTrue(Duration.between(lastGraph, graphTimes().get(2)).compareTo(Duration.ofMinutes(30)) >= 0);
        scheduler.advance(Duration.ofHours(1));
        assertEquals(3, graphRequests(ANNA), "no gap since");
        assertNoReadingSentTwice(ANNA_THING);
        assertEquals(List.of("STALE", "FRESH"), events(ANNA_THING), "no event for backfilled readings");
    }

    @Test
    void aRateLimitIsWaitedOutThenTheGapIsFilledOnce() {
        startLibreLinkUp();
        scheduler.advance(Duration.ofMinutes(5));
        simulator.libreLinkUp().injectFault(LluEndpoint.CONNECTIONS, Fault.httpStatus(429, "3600"), 1);
        scheduler.advance(Duration.ofMinutes(2));
        long requestsAtLimit = simulator.requests().all().size();
        Instant limitedAt = clock.instant();
        scheduler.advance(Duration.ofMinutes(55));
        assertEquals(requestsAtLimit, simulator.requests().all().size(), "nothing during the wait, no history");
        scheduler.advance(Duration.ofMinutes(10));
        assertEquals(ThingStatus.ONLINE, status(LLU_BRIDGE).getStatus());
        assertEquals(2, graphRequests(ANNA), "the start and the gap");
        assertTrue(lastSeries(ANNA_THING).getEnd().isAfter(limitedAt.plus(Duration.ofMinutes(30))));
        assertNoReadingSentTwice(ANNA_THING);
        assertEquals(List.of("STALE", "FRESH"), events(ANNA_THING));
    }

    @Test
    void aRateLimitedGraphRequestKeepsTheCurrentReadingAndIsWaitedOut() {
        simulator.libreLinkUp().injectFault(LluEndpoint.GRAPH, Fault.httpStatus(429, "600"), 1);
        startLibreLinkUp();
        assertEquals(1, graphRequests(ANNA));
        assertEquals(anna().latestReading().instant(), shownTime(ANNA_THING), "the current reading came through");
        assertEquals(ThingStatus.OFFLINE, status(LLU_BRIDGE).getStatus(), "the rate limit shows");
        long requests = simulator.requests().all().size();
        scheduler.advance(Duration.ofMinutes(9));
        assertEquals(requests, simulator.requests().all().size(), "the named wait holds");
        scheduler.advance(Duration.ofMinutes(60));
        assertEquals(ThingStatus.ONLINE, status(LLU_BRIDGE).getStatus());
        assertEquals(2, graphRequests(ANNA), "the failed one again, once the half hour has passed");
        assertEquals(1, host.timeSeries(ANNA_THING, CHANNEL_GLUCOSE).size(), "the 12 hours before the start, late");
        assertNoReadingSentTwice(ANNA_THING);
    }

    @Test
    void aPhoneThatWasOfflineUploadsAndTheLibreLinkUpGraphFillsTheGap() {
        startLibreLinkUp();
        scheduler.advance(Duration.ofMinutes(35));
        Instant beforeGap = shownTime(ANNA_THING);
        anna().phoneOffline();
        scheduler.advance(Duration.ofMinutes(60));
        anna().phoneOnline();
        scheduler.advance(Duration.ofMinutes(6));
        assertEquals(2, graphRequests(ANNA));
        TimeSeries gap = lastSeries(ANNA_THING);
        assertTrue(inside(gap, beforeGap, beforeGap.plus(Duration.ofMinutes(60))) >= 8,
                "the hour offline, up to the graph's lag, at 5 minutes: " + gap.getBegin() + ".." + gap.getEnd());
        assertNoReadingSentTwice(ANNA_THING);
        assertEquals(List.of("STALE", "FRESH"), events(ANNA_THING));
    }

    @Test
    void dexcomFillsTheStartAndAnOutageInsideItsNormalReadWithoutAnExtraRequest() {
        DexcomAccount publisher = startDexcom();
        RecordedRequest first = dexcomReads().get(0);
        assertEquals("1440", first.queryParameter("minutes"));
        assertEquals("288", first.queryParameter("maxCount"));
        assertEquals(287, lastSeries(PUBLISHER).size(), "a day at 5 minutes, the newest one as the state");
        assertNotEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_RATE_OF_CHANGE), "from the first poll");
        assertNotEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_DELTA));
        assertNotEquals(UnDefType.UNDEF, host.state(PUBLISHER, CHANNEL_TIME_IN_RANGE));
        scheduler.advance(Duration.ofMinutes(20));
        RecordedRequest normal = dexcomReads().get(dexcomReads().size() - 1);
        assertEquals("4", normal.queryParameter("maxCount"), "no gap: the normal read");

        Instant beforeOutage = shownTime(PUBLISHER);
        simulator.dexcom().injectFault(DexcomEndpoint.READ_GLUCOSE, Fault.httpStatus(503), Integer.MAX_VALUE);
        scheduler.advance(Duration.ofHours(2));
        simulator.dexcom().clearFaults();
        int readsBefore = dexcomReads().size();
        scheduler.advance(Duration.ofMinutes(31));
        RecordedRequest recovery = dexcomReads().get(readsBefore);
        long gapMinutes = Duration.between(beforeOutage, recovery.at()).toMinutes();
        assertTrue(Integer.parseInt(Objects.requireNonNull(recovery.queryParameter("minutes"))) >= gapMinutes,
                "the read's minutes cover the gap of " + gapMinutes + " min: " + recovery.query());
        assertTrue(Integer.parseInt(Objects.requireNonNull(recovery.queryParameter("maxCount"))) >= gapMinutes / 5);
        TimeSeries gap = host.timeSeries(PUBLISHER, CHANNEL_GLUCOSE).get(1);
        assertEquals(beforeOutage.plus(Duration.ofMinutes(5)), gap.getBegin(), "every missed reading");

        // the phone offline for 40 minutes, then uploading what it kept
        publisher.phoneOffline();
        scheduler.advance(Duration.ofMinutes(40));
        Instant beforePhone = shownTime(PUBLISHER);
        publisher.phoneOnline();
        scheduler.advance(Duration.ofMinutes(6));
        TimeSeries uploaded = firstSeriesAfter(PUBLISHER, beforePhone);
        assertEquals(beforePhone.plus(Duration.ofMinutes(5)), uploaded.getBegin());
        // every reading the phone kept reached openHAB: in the series or as a state since, one every 5 minutes
        List<Instant> since = new ArrayList<>(seriesTimes(PUBLISHER, CHANNEL_GLUCOSE));
        since.addAll(shownTimes(PUBLISHER));
        Set<Instant> delivered = new HashSet<>(since);
        for (Instant t = beforePhone; !t.isAfter(shownTime(PUBLISHER)); t = t.plus(Duration.ofMinutes(5))) {
            assertTrue(delivered.contains(t), "the reading of " + t + " reached openHAB");
        }

        // never an extra request: one read per cycle, nothing but logins and reads, no two within 30 s (a reading
        // every 5 minutes may be looked for twice, early and late, at least 30 s apart: the floor is then an average)
        List<RecordedRequest> reads = dexcomReads();
        for (int i = 1; i < reads.size(); i++) {
            assertTrue(Duration.between(reads.get(i - 1).at(), reads.get(i).at()).toSeconds() >= 30);
        }
        assertTrue(reads.size() <= 2 * Duration.between(reads.get(0).at(), reads.get(reads.size() - 1).at()).toMinutes()
                / 5 + 2, "at most two reads per reading: " + reads.size());
        assertEquals(simulator.requests().all().size(),
                reads.size() + simulator.requests().count(DexcomEndpoint.AUTHENTICATE)
                        + simulator.requests().count(DexcomEndpoint.LOGIN_BY_ID));
        assertNoReadingSentTwice(PUBLISHER);
        assertEquals(List.of("STALE", "FRESH", "STALE", "FRESH"), events(PUBLISHER),
                "no event for backfilled readings");
    }
}
