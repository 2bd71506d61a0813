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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Entry point for requests to the simulated LibreLinkUp hosts: applies injected faults, then routes to the
 * endpoints.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class LluApi implements VendorSimulation {

    private final LibreLinkUpSimulation simulation;
    private final ReleaseSignal releaseSignal;
    private final LluLogin login;
    private final LluData data;

    LluApi(LibreLinkUpSimulation simulation, ReleaseSignal releaseSignal) {
        this.simulation = simulation;
        this.releaseSignal = releaseSignal;
        LluTokens tokens = new LluTokens();
        LluGate gate = new LluGate(simulation, tokens);
        this.login = new LluLogin(simulation, gate, tokens);
        this.data = new LluData(simulation, gate, tokens);
    }

    @Override
    public SimResponse handle(RecordedRequest request) {
        if (!LluRegions.isHost(request.region())) {
            return LluJson.notFound();
        }
        LluEndpoint endpoint = LluEndpoint.of(request.method(), request.path());
        return FaultResponses.apply(simulation.faults().take(endpoint), releaseSignal, () -> answer(request, endpoint),
                LluFaultResponses::truncate, LluFaultResponses::render);
    }

    private SimResponse answer(RecordedRequest request, @Nullable LluEndpoint endpoint) {
        if (endpoint == null) {
            return LluJson.notFound();
        }
        synchronized (simulation.lock()) {
            try {
                return switch (endpoint) {
                    case LOGIN -> login.login(request);
                    case CONTINUE -> login.continueStep(request);
                    case CONNECTIONS -> data.connections(request);
                    case GRAPH -> data.graph(request);
                    case ANY -> LluJson.notFound();
                };
            } catch (Rejection rejection) {
                return rejection.response();
            }
        }
    }
}
