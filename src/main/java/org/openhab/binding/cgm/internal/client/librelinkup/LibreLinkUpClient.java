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
package org.openhab.binding.cgm.internal.client.librelinkup;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.AppVersion;
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
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluConnection;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluEnvelope;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluGraphData;
import org.openhab.binding.cgm.internal.client.librelinkup.dto.LluTicket;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.ReadingPlausibility;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

/**
 * A LibreLinkUp follower account: login with regional redirect, the connections with their latest readings, and the
 * graph history of one patient. Every authenticated answer renews the token, which is adopted at once.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class LibreLinkUpClient implements CloudAccount {

    /** A renewed ticket is worth storing again once it lasts this much longer than the stored one. */
    private static final Duration STORE_AGAIN_AFTER = Duration.ofDays(1);

    private static final String STATE_VERSION = "version";
    private static final String STATE_REGION = "region";
    private static final String STATE_TOKEN = "token";
    private static final String STATE_EXPIRES = "expires";
    private static final String STATE_ACCOUNT = "accountIdHash";

    private static final String CONNECTIONS = "/llu/connections";

    private final Logger logger = LoggerFactory.getLogger(LibreLinkUpClient.class);
    private final Transport transport;
    private final Clock clock;
    private final LibreLinkUpHosts hosts;
    private final Gson gson = TolerantJson.gson();
    private final ServerTime serverTime;
    private final ReadingGuard guard = new ReadingGuard();
    private final LibreLinkUpResponseReader reader;
    private final LibreLinkUpLogin login;

    /** Where the next login goes: the configured region, then the one the cloud redirected to. */
    private volatile String loginRegion;
    private volatile @Nullable LibreLinkUpSession session;
    /** The session as last offered for storage; tickets renew it every call, storage needs it far less often. */
    private volatile @Nullable LibreLinkUpSession persisted;
    private volatile String clientVersion;
    /** The cloud's time of the last answer (the host's when it named none), which readings are judged against. */
    private volatile Instant lastReference;

    public LibreLinkUpClient(Transport transport, Clock clock, LibreLinkUpSettings settings) {
        this(transport, clock, ServerTime.elapsedOf(clock), settings);
    }

    /** @param elapsed monotonic nanoseconds, which tell a jump of the host clock from time passing */
    public LibreLinkUpClient(Transport transport, Clock clock, LongSupplier elapsed, LibreLinkUpSettings settings) {
        this.transport = transport;
        this.clock = clock;
        this.hosts = new LibreLinkUpHosts(settings.urlTemplate());
        this.reader = new LibreLinkUpResponseReader(gson, clock);
        this.serverTime = new ServerTime(clock, elapsed);
        this.lastReference = clock.instant();
        this.loginRegion = settings.region();
        this.clientVersion = settings.clientVersion();
        this.login = new LibreLinkUpLogin(transport, clock, settings, gson, serverTime, reader, () -> headers(null),
                this::uri);
    }

    @Override
    public SensorCadence cadence() {
        return SensorCadence.FREESTYLE_LIBRE;
    }

    @Override
    public boolean hasSession() {
        LibreLinkUpSession current = session;
        return current != null && current.expires().isAfter(clock.instant());
    }

    @Override
    public void dropSession() {
        session = null;
        persisted = null;
    }

    /** The region the account was found in, once known: a redirect moves the next login there too. */
    public String region() {
        return loginRegion;
    }

    /** Logs in as {@link LibreLinkUpLogin} does; a redirect moves the next login to the region it names. */
    @Override
    public void logIn(LoginPermit permit) throws CloudException {
        session = null;
        LibreLinkUpSession opened = login.logIn(loginRegion, permit, region -> loginRegion = region);
        session = opened;
        persisted = opened;
    }

    /** The app version presented: the configured one, or the newer one the cloud demanded. */
    public String clientVersion() {
        return clientVersion;
    }

    /** Adopts the newer app version a status 920 names, once per version. */
    @Override
    public boolean adaptTo(CloudException failure) {
        String minimum = failure.detail();
        if (failure.kind() == FailureKind.CLIENT_REJECTED && minimum != null
                && AppVersion.isNewer(minimum, clientVersion)) {
            logger.debug("LibreLinkUp demands app version {}; presenting it from now on", minimum);
            clientVersion = minimum;
            return true;
        }
        return false;
    }

    @Override
    public Map<String, String> sessionState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put(STATE_VERSION, clientVersion);
        state.put(STATE_REGION, loginRegion);
        LibreLinkUpSession current = persisted;
        if (current != null && session != null) {
            state.put(STATE_TOKEN, current.token());
            state.put(STATE_EXPIRES, Long.toString(current.expires().getEpochSecond()));
            state.put(STATE_ACCOUNT, current.accountIdHash());
        }
        return state;
    }

    @Override
    public void restoreSessionState(Map<String, String> state) {
        String version = state.get(STATE_VERSION);
        if (version != null && AppVersion.isNewer(version, clientVersion)) {
            clientVersion = version;
        }
        String region = state.get(STATE_REGION);
        if (region != null && (LibreLinkUpHosts.isPlausible(region) || LibreLinkUpHosts.GLOBAL.equals(region))) {
            loginRegion = region;
        }
        String token = state.get(STATE_TOKEN);
        String account = state.get(STATE_ACCOUNT);
        String expires = state.get(STATE_EXPIRES);
        if (token != null && account != null && expires != null && region != null) {
            try {
                LibreLinkUpSession restored = new LibreLinkUpSession(token,
                        Instant.ofEpochSecond(Long.parseLong(expires)), account, region);
                session = restored;
                persisted = restored;
            } catch (NumberFormatException e) {
                // unreadable: a login will do
            }
        }
    }

    @Override
    public List<Patient> fetchPatients() throws CloudException {
        LluEnvelope envelope = authenticatedGet(CONNECTIONS, LluConnection[].class);
        LluConnection[] connections = reader.data(envelope, LluConnection[].class);
        List<Patient> read = new ArrayList<>(connections.length);
        List<GlucoseReading> readings = new ArrayList<>(connections.length);
        for (LluConnection connection : connections) {
            // each patient alone: what cannot be read of one (null here) never costs another its readings
            Patient patient = connection != null ? LibreLinkUpMapper.patient(connection) : null;
            if (patient != null) {
                read.add(patient);
                readings.addAll(patient.recent());
            }
        }
        Instant reference = serverTime.settle(lastReference, readings, ReadingPlausibility.MAX_AHEAD);
        lastReference = reference;
        List<Patient> patients = new ArrayList<>(read.size());
        for (Patient patient : read) {
            patients.add(guard.admit(patient, reference));
        }
        return patients;
    }

    @Override
    public Duration clockOffset() {
        return serverTime.offset();
    }

    /** How many readings the plausibility rules dropped, by reason. */
    public Map<ReadingPlausibility.Rejection, Integer> rejectedReadings() {
        return guard.rejected();
    }

    @Override
    public boolean hasHistory() {
        return true;
    }

    /** About 12 hours of a patient's readings at 5-minute spacing, oldest first, lagging the latest by ~15 minutes. */
    @Override
    public List<GlucoseReading> fetchHistory(String patientId) throws CloudException {
        String path = CONNECTIONS + "/" + URLEncoder.encode(patientId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/graph";
        LluEnvelope envelope = authenticatedGet(path, LluGraphData.class);
        List<GlucoseReading> history = LibreLinkUpMapper.history(reader.data(envelope, LluGraphData.class).graphData);
        Instant reference = serverTime.settle(lastReference, history, ReadingPlausibility.MAX_AHEAD);
        lastReference = reference;
        return guard.admit(history, reference, null);
    }

    private LluEnvelope authenticatedGet(String path, Class<?> dataType) throws CloudException {
        LibreLinkUpSession current = session;
        if (current == null || !current.expires().isAfter(clock.instant())) {
            throw new CloudException(FailureKind.SESSION_EXPIRED, "no session");
        }
        TransportResponse response = transport
                .execute(TransportRequest.get(uri(current.region(), path), headers(current)));
        lastReference = serverTime.observe(response);
        LluEnvelope envelope = reader.read(response, true, dataType);
        adoptTicket(current, envelope.ticket);
        switch (envelope.status) {
            case LibreLinkUpResponseReader.STATUS_OK -> {
                return envelope;
            }
            case LibreLinkUpResponseReader.STATUS_STEP_OR_NOT_FOUND ->
                throw new CloudException(FailureKind.PATIENT_NOT_FOUND, "patient not found");
            default -> throw new CloudException(FailureKind.BAD_RESPONSE, "unexpected status");
        }
    }

    private void adoptTicket(LibreLinkUpSession current, @Nullable LluTicket ticket) {
        Instant expires = ticket != null ? LibreLinkUpLogin.expiry(ticket.expires, clock) : null;
        if (ticket != null && ticket.token != null && !ticket.token.isBlank() && expires != null) {
            LibreLinkUpSession renewed = current.withTicket(ticket.token, expires);
            session = renewed;
            LibreLinkUpSession stored = persisted;
            if (stored == null || renewed.expires().isAfter(stored.expires().plus(STORE_AGAIN_AFTER))) {
                persisted = renewed;
            }
        }
    }

    private Map<String, String> headers(@Nullable LibreLinkUpSession current) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("product", "llu.android");
        headers.put("version", clientVersion);
        headers.put("accept", "application/json");
        headers.put("cache-control", "no-cache");
        if (current != null) {
            headers.put("Account-Id", current.accountIdHash());
            headers.put("Authorization", "Bearer " + current.token());
        }
        return headers;
    }

    private URI uri(String region, String path) {
        return URI.create(hosts.baseUrl(region) + path);
    }
}
