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
package org.openhab.binding.cgm.internal.client.nightscout;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.client.FailureKind;
import org.openhab.binding.cgm.internal.client.HttpFailures;
import org.openhab.binding.cgm.internal.client.LoginPermit;
import org.openhab.binding.cgm.internal.client.ReadingGuard;
import org.openhab.binding.cgm.internal.client.ServerTime;
import org.openhab.binding.cgm.internal.client.TolerantJson;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.binding.cgm.internal.client.TransportRequest;
import org.openhab.binding.cgm.internal.client.TransportResponse;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutAuthorization;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutEntry;
import org.openhab.binding.cgm.internal.client.nightscout.dto.NightscoutStatus;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.OnBoard;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.SensorCadence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * A Nightscout site: one patient, whose readings are the site's {@code sgv} entries. With an access token, the token is
 * exchanged for a JWT once an hour and only the JWT goes with data requests; with the API secret, its SHA-1 digest
 * goes in the {@code api-secret} header. One entries request per poll asks for what is newer than the newest reading
 * held, so a gap comes back as history in the same request; the site's status (units, thresholds, plugins) is read
 * at the start and after a long gap; insulin and carbohydrates on board only while someone wants them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class NightscoutClient implements CloudAccount {

    /** The id of the one patient of a site. */
    public static final String PATIENT_ID = "site";
    /** Most uploaders send every five minutes; the engine learns the site's own cadence from its entries. */
    public static final SensorCadence CADENCE = new SensorCadence(Duration.ofMinutes(5), Duration.ofSeconds(30));
    /** How far back one entries request reaches: a day of one-minute readings. */
    public static final Duration MAX_LOOKBACK = Duration.ofDays(1);
    static final int MAX_COUNT = 1440;
    /** What the first request after a start reads: enough for rate of change and delta. */
    static final Duration FIRST_LOOKBACK = Duration.ofMinutes(30);
    /** The JWT is renewed this long before it expires. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    /** The status is read again after this long, or after a gap of {@link #LONG_GAP} without a successful poll. */
    static final Duration STATUS_MAX_AGE = Duration.ofHours(6);
    static final Duration LONG_GAP = Duration.ofMinutes(30);

    /** {@link CloudException#detail()} of a refused access token. */
    public static final String REFUSED_TOKEN = "token";
    /** {@link CloudException#detail()} of a refused API secret. */
    public static final String REFUSED_SECRET = "api-secret";
    /** {@link CloudException#detail()} of an accepted token or secret without the right to read. */
    public static final String READ_DENIED = "read-denied";
    /** {@link CloudException#detail()} of a URL whose status.json does not exist. */
    public static final String NOT_NIGHTSCOUT = "not-nightscout";

    static final String AUTHORIZATION = "/api/v2/authorization/request/";
    static final String STATUS = "/api/v1/status.json";
    static final String ENTRIES = "/api/v1/entries/sgv.json";
    static final String PROPERTIES = "/api/v2/properties/iob,cob";

    private final Logger logger = LoggerFactory.getLogger(NightscoutClient.class);
    private final Transport transport;
    private final Clock clock;
    private final NightscoutSettings settings;
    private final BooleanSupplier onBoardWanted;
    private final Gson gson = TolerantJson.gson();
    private final ServerTime serverTime;
    private final ReadingGuard guard = new ReadingGuard();
    private final @Nullable String secretDigest;

    private volatile @Nullable String jwt;
    private volatile @Nullable Instant jwtExpires;
    /** True once a data request succeeded with the current JWT: a later 401 means it expired, not a missing right. */
    private volatile boolean jwtProven;
    private volatile @Nullable NightscoutSite site;
    private volatile @Nullable Instant siteReadAt;
    private volatile @Nullable GlucoseReading newest;
    private volatile @Nullable Instant lastSuccess;

    /**
     * @param onBoardWanted true while insulin and carbohydrates on board are of use (their channels are linked)
     */
    public NightscoutClient(Transport transport, Clock clock, NightscoutSettings settings,
            BooleanSupplier onBoardWanted) {
        this.transport = transport;
        this.clock = clock;
        this.settings = settings;
        this.onBoardWanted = onBoardWanted;
        this.serverTime = new ServerTime(clock);
        this.secretDigest = settings.apiSecretDigest();
    }

    @Override
    public SensorCadence cadence() {
        return CADENCE;
    }

    @Override
    public boolean cadenceVaries() {
        return true;
    }

    private boolean usesToken() {
        return settings.token() != null;
    }

    private Instant cloudNow() {
        return clock.instant().plus(serverTime.offset());
    }

    @Override
    public boolean hasSession() {
        if (!usesToken()) {
            return site != null;
        }
        Instant expires = jwtExpires;
        return jwt != null && expires != null && cloudNow().isBefore(expires.minus(RENEW_BEFORE));
    }

    @Override
    public void dropSession() {
        jwt = null;
        jwtExpires = null;
        jwtProven = false;
        if (!usesToken()) {
            site = null;
        }
    }

    @Override
    public Map<String, String> sessionState() {
        Map<String, String> state = new LinkedHashMap<>();
        String token = jwt;
        Instant expires = jwtExpires;
        if (token != null && expires != null) {
            state.put("jwt", token);
            state.put("jwtExpires", Long.toString(expires.getEpochSecond()));
        }
        return state;
    }

    @Override
    public void restoreSessionState(Map<String, String> state) {
        String token = state.get("jwt");
        String expires = state.get("jwtExpires");
        if (usesToken() && token != null && !token.isBlank() && expires != null) {
            try {
                jwtExpires = Instant.ofEpochSecond(Long.parseLong(expires));
                jwt = token;
                // a remembered JWT has worked before: a 401 means it has expired
                jwtProven = true;
            } catch (NumberFormatException | DateTimeException e) {
                jwt = null;
                jwtExpires = null;
            }
        }
    }

    /**
     * With a token: exchanges it for a JWT (one request), and reads the status when it is due. With the API secret:
     * reads the status, which tells whether the site takes the secret.
     */
    @Override
    public void logIn(LoginPermit permit) throws CloudException {
        permit.spend();
        if (usesToken()) {
            jwt = null;
            exchangeToken();
            if (statusDue(cloudNow())) {
                readStatus();
            }
        } else {
            site = null;
            readStatus();
        }
        logger.debug("Connected to the Nightscout site ({})", usesToken() ? "access token" : "API secret");
    }

    @Override
    public Duration longestLookback() {
        return MAX_LOOKBACK;
    }

    @Override
    public List<Patient> fetchPatients() throws CloudException {
        return fetchPatients(Duration.ZERO);
    }

    @Override
    public List<Patient> fetchPatients(Duration lookback) throws CloudException {
        if (usesToken() && jwt == null) {
            throw new CloudException(FailureKind.SESSION_EXPIRED, "no JWT");
        }
        if (statusDue(cloudNow())) {
            readStatus();
        }
        List<GlucoseReading> fresh = readEntries(lookback);
        lastSuccess = clock.instant();
        GlucoseReading held = newest;
        for (GlucoseReading reading : fresh) {
            if (held == null || reading.timestamp().isAfter(held.timestamp())) {
                held = reading;
            }
        }
        newest = held;
        OnBoard onBoard = readOnBoard();
        NightscoutSite known = site;
        NightscoutSite current = known != null ? known : NightscoutSite.UNKNOWN;
        List<GlucoseReading> recent = !fresh.isEmpty() ? fresh : held != null ? List.of(held) : List.of();
        return List.of(
                new Patient(PATIENT_ID, "Nightscout", held, current.unit(), current.target(), null, recent, onBoard));
    }

    /** The site as its status last described it, null before the first. */
    public @Nullable NightscoutSite site() {
        return site;
    }

    @Override
    public Duration clockOffset() {
        return serverTime.offset();
    }

    private boolean statusDue(Instant now) {
        Instant readAt = siteReadAt;
        Instant success = lastSuccess;
        return site == null || readAt == null || !now.isBefore(readAt.plus(STATUS_MAX_AGE))
                || (success != null && !clock.instant().isBefore(success.plus(LONG_GAP)));
    }

    private void exchangeToken() throws CloudException {
        String token = settings.token();
        if (token == null) {
            throw new CloudException(FailureKind.INVALID_CONFIGURATION, "no access token");
        }
        // the access token travels in this one path; this URI is never logged (TransportRequest shows no path here)
        URI uri = URI.create(settings.siteUrl() + AUTHORIZATION + URLEncoder.encode(token, StandardCharsets.UTF_8));
        TransportResponse response = transport.execute(TransportRequest.get(uri, Map.of("accept", "application/json")));
        Instant reference = serverTime.observe(response);
        if (isRefusal(response)) {
            throw new CloudException(FailureKind.BAD_CREDENTIALS, "access token refused", null, REFUSED_TOKEN);
        }
        failOnFault(response, true, "authorization");
        NightscoutAuthorization answer = parse(response, NightscoutAuthorization.class);
        String newJwt = answer != null ? answer.token : null;
        Double exp = answer != null ? answer.exp : null;
        if (newJwt == null || newJwt.isBlank() || newJwt.chars().anyMatch(c -> c <= ' ' || c > '~') || exp == null
                || !Double.isFinite(exp)) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "no JWT in the authorization answer");
        }
        Instant expires = Instant.ofEpochSecond((long) Math.min(exp, Instant.MAX.getEpochSecond() / 2.0));
        // an expiry in the past or years ahead is not believed: Nightscout issues JWTs for an hour
        if (!expires.isAfter(reference) || expires.isAfter(reference.plus(Duration.ofDays(1)))) {
            expires = reference.plus(Duration.ofHours(1));
        }
        jwt = newJwt;
        jwtExpires = expires;
        jwtProven = false;
    }

    private void readStatus() throws CloudException {
        TransportResponse response = get(STATUS, "status");
        NightscoutStatus status = parse(response, NightscoutStatus.class);
        if (status == null) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "no status");
        }
        site = NightscoutSite.of(status);
        siteReadAt = cloudNow();
    }

    private List<GlucoseReading> readEntries(Duration lookback) throws CloudException {
        Instant now = cloudNow();
        GlucoseReading held = newest;
        Instant since = held != null ? held.timestamp() : now.minus(FIRST_LOOKBACK);
        if (lookback.compareTo(Duration.ZERO) > 0) {
            Duration reach = lookback.compareTo(MAX_LOOKBACK) > 0 ? MAX_LOOKBACK : lookback;
            Instant wanted = now.minus(reach);
            since = wanted.isBefore(since) ? wanted : since;
        }
        if (since.isBefore(now.minus(MAX_LOOKBACK))) {
            since = now.minus(MAX_LOOKBACK);
        }
        long minutes = Math.max(0, Duration.between(since, now).toMinutes());
        int count = (int) Math.min(MAX_COUNT, minutes + 2);
        String query = "?count=" + count + "&find%5Bdate%5D%5B%24gt%5D=" + since.toEpochMilli();
        TransportResponse response = get(ENTRIES + query, "entries");
        Instant reference = serverTime.observe(response);
        NightscoutEntry[] entries = parse(response, NightscoutEntry[].class);
        if (entries == null) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "entries are not a list");
        }
        List<GlucoseReading> readings = GlucoseReading.oldestFirst(Arrays.asList(entries), NightscoutMapper::reading);
        jwtProven = true;
        Instant after = since;
        List<GlucoseReading> newer = new ArrayList<>(readings.size());
        for (GlucoseReading reading : readings) {
            boolean duplicate = !newer.isEmpty() && newer.get(newer.size() - 1).timestamp().equals(reading.timestamp());
            if (reading.timestamp().isAfter(after) && !duplicate) {
                newer.add(reading);
            }
        }
        return guard.admit(newer, reference, null);
    }

    private @Nullable OnBoard readOnBoard() {
        NightscoutSite known = site;
        if (known == null || !known.computesOnBoard() || !onBoardWanted.getAsBoolean()) {
            return null;
        }
        try {
            TransportResponse response = get(PROPERTIES, "properties");
            JsonObject properties = parse(response, JsonObject.class);
            return properties == null ? null : NightscoutSite.onBoard(properties);
        } catch (CloudException e) {
            // the readings came: a site without the properties API costs the two channels, not the poll
            logger.debug("Insulin and carbohydrates on board not read: {}", e.kind());
            return null;
        }
    }

    private TransportResponse get(String pathAndQuery, String context) throws CloudException {
        URI uri = URI.create(settings.siteUrl() + pathAndQuery);
        TransportResponse response = transport.execute(TransportRequest.get(uri, headers()));
        if (isRefusal(response)) {
            throw refused();
        }
        failOnFault(response, STATUS.equals(pathAndQuery), context);
        return response;
    }

    /** A data request refused: an expired JWT (it worked before), or a token or secret without the right to read. */
    private CloudException refused() {
        if (!usesToken()) {
            return new CloudException(FailureKind.BAD_CREDENTIALS, "API secret refused", null, REFUSED_SECRET);
        }
        if (jwtProven) {
            return new CloudException(FailureKind.SESSION_EXPIRED, "JWT refused");
        }
        return new CloudException(FailureKind.BAD_CREDENTIALS, "no right to read", null, READ_DENIED);
    }

    /**
     * HTTP 401, in whatever form (Nightscout answers JSON or a line of text), or a 403 that is no firewall's web page:
     * the token or secret is refused.
     */
    private static boolean isRefusal(TransportResponse response) {
        int status = response.status();
        return status == 401 || (status == 403 && !response.isHtml());
    }

    /**
     * Redirects (never followed), a 404 where every Nightscout answers (the URL is no Nightscout site, whatever page
     * its server shows), web pages instead of JSON (a sleeping host, a login page) and HTTP errors.
     */
    private void failOnFault(TransportResponse response, boolean everySiteHasIt, String context) throws CloudException {
        int status = response.status();
        if (status >= 300 && status < 400) {
            HttpFailures.failOnRedirectOrWebPage(response, clock);
        }
        if (status == 404 && everySiteHasIt) {
            throw new CloudException(FailureKind.INVALID_CONFIGURATION, "not a Nightscout site", null, NOT_NIGHTSCOUT);
        }
        HttpFailures.failOnRedirectOrWebPage(response, clock);
        HttpFailures.failOnStatus(response, clock, context);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept", "application/json");
        String token = jwt;
        String digest = secretDigest;
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        } else if (digest != null) {
            headers.put("api-secret", digest);
        }
        return headers;
    }

    private <T> @Nullable T parse(TransportResponse response, Class<T> type) throws CloudException {
        try {
            return gson.fromJson(response.body(), type);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new CloudException(FailureKind.BAD_RESPONSE, "unreadable answer");
        }
    }
}
