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

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.CloudAccount;
import org.openhab.binding.cgm.internal.client.CloudException;
import org.openhab.binding.cgm.internal.discovery.PatientDiscoveryService;
import org.openhab.binding.cgm.internal.engine.AccountGovernor;
import org.openhab.binding.cgm.internal.engine.AccountListener;
import org.openhab.binding.cgm.internal.engine.AccountPoller;
import org.openhab.binding.cgm.internal.engine.Backoff;
import org.openhab.binding.cgm.internal.engine.PollPlanner;
import org.openhab.binding.cgm.internal.engine.PollerStatus;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;

/**
 * A CGM cloud account in openHAB: owns the one session and the one polling engine of the account, and hands each poll's
 * patients to the patient things and to discovery. Vendor subclasses only turn their configuration into a
 * {@link CloudAccount}.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public abstract class CloudBridgeHandler extends BaseBridgeHandler implements AccountListener {

    private static final Duration BACKOFF_BASE = Duration.ofMinutes(1);
    private static final Duration BACKOFF_CAP = Duration.ofMinutes(30);

    protected final CgmRuntime runtime;
    private volatile @Nullable AccountPoller poller;
    private volatile @Nullable Map<String, Patient> patients;
    private volatile @Nullable PatientDiscoveryService discovery;

    protected CloudBridgeHandler(Bridge bridge, CgmRuntime runtime) {
        super(bridge);
        this.runtime = runtime;
    }

    /** Builds the account from the configuration, or says what is wrong with it. Makes no call. */
    protected abstract CloudAccount createAccount() throws ConfigurationProblem;

    /** Every configuration value that names the account and how it logs in: new values, new memory. */
    protected abstract List<String> accountIdentity();

    /** The shortest time between two polls of this account. */
    protected abstract Duration pollFloor();

    /** The i18n key of the text shown when the cloud refuses the credentials. */
    protected abstract String badCredentialsKey();

    /**
     * The i18n key of a configuration error the vendor words itself (which of its credentials was refused, a URL that
     * is not the vendor's); null for the common texts.
     */
    protected @Nullable String configurationErrorKey(CloudException failure) {
        return null;
    }

    /** Called after each successful poll, e.g. to show what was learned as properties. */
    protected void pollSucceeded() {
    }

    @Override
    public void initialize() {
        patients = null;
        CloudAccount account;
        try {
            account = createAccount();
        } catch (ConfigurationProblem problem) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, problem.description());
            return;
        }
        updateStatus(ThingStatus.UNKNOWN);
        AccountMemory memory = runtime.memory();
        AccountGovernor governor = memory.governor(memory.keyFor(getThing().getUID().getAsString(), accountIdentity()));
        PollPlanner planner = new PollPlanner(account.cadence(), pollFloor(), account.cadenceVaries());
        AccountPoller newPoller = new AccountPoller(account, governor, executor(), runtime.clock(), planner,
                new Backoff(BACKOFF_BASE, BACKOFF_CAP, runtime.random()), this);
        poller = newPoller;
        newPoller.start(getThing().getUID().getAsString());
    }

    @Override
    public void dispose() {
        AccountPoller current = poller;
        if (current != null) {
            current.stop();
        }
        poller = null;
        patients = null;
    }

    @Override
    public void childHandlerInitialized(ThingHandler childHandler, Thing childThing) {
        AccountPoller current = poller;
        if (current != null && childHandler instanceof PatientHandler patientHandler && patientHandler.wantsHistory()) {
            current.historyWanted();
        }
    }

    @Override
    public void handleRemoval() {
        // the stored session and what was learned of the account go with the thing: nothing of it stays in userdata
        AccountPoller current = poller;
        if (current != null) {
            current.stop();
        }
        runtime.memory().forgetThing(getThing().getUID().getAsString());
        super.handleRemoval();
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // the bridge has no channels
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return Set.of(PatientDiscoveryService.class);
    }

    @Override
    public void pollSucceeded(List<Patient> polled, Instant nextPoll) {
        Map<String, Patient> byId = new LinkedHashMap<>();
        polled.forEach(patient -> byId.put(Patient.key(patient.id()), patient));
        patients = byId;
        updateStatus(ThingStatus.ONLINE);
        pollSucceeded();
        for (Thing child : getThing().getThings()) {
            if (child.getHandler() instanceof PatientHandler patientHandler) {
                patientHandler.patientUpdated(byId.get(Patient.key(patientHandler.patientId())));
            }
        }
        PatientDiscoveryService service = discovery;
        if (service != null) {
            service.patientsSeen(polled);
        }
    }

    @Override
    public Set<String> patientsWantingHistory() {
        Set<String> wanted = new HashSet<>();
        for (Thing child : getThing().getThings()) {
            if (child.getHandler() instanceof PatientHandler patientHandler && patientHandler.wantsHistory()) {
                wanted.add(Patient.key(patientHandler.patientId()));
            }
        }
        return wanted;
    }

    @Override
    public void pollFailed(CloudException failure, @Nullable Instant nextAttempt) {
        String ownKey = configurationErrorKey(failure);
        if (ownKey != null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, StatusTexts.text(ownKey));
            return;
        }
        StatusTexts texts = new StatusTexts(runtime.clock(), runtime.timeZoneProvider().getTimeZone());
        StatusTexts.Offline offline = texts.forFailure(failure, nextAttempt, badCredentialsKey());
        updateStatus(ThingStatus.OFFLINE, offline.detail(), offline.description());
    }

    /** The time in the cloud's clock, which readings are judged against, so that a host clock jump changes nothing. */
    public Instant cloudNow() {
        AccountPoller current = poller;
        return current != null ? current.cloudNow() : runtime.clock().instant();
    }

    /**
     * The patients of the last successful poll by {@link Patient#key(String)} of their id, or null before the first
     * one.
     */
    public @Nullable Map<String, Patient> lastPatients() {
        return patients;
    }

    /** What the engine of this account is doing and why, for the console; null while there is no engine. */
    public @Nullable PollerStatus pollerStatus() {
        AccountPoller current = poller;
        return current != null ? current.status() : null;
    }

    /** Plans the next poll now, where every rule of the engine allows it. */
    public PollerStatus.Retry retryNow() {
        AccountPoller current = poller;
        return current != null ? current.retryNow() : new PollerStatus.Retry(PollerStatus.Refusal.NOT_RUNNING, null);
    }

    public void setDiscoveryService(@Nullable PatientDiscoveryService service) {
        discovery = service;
        Map<String, Patient> known = patients;
        if (service != null && known != null) {
            service.patientsSeen(List.copyOf(known.values()));
        }
    }

    private ScheduledExecutorService executor() {
        ScheduledExecutorService override = runtime.executor();
        return override != null ? override : scheduler;
    }
}
