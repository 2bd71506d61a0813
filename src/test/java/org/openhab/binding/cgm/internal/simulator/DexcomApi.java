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
 * Entry point for requests to the simulated Dexcom Share hosts: applies injected faults, then routes to the
 * endpoints.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class DexcomApi implements VendorSimulation {

    private final DexcomSimulation simulation;
    private final ReleaseSignal releaseSignal;
    private final DexcomLogin login;
    private final DexcomGlucose glucose;

    DexcomApi(DexcomSimulation simulation, ReleaseSignal releaseSignal) {
        this.simulation = simulation;
        this.releaseSignal = releaseSignal;
        DexcomSessions sessions = new DexcomSessions();
        this.login = new DexcomLogin(simulation, sessions);
        this.glucose = new DexcomGlucose(simulation, sessions);
    }

    @Override
    public SimResponse handle(RecordedRequest request) {
        if (!DexcomRegions.isRegion(request.region())) {
            return DexcomResponses.notFound();
        }
        DexcomEndpoint endpoint = DexcomEndpoint.of(request.method(), request.path());
        return FaultResponses.apply(simulation.faults().take(endpoint), releaseSignal, () -> answer(request, endpoint),
                DexcomFaultResponses::truncate,
                fault -> DexcomFaultResponses.render(fault, request.region(), simulation.clock().instant()));
    }

    private SimResponse answer(RecordedRequest request, @Nullable DexcomEndpoint endpoint) {
        if (endpoint == null) {
            return DexcomEndpoint.ofPath(request.path()) != null ? DexcomResponses.methodNotAllowed()
                    : DexcomResponses.notFound();
        }
        synchronized (simulation.lock()) {
            try {
                return switch (endpoint) {
                    case AUTHENTICATE -> DexcomResponses.noCache(login.authenticate(request));
                    case LOGIN_BY_ID -> DexcomResponses.noCache(login.loginById(request));
                    case READ_GLUCOSE -> glucose.read(request);
                    case ANY -> DexcomResponses.notFound();
                };
            } catch (Rejection rejection) {
                SimResponse response = rejection.response();
                return endpoint == DexcomEndpoint.READ_GLUCOSE ? response : DexcomResponses.noCache(response);
            }
        }
    }
}
