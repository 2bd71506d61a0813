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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.client.ReadingGuard;
import org.openhab.binding.cgm.internal.client.ServerTime;
import org.openhab.binding.cgm.internal.client.TolerantJson;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.client.TransportRequest;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * A Dexcom Share publisher account: the account id (once), a session id, and the latest readings. The session is
 * kept until Dexcom rejects it.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class DexcomClient implements CloudAccount {

    /** The id of the one patient a publisher account has: the publisher. Not the account id, which is a secret. */
    public static final String PUBLISHER_ID = "publisher";
    /** Dexcom's documented limits of one read. */
    public static final int MAX_MINUTES = 1440;
    public static final int MAX_COUNT = 288;
    /** Four readings span the 15 minutes that rate of change and delta look back over. */
    static final int RECENT_COUNT = 4;

    private static final String STATE_ACCOUNT = "accountId";
    private static final String STATE_SESSION = "sessionId";

    private static final String AUTHENTICATE = "/General/AuthenticatePublisherAccount";
    private static final String LOGIN_BY_ID = "/General/LoginPublisherAccountById";
    private static final String READ = "/Publisher/ReadPublisherLatestGlucoseValues";

    private final Logger logger = LoggerFactory.getLogger(DexcomClient.class);
    private final Transport transport;
    private final DexcomSettings settings;
    private final Gson gson = TolerantJson.gson();
    private final ServerTime serverTime;
    private final ReadingGuard guard = new ReadingGuard();
    private final DexcomResponseReader reader;

    private volatile @Nullable String accountId;
    private volatile @Nullable String sessionId;

    public DexcomClient(Transport transport, Clock clock, DexcomSettings settings) {
        this(transport, clock, ServerTime.elapsedOf(clock), settings);
    }

    /** @param elapsed monotonic nanoseconds, which tell a jump of the host clock from time passing */
    public DexcomClient(Transport transport, Clock clock, LongSupplier elapsed, DexcomSettings settings) {
        this.transport = transport;
        this.settings = settings;
        this.serverTime = new ServerTime(clock, elapsed);
        this.reader = new DexcomResponseReader(gson, clock);
        this.accountId = settings.accountId();
    }

    /** True for a UUID that can name an account; the all-zero one cannot. */
    public static boolean isAccountId(String text) {
        return DexcomResponseReader.isUuid(text) && !DexcomResponseReader.ZERO_UUID.equals(text);
    }

    @Override
    public SensorCadence cadence() {
        return SensorCadence.DEXCOM;
    }

    @Override
    public boolean hasSession() {
        return sessionId != null;
    }

    @Override
    public void dropSession() {
        sessionId = null;
    }

    @Override
    public Map<String, String> sessionState() {
        Map<String, String> state = new LinkedHashMap<>();
        String account = accountId;
        String session = sessionId;
        if (account != null) {
            state.put(STATE_ACCOUNT, account);
        }
        if (session != null) {
            state.put(STATE_SESSION, session);
        }
        return state;
    }

    @Override
    public void restoreSessionState(Map<String, String> state) {
        String account = state.get(STATE_ACCOUNT);
        if (accountId == null && account != null && isAccountId(account)) {
            accountId = account;
        }
        String session = state.get(STATE_SESSION);
        if (session != null && isAccountId(session) && accountId != null) {
            sessionId = session;
        }
    }

    /** Finds the account id (unless known) and opens a session: one or two requests, never retried here. */
    @Override
    public void logIn(LoginPermit permit) throws CloudException {
        sessionId = null;
        String account = accountId;
        if (account == null) {
            JsonObject body = credentials();
            body.addProperty("accountName", settings.username());
            permit.spend();
            account = reader.uuid(post(AUTHENTICATE, body));
            accountId = account;
        }
        JsonObject body = credentials();
        body.addProperty("accountId", account);
        permit.spend();
        sessionId = reader.uuid(post(LOGIN_BY_ID, body));
        logger.debug("Opened a Dexcom Share session in region {}", settings.region().code());
    }

    @Override
    public List<Patient> fetchPatients() throws CloudException {
        return fetchPatients(Duration.ZERO);
    }

    @Override
    public Duration longestLookback() {
        return Duration.ofMinutes(MAX_MINUTES);
    }

    /**
     * Normally the latest readings of the last day, so that a sensor gap still shows the last value with its own
     * time, and enough of them for rate and delta from the first poll on. With a {@code lookback}: every reading of
     * that span (its minutes rounded up, one reading per 5 minutes), within Dexcom's limits, in the same one request.
     */
    @Override
    public List<Patient> fetchPatients(Duration lookback) throws CloudException {
        int minutes = MAX_MINUTES;
        int count = RECENT_COUNT;
        if (lookback.compareTo(Duration.ZERO) > 0) {
            minutes = (int) Math.min(MAX_MINUTES, (lookback.toSeconds() + 59) / 60);
            count = Math.max(RECENT_COUNT,
                    Math.min(MAX_COUNT, minutes / (int) SensorCadence.DEXCOM.interval().toMinutes() + 1));
        }
        List<GlucoseReading> readings = fetchReadings(minutes, count);
        GlucoseReading latest = readings.isEmpty() ? null : readings.get(readings.size() - 1);
        return List.of(new Patient(PUBLISHER_ID, "Dexcom", latest, GlucoseUnit.MG_PER_DL, null, null, readings));
    }

    /**
     * Readings of the last {@code minutes}, at most {@code maxCount}, oldest first.
     *
     * @throws IllegalArgumentException beyond Dexcom's limits, before anything is sent
     */
    public List<GlucoseReading> fetchReadings(int minutes, int maxCount) throws CloudException {
        if (minutes < 1 || minutes > MAX_MINUTES || maxCount < 1 || maxCount > MAX_COUNT) {
            throw new IllegalArgumentException(
                    "Dexcom allows 1.." + MAX_MINUTES + " minutes and 1.." + MAX_COUNT + " readings");
        }
        String session = sessionId;
        if (session == null) {
            throw new CloudException(FailureKind.SESSION_EXPIRED, "no session");
        }
        URI uri = URI.create(settings.servicesUrl() + READ + "?sessionId=" + session + "&minutes=" + minutes
                + "&maxCount=" + maxCount);
        TransportResponse response = transport.execute(TransportRequest.post(uri, headers(), "{}"));
        Instant observed = serverTime.observe(response);
        List<GlucoseReading> readings = DexcomMapper.readings(reader.readings(response));
        Instant reference = serverTime.settle(observed, readings, ReadingPlausibility.MAX_AHEAD);
        // Dexcom has sent readings dated 1970 ("Date(0)"): what lies long before the minutes asked for is no reading
        return guard.admit(readings, reference, null, reference.minus(Duration.ofMinutes(minutes)));
    }

    @Override
    public Duration clockOffset() {
        return serverTime.offset();
    }

    /** How many readings the plausibility rules dropped, by reason. */
    public Map<ReadingPlausibility.Rejection, Integer> rejectedReadings() {
        return guard.rejected();
    }

    private JsonObject credentials() {
        JsonObject body = new JsonObject();
        body.addProperty("password", settings.password());
        body.addProperty("applicationId", settings.applicationId());
        return body;
    }

    private TransportResponse post(String path, JsonObject body) throws CloudException {
        URI uri = URI.create(settings.servicesUrl() + path);
        return transport.execute(TransportRequest.post(uri, headers(), gson.toJson(body)));
    }

    private static Map<String, String> headers() {
        return Map.of("accept", "application/json");
    }
}
