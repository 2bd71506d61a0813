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
package org.openhab.binding.cgm.internal.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One simulated Nightscout site. Who may read follows Nightscout's lib/authorization: the API secret's SHA-1 (or
 * SHA-512) hex digest in {@code api-secret} is admin; a JWT from the authorization request carries its access token's
 * roles; a raw access token as Bearer is no JWT and is refused; without either, the default roles decide
 * ({@code denied} here unless {@link #setDefaultReadable}).
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class NightscoutSimSite {

    /** How the site answers every request. */
    public enum Mode {
        NORMAL,
        /** A free host that put the app to sleep: HTTP 503 with the host's HTML error page. */
        SLEEPING,
        /** A login page in front of the site (an access proxy): HTTP 200 with an HTML form. */
        LOGIN_PAGE
    }

    /** An entry that is no sensor reading: a meter reading or a calibration. */
    record OtherEntry(Instant at, String type, int value) {
    }

    record Jwt(String accessToken, Instant expires) {
    }

    static final Duration DEFAULT_JWT_LIFETIME = Duration.ofHours(1);

    private final Object lock;
    private final String name;
    private final String apiSecret;
    private final SimulatedSensor<NightscoutSimReading> sensor;
    private final Duration spacing;
    private final Map<String, Set<String>> tokens = new LinkedHashMap<>();
    private final Map<String, Jwt> jwts = new HashMap<>();
    private final List<OtherEntry> others = new ArrayList<>();
    private boolean defaultReadable;
    private boolean mmol;
    private int bgLow = 55;
    private int bgTargetBottom = 80;
    private int bgTargetTop = 180;
    private int bgHigh = 260;
    private List<String> plugins = List.of("careportal", "boluscalc", "food", "rawbg", "iob", "cob", "bwp", "cage",
            "sage", "iage", "bage", "pump", "openaps", "ar2_forecast");
    private @Nullable Double iob = 1.25;
    private @Nullable Double cob = 20.0;
    private Mode mode = Mode.NORMAL;
    private boolean typeFilterIgnored;
    private Duration jwtLifetime = DEFAULT_JWT_LIFETIME;
    private int jwtCounter;

    NightscoutSimSite(Object lock, Clock clock, String name, String apiSecret, Duration spacing) {
        this.lock = lock;
        this.name = name;
        this.apiSecret = apiSecret;
        this.spacing = spacing;
        this.sensor = new SimulatedSensor<>(lock, clock, spacing, name.hashCode(), this::reading);
    }

    public String name() {
        return name;
    }

    /**
     * A new access token of a subject with these roles ("readable" reads everything; none reads nothing), in
     * Nightscout's form: the subject's name, a dash and 16 hex digits.
     */
    public String addToken(String subject, String... roles) {
        synchronized (lock) {
            String token = subject.toLowerCase(Locale.ROOT) + "-"
                    + HexFormat.of().formatHex(digest("SHA-1", subject + name + tokens.size())).substring(0, 16);
            tokens.put(token, Set.of(roles));
            return token;
        }
    }

    /** The API secret's SHA-1 hex digest, the header value uploaders send. */
    public String apiSecretSha1() {
        return HexFormat.of().formatHex(digest("SHA-1", apiSecret));
    }

    /** AUTH_DEFAULT_ROLES=readable: anyone may read, without token or secret. */
    public void setDefaultReadable(boolean readable) {
        synchronized (lock) {
            defaultReadable = readable;
        }
    }

    /** The site displays mmol/L (DISPLAY_UNITS=mmol); entries stay in mg/dL, as in every Nightscout. */
    public void setMmol(boolean mmolUnits) {
        synchronized (lock) {
            mmol = mmolUnits;
        }
    }

    /** BG_LOW, BG_TARGET_BOTTOM, BG_TARGET_TOP and BG_HIGH, in mg/dL. */
    public void setThresholds(int low, int targetBottom, int targetTop, int high) {
        synchronized (lock) {
            bgLow = low;
            bgTargetBottom = targetBottom;
            bgTargetTop = targetTop;
            bgHigh = high;
        }
    }

    /** ENABLE: the plugins the site runs. */
    public void setPlugins(String... enabled) {
        synchronized (lock) {
            plugins = List.of(enabled);
        }
    }

    /** Insulin and carbohydrates on board as the iob and cob plugins compute them; null: the plugin has nothing. */
    public void setOnBoard(@Nullable Double insulin, @Nullable Double carbs) {
        synchronized (lock) {
            iob = insulin;
            cob = carbs;
        }
    }

    public void setMode(Mode newMode) {
        synchronized (lock) {
            mode = newMode;
        }
    }

    /** The entries answer holds every type, as from a proxy or a site that ignores the sgv filter. */
    public void setTypeFilterIgnored(boolean ignored) {
        synchronized (lock) {
            typeFilterIgnored = ignored;
        }
    }

    public void setJwtLifetime(Duration lifetime) {
        synchronized (lock) {
            jwtLifetime = lifetime;
        }
    }

    /** A finger-stick meter reading (type mbg). */
    public void addMeterReading(Instant at, int mgPerDl) {
        synchronized (lock) {
            others.add(new OtherEntry(at, "mbg", mgPerDl));
        }
    }

    /** A sensor calibration (type cal). */
    public void addCalibration(Instant at) {
        synchronized (lock) {
            others.add(new OtherEntry(at, "cal", 0));
        }
    }

    public void setCurve(GlucoseCurve curve) {
        sensor.setCurve(curve);
    }

    public void setSensorPhaseSeconds(int seconds) {
        sensor.setPhaseSeconds(seconds);
    }

    /** How the uploader sends: by default each reading is visible when it is taken. */
    public void setUploads(UploadDelays uploads) {
        sensor.setUploads(uploads);
    }

    /** The phone keeps its readings and uploads them all when back online. */
    public void phoneOffline() {
        sensor.holdBack();
    }

    public void phoneOnline() {
        sensor.resume();
    }

    /** When the reading taken at {@code taken} became (or becomes) visible. */
    public Instant visibleAt(Instant taken) {
        return sensor.visibleAt(taken);
    }

    /** The instants of the readings taken in {@code [from, to)}, oldest first. */
    public List<Instant> takenBetween(Instant from, Instant to) {
        return sensor.takenBetween(from, to);
    }

    public NightscoutSimReading latestReading() {
        return sensor.latestReading();
    }

    public Duration spacing() {
        return spacing;
    }

    // callers below hold the lock

    Mode mode() {
        return mode;
    }

    /** The roles a JWT carries, or null when it is no valid, unexpired JWT of this site. */
    @Nullable
    Set<String> jwtRoles(String jwt, Instant now) {
        Jwt known = jwts.get(jwt);
        if (known == null || !now.isBefore(known.expires())) {
            return null;
        }
        return tokens.getOrDefault(known.accessToken(), Set.of());
    }

    @Nullable
    Jwt authorize(String accessToken, Instant now) {
        if (!tokens.containsKey(accessToken)) {
            return null;
        }
        jwtCounter++;
        String jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + HexFormat.of().formatHex(digest("SHA-1", accessToken + jwtCounter + now)) + "." + jwtCounter;
        Jwt issued = new Jwt(accessToken, now.plus(jwtLifetime));
        jwts.put(jwt, issued);
        return issued;
    }

    @Nullable
    String jwtFor(Jwt issued) {
        return jwts.entrySet().stream().filter(e -> e.getValue().equals(issued)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    boolean hasToken(String accessToken) {
        return tokens.containsKey(accessToken);
    }

    Set<String> tokenRoles(String accessToken) {
        return tokens.getOrDefault(accessToken, Set.of());
    }

    boolean secretMatches(@Nullable String header) {
        if (header == null) {
            return false;
        }
        String value = header.trim().toLowerCase(Locale.ROOT);
        return value.equals(apiSecretSha1()) || value.equals(HexFormat.of().formatHex(digest("SHA-512", apiSecret)));
    }

    boolean defaultReadable() {
        return defaultReadable;
    }

    boolean mmol() {
        return mmol;
    }

    int[] thresholds() {
        return new int[] { bgLow, bgTargetBottom, bgTargetTop, bgHigh };
    }

    List<String> plugins() {
        return plugins;
    }

    @Nullable
    Double iob() {
        return plugins.contains("iob") ? iob : null;
    }

    @Nullable
    Double cob() {
        return plugins.contains("cob") ? cob : null;
    }

    boolean typeFilterIgnored() {
        return typeFilterIgnored;
    }

    /** The visible readings newer than {@code after}, newest first, at most {@code count}. */
    List<NightscoutSimReading> readingsAfter(Instant after, int count, Instant now) {
        Duration window = Duration.between(after, now);
        if (window.isNegative()) {
            return List.of();
        }
        List<Instant> visible = sensor.visible(sensor.schedule().newestFirst(now, window, Integer.MAX_VALUE), now)
                .stream().filter(at -> at.isAfter(after)).toList();
        return sensor.readingsAt(visible.subList(0, Math.min(count, visible.size())));
    }

    List<OtherEntry> othersAfter(Instant after, Instant now) {
        return others.stream().filter(o -> o.at().isAfter(after) && !o.at().isAfter(now)).toList();
    }

    private NightscoutSimReading reading(GlucoseCurve curve, Instant at) {
        return NightscoutSimReading.of(at, curve.mgPerDl(at),
                (curve.mgPerDl(at) - curve.mgPerDl(at.minus(spacing))) / Math.max(1, spacing.toMinutes()));
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
