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

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonArray;

/**
 * {@code GET /llu/connections} and {@code GET /llu/connections/{patientId}/graph}. Callers hold the simulation lock.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluData {

    private static final String CONNECTIONS_PREFIX = "/llu/connections/";
    private static final String GRAPH_SUFFIX = "/graph";

    private final LibreLinkUpSimulation simulation;
    private final LluGate gate;
    private final LluTokens tokens;

    LluData(LibreLinkUpSimulation simulation, LluGate gate, LluTokens tokens) {
        this.simulation = simulation;
        this.gate = gate;
        this.tokens = tokens;
    }

    SimResponse connections(RecordedRequest request) throws Rejection {
        LluPrincipal principal = gate.authenticate(request);
        LluFixtures fixtures = simulation.fixtures();
        if (fixtures != null) {
            return SimResponse.jsonBytes(200, fixtures.connections);
        }
        LluAccount account = requireAccount(principal);
        Instant now = simulation.clock().instant();
        JsonArray data = new JsonArray();
        for (LluPatient patient : account.patients()) {
            data.add(LluConnectionJson.connection(patient, patient.latestReading()));
        }
        return LluJson.withTicket(data, freshTicket(account, request, now));
    }

    SimResponse graph(RecordedRequest request) throws Rejection {
        LluPrincipal principal = gate.authenticate(request);
        String path = request.path();
        String patientId = path.substring(CONNECTIONS_PREFIX.length(), path.length() - GRAPH_SUFFIX.length());
        LluFixtures fixtures = simulation.fixtures();
        if (fixtures != null) {
            return fixtures.patientId.equals(patientId) ? SimResponse.jsonBytes(200, fixtures.graph)
                    : LluJson.couldNotLoadPatient();
        }
        LluAccount account = requireAccount(principal);
        LluPatient patient = account.patient(patientId);
        if (patient == null) {
            return LluJson.couldNotLoadPatient();
        }
        Instant now = simulation.clock().instant();
        return LluJson.withTicket(LluConnectionJson.graph(patient, patient.latestReading(), patient.graphReadings(now)),
                freshTicket(account, request, now));
    }

    /** Every authenticated success hands out a new token; the old one stays valid until it expires. */
    private LluTokens.Issued freshTicket(LluAccount account, RecordedRequest request, Instant now) {
        return tokens.issue(account, LluGate.product(request), now, LluTokens.SESSION, false);
    }

    /** Only the seed capture's token lacks an account, and it is only accepted in fixture mode. */
    private static LluAccount requireAccount(LluPrincipal principal) throws Rejection {
        LluAccount account = principal.account();
        if (account == null) {
            throw new Rejection(LluJson.invalidJwt());
        }
        return account;
    }
}
