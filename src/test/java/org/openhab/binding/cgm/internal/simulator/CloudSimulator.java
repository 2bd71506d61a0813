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

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Loopback HTTP server that plays the vendor clouds for client tests. Every vendor lives under its own path prefix
 * ({@code /librelinkup/<region>/...}, {@code /dexcom/<region>/ShareWebServices/Services/...}), and every request is
 * recorded.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class CloudSimulator implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;
    private final RequestLog requestLog = new RequestLog();
    private final ReleaseSignal releaseSignal = new ReleaseSignal();
    private final Map<String, VendorSimulation> vendors = new ConcurrentHashMap<>();
    private final LibreLinkUpSimulation libreLinkUp;
    private final DexcomSimulation dexcom;
    private final NightscoutSimulation nightscout;

    private CloudSimulator(Clock clock) {
        libreLinkUp = new LibreLinkUpSimulation(clock, releaseSignal);
        vendors.put(LibreLinkUpSimulation.VENDOR, libreLinkUp.api());
        dexcom = new DexcomSimulation(clock, releaseSignal);
        vendors.put(DexcomSimulation.VENDOR, dexcom.api());
        nightscout = new NightscoutSimulation(clock, releaseSignal);
        vendors.put(NightscoutSimulation.VENDOR, nightscout.api());

        server = new Server();
        HttpConfiguration httpConfig = new HttpConfiguration();
        httpConfig.setSendServerVersion(false);
        // the Date header comes from the simulated clock, as a real cloud's comes from its own
        httpConfig.setSendDateHeader(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        connector.setHost(HOST);
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new DispatchHandler(clock, requestLog, vendors));
    }

    /**
     * Starts the simulator on a free loopback port. Readings and token expiry follow the given clock.
     */
    public static CloudSimulator start(Clock clock) {
        CloudSimulator simulator = new CloudSimulator(clock);
        try {
            simulator.server.start();
        } catch (Exception e) {
            simulator.close();
            throw new IllegalStateException("Cloud simulator did not start", e);
        }
        return simulator;
    }

    /** Base URL of the server, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://" + HOST + ":" + connector.getLocalPort();
    }

    /** URL template for the LibreLinkUp client; {@code {region}} is a region code or {@code global}. */
    public String libreLinkUpUrlTemplate() {
        return baseUrl() + "/" + LibreLinkUpSimulation.VENDOR + "/{region}";
    }

    /** URL of one simulated LibreLinkUp host, e.g. {@code libreLinkUpUrl("eu")}. */
    public String libreLinkUpUrl(String region) {
        return libreLinkUpUrlTemplate().replace("{region}", region);
    }

    public LibreLinkUpSimulation libreLinkUp() {
        return libreLinkUp;
    }

    /**
     * URL template for the Dexcom Share client: {@code {region}} is {@code us} (share2.dexcom.com), {@code ous}
     * (shareous1.dexcom.com) or {@code jp} (share.dexcom.jp); endpoints such as
     * {@code General/AuthenticatePublisherAccount} follow after a slash.
     */
    public String dexcomUrlTemplate() {
        return baseUrl() + "/" + DexcomSimulation.VENDOR + "/{region}" + DexcomSimulation.SERVICES_PATH;
    }

    /** Base URL of one simulated Dexcom Share host, e.g. {@code dexcomUrl("ous")}. */
    public String dexcomUrl(String region) {
        return dexcomUrlTemplate().replace("{region}", region);
    }

    public DexcomSimulation dexcom() {
        return dexcom;
    }

    /** The root URL of a Nightscout site of {@link #nightscout()}. */
    public String nightscoutUrl(String site) {
        return baseUrl() + "/" + NightscoutSimulation.VENDOR + "/" + site;
    }

    public NightscoutSimulation nightscout() {
        return nightscout;
    }

    public RequestLog requests() {
        return requestLog;
    }

    /**
     * Stops Jetty. Slow responses still waiting are released first, so no handler thread outlives the test.
     */
    @Override
    public void close() {
        releaseSignal.release();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cloud simulator did not stop cleanly", e);
        }
    }
}
