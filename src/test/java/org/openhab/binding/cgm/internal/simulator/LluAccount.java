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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A LibreLinkUp follower account: credentials, home region, pending terms steps and the patients it follows.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class LluAccount {

    private final Object lock;
    private final Clock clock;
    private final String userId;
    private final String email;
    private final String region;
    private final Instant created;
    private final Map<String, LluPatient> patients = new LinkedHashMap<>();
    private final List<String> pendingSteps = new ArrayList<>();
    private String password;
    private String firstName = "Sim";
    private String lastName = "Follower";
    private GlucoseUnitCode unit = GlucoseUnitCode.MG_DL;
    private boolean stepTicket = true;

    LluAccount(Object lock, Clock clock, String userId, String email, String password, String region) {
        this.lock = lock;
        this.clock = clock;
        this.userId = userId;
        this.email = email;
        this.password = password;
        this.region = region;
        this.created = clock.instant();
    }

    public String userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    /** Home region code, e.g. {@code eu}; login elsewhere is redirected here, tokens only work here. */
    public String region() {
        return region;
    }

    /** The {@code Account-Id} header value this account needs: lowercase hex SHA-256 of the user id. */
    public String accountIdHash() {
        return sha256Hex(userId);
    }

    public LluPatient addPatient(String patientId, String firstName, String lastName, GlucoseUnitCode unit,
            ZoneId phoneZone) {
        synchronized (lock) {
            if (patients.containsKey(patientId)) {
                throw new IllegalArgumentException("patient already shared: " + patientId);
            }
            LluPatient patient = new LluPatient(lock, clock, patientId, firstName, lastName, unit, phoneZone,
                    country());
            patients.put(patientId, patient);
            return patient;
        }
    }

    public void removePatient(String patientId) {
        synchronized (lock) {
            patients.remove(patientId);
        }
    }

    /** Adds steps (e.g. {@code "tou"}, {@code "pp"}) that login shows, in order, until each is accepted. */
    public void requireTerms(String... stepTypes) {
        synchronized (lock) {
            for (String type : stepTypes) {
                if (!pendingSteps.contains(type)) {
                    pendingSteps.add(type);
                }
            }
        }
    }

    /** Step answers without their authTicket, as some real ones come: the step can only be done in the app. */
    public void omitStepTicket() {
        synchronized (lock) {
            stepTicket = false;
        }
    }

    boolean stepTicket() {
        return stepTicket;
    }

    public List<String> pendingSteps() {
        synchronized (lock) {
            return List.copyOf(pendingSteps);
        }
    }

    public void setPassword(String password) {
        synchronized (lock) {
            this.password = password;
        }
    }

    public void setName(String firstName, String lastName) {
        synchronized (lock) {
            this.firstName = firstName;
            this.lastName = lastName;
        }
    }

    /** The follower's own display unit, sent as {@code user.uom} at login; default mg/dL. */
    public void setUnit(GlucoseUnitCode unit) {
        synchronized (lock) {
            this.unit = unit;
        }
    }

    public GlucoseUnitCode unit() {
        synchronized (lock) {
            return unit;
        }
    }

    public String firstName() {
        synchronized (lock) {
            return firstName;
        }
    }

    public String lastName() {
        synchronized (lock) {
            return lastName;
        }
    }

    // callers below hold the lock

    boolean passwordMatches(String candidate) {
        return password.equals(candidate);
    }

    @Nullable
    String nextStep() {
        return pendingSteps.isEmpty() ? null : pendingSteps.get(0);
    }

    /** Accepts a pending step; false if that step was not pending. */
    boolean acceptStep(String type) {
        return pendingSteps.remove(type);
    }

    List<LluPatient> patients() {
        return List.copyOf(patients.values());
    }

    @Nullable
    LluPatient patient(String patientId) {
        return patients.get(patientId);
    }

    String country() {
        return LluRegions.country(region);
    }

    Instant created() {
        return created;
    }

    static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
