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

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.DailyStatistics;
import org.openhab.binding.cgm.internal.insight.InsightSettings;
import org.openhab.binding.cgm.internal.insight.PatientInsight;
import org.openhab.binding.cgm.internal.insight.SettingsProblem;
import org.openhab.binding.cgm.internal.insight.Update;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;

/**
 * One patient: takes what the bridge's polls saw and shows what it means (see {@code insight}). It never calls the
 * cloud; its one timer, once a minute, only ages the newest reading, so that {@code stale} turns ON also while the
 * bridge is offline.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class PatientHandler extends BaseThingHandler {

    static final Duration TICK = Duration.ofMinutes(1);

    private final CgmRuntime runtime;
    private volatile String patientId = "";
    private @Nullable PatientSettings settings;
    private @Nullable PatientInsight insight;
    private @Nullable InsightSettings insightSettings;
    private @Nullable ScheduledFuture<?> ticker;
    /** Every state channel as last published, for REFRESH. */
    private final Map<String, State> shown = new LinkedHashMap<>();
    private boolean staleShown;
    /** The start of the sensor worn, as the cloud last reported it. */
    private @Nullable Instant sensorActivated;
    /** The readings handed to openHAB in the last day: none goes twice. */
    private final PublishedReadings published = new PublishedReadings();
    /** The spoken summary; also what the thing actions answer. */
    private final PatientSummary summary;
    /** The day's figures as last published. */
    private @Nullable DailyStatistics day;

    public PatientHandler(Thing thing, CgmRuntime runtime) {
        this(thing, runtime, null);
    }

    /** @param speech the binding's translations, for the summary; null: no summary */
    public PatientHandler(Thing thing, CgmRuntime runtime, @Nullable Speech speech) {
        super(thing);
        this.runtime = runtime;
        this.summary = new PatientSummary(speech);
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(PatientActions.class);
    }

    @Override
    public void initialize() {
        PatientConfiguration config = getConfigAs(PatientConfiguration.class);
        patientId = config.patientId.trim();
        synchronized (this) {
            insight = null;
            insightSettings = null;
            shown.clear();
            staleShown = false;
            sensorActivated = null;
            published.clear();
            summary.clear();
            day = null;
        }
        if (patientId.isEmpty()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.patient-id-missing");
            return;
        }
        PatientSettings newSettings = new PatientSettings(config);
        Optional<SettingsProblem> problem = newSettings.problem();
        if (problem.isPresent()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    PatientSettings.problemText(problem.get()));
            return;
        }
        Optional<String> unknownUnit = newSettings.unknownUnit();
        if (unknownUnit.isPresent()) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.unit [\"" + unknownUnit.get().replace("\"", "") + "\"]");
            return;
        }
        settings = newSettings;
        ticker = executor().scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        takeFromBridge();
    }

    @Override
    public void dispose() {
        ScheduledFuture<?> future = ticker;
        if (future != null) {
            future.cancel(true);
        }
        ticker = null;
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE) {
            takeFromBridge();
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            unreachable();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        if (command instanceof RefreshType) {
            // the last states again, from memory: a refresh never costs a cloud call
            State state;
            synchronized (this) {
                state = shown.get(channelUID.getIdWithoutGroup());
            }
            if (state != null) {
                updateState(channelUID, state);
            }
        }
    }

    /**
     * True when this patient's past readings are of use, because a glucose channel is linked (and so may be
     * persisted): only then may the bridge spend a request on them.
     */
    public boolean wantsHistory() {
        return settings != null && !patientId.isEmpty()
                && (isLinked(CHANNEL_GLUCOSE) || isLinked(CHANNEL_GLUCOSE_MMOL));
    }

    /** True while insulin or carbohydrates on board are linked: only then may the bridge spend a request on them. */
    public boolean wantsOnBoard() {
        return settings != null && (isLinked(CHANNEL_INSULIN_ON_BOARD) || isLinked(CHANNEL_CARBS_ON_BOARD));
    }

    /** The vendor's id of this patient. */
    public String patientId() {
        return patientId;
    }

    /** The state a channel shows now, null before the first. */
    public synchronized @Nullable State shownState(String channelId) {
        return shown.get(channelId);
    }

    /** The readings held for this patient of the last {@code window}, newest first. */
    public synchronized List<GlucoseReading> recentReadings(Duration window) {
        PatientInsight current = insight;
        return current != null ? current.history(window, now()) : List.of();
    }

    /**
     * The patient as the bridge's last poll saw it.
     *
     * @param patient null when the account no longer sees this patient
     */
    public void patientUpdated(@Nullable Patient patient) {
        PatientSettings current = settings;
        if (patientId.isEmpty() || current == null) {
            return;
        }
        if (patient == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.patient-not-shared");
            unreachable();
            return;
        }
        updateStatus(ThingStatus.ONLINE);
        Instant now = now();
        synchronized (this) {
            summary.seen(patient);
            PatientInsight judge = insightFor(current.resolve(patient.targetRange()), now);
            Sensor sensor = patient.sensor();
            sensorActivated = sensor != null ? sensor.activated() : null;
            boolean statisticsDue = apply(judge.sensorSeen(current.sensorInfo(sensor), now));
            // the day's figures after the readings, which may have brought a day of history
            statisticsDue |= apply(judge.accept(patient.recent(), now));
            if (statisticsDue) {
                publishStatistics(judge, now);
            }
            publish(PatientStates.onBoard(patient.onBoard()));
            speak(now);
            // a patient without any reading yet: every channel says so, rather than keeping what it showed before
            Map<String, State> missing = new LinkedHashMap<>(PatientStates.unknown());
            missing.keySet().removeAll(shown.keySet());
            publish(missing);
        }
        updateSensorProperties(patient.sensor());
    }

    private void tick() {
        synchronized (this) {
            PatientInsight judge = insight;
            if (judge != null) {
                Instant now = now();
                if (apply(judge.tick(now))) {
                    publishStatistics(judge, now);
                }
                speak(now);
            }
        }
    }

    /** The judge for these settings; new settings (the vendor range changed) keep the history, silently. */
    private PatientInsight insightFor(InsightSettings wanted, Instant now) {
        PatientInsight judge = insight;
        if (judge != null && wanted.equals(insightSettings)) {
            return judge;
        }
        PatientInsight fresh = new PatientInsight(wanted);
        if (judge != null) {
            fresh.accept(judge.history(Duration.ofDays(1), now), now);
        }
        insight = fresh;
        insightSettings = wanted;
        publish(PatientStates.targets(wanted.thresholds()));
        return fresh;
    }

    /** @return true when the day's figures are due */
    private boolean apply(Update update) {
        ZoneId zone = runtime.timeZoneProvider().getTimeZone();
        CurrentReading current = update.current();
        summary.take(update);
        sendPast(update.backfill(), current);
        if (current != null) {
            staleShown = false;
            published.add(current.reading().timestamp());
            // every new reading is an update, also of an unchanged value: a rule on "received update" runs once each
            PatientStates.current(current, zone).forEach(this::show);
        }
        publish(PatientStates.freshness(update.freshness()));
        if (update.freshness().stale() && !staleShown && !keepStaleValues()) {
            // an old value must not read as the current one, neither on a dashboard nor in a rule
            staleShown = true;
            publish(PatientStates.staleGlucose());
        }
        publish(PatientStates.sensor(update.sensor(), sensorActivated, zone));
        update.events().forEach(event -> triggerChannel(CHANNEL_EVENT, event.name()));
        return update.statisticsDue();
    }

    private void publishStatistics(PatientInsight judge, Instant now) {
        DailyStatistics figures = judge.statistics(now);
        day = figures;
        publish(PatientStates.statistics(figures));
    }

    /** The summary channel, when its sentence changed. */
    private void speak(Instant now) {
        PatientSettings current = settings;
        publish(summary.state(getThing().getLabel(), current != null ? current.displayUnit() : null,
                runtime.timeZoneProvider().getTimeZone(), now));
    }

    /** The account (or this patient in it) cannot be read: the summary says so once the reading is stale. */
    private void unreachable() {
        synchronized (this) {
            summary.reachable(false);
            if (settings != null) {
                speak(now());
            }
        }
    }

    /** The summary sentence as last published, null before the first. */
    public synchronized @Nullable String summaryText() {
        return shown.get(CHANNEL_SUMMARY) instanceof StringType sentence ? sentence.toString() : null;
    }

    /** The newest reading as judged when it arrived, null before the first. */
    public synchronized @Nullable CurrentReading newestReading() {
        return summary.current();
    }

    /** True while the newest reading is too old to be current. */
    public synchronized boolean isStale() {
        return summary.freshness().stale();
    }

    /** The day's figures as last published, null before the first. */
    public synchronized @Nullable DailyStatistics dayFigures() {
        return day;
    }

    /** The time zone readings are shown in. */
    public ZoneId zone() {
        return runtime.timeZoneProvider().getTimeZone();
    }

    /** Readings that went into the history without becoming current, as time series (see PublishedReadings). */
    private void sendPast(List<GlucoseReading> backfill, @Nullable CurrentReading current) {
        List<GlucoseReading> past = published.unsent(backfill, current, now());
        if (!past.isEmpty()) {
            PatientStates.glucoseSeries(past).forEach(this::sendTimeSeries);
        }
    }

    private boolean keepStaleValues() {
        PatientSettings current = settings;
        return current != null && current.keepStaleValues();
    }

    /** Updates the channels whose state changed. */
    private void publish(Map<String, State> states) {
        states.forEach((channel, state) -> {
            if (!state.equals(shown.get(channel))) {
                show(channel, state);
            }
        });
    }

    private void show(String channel, State state) {
        shown.put(channel, state);
        updateState(channel, state);
    }

    private void takeFromBridge() {
        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "@text/offline.config-error.no-bridge");
            return;
        }
        if (bridge.getStatus() != ThingStatus.ONLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
            return;
        }
        Map<String, Patient> known = bridge.getHandler() instanceof CloudBridgeHandler cloud ? cloud.lastPatients()
                : null;
        if (known == null) {
            updateStatus(ThingStatus.UNKNOWN);
        } else {
            patientUpdated(known.get(Patient.key(patientId)));
        }
    }

    private void updateSensorProperties(@Nullable Sensor sensor) {
        if (sensor == null) {
            return;
        }
        Map<String, String> properties = new HashMap<>(editProperties());
        properties.put(PROPERTY_SENSOR_SERIAL, sensor.serialNumber());
        if (!sensor.model().isEmpty()) {
            properties.put(PROPERTY_SENSOR_MODEL, sensor.model());
        }
        Instant activated = sensor.activated();
        if (activated != null) {
            properties.put(PROPERTY_SENSOR_ACTIVATED, activated.toString());
        }
        if (!properties.equals(editProperties())) {
            updateProperties(properties);
        }
    }

    /** The bridge's idea of the cloud's time, which readings are in; the host's clock without a bridge. */
    private Instant now() {
        Bridge bridge = getBridge();
        return bridge != null && bridge.getHandler() instanceof CloudBridgeHandler cloud ? cloud.cloudNow()
                : runtime.clock().instant();
    }

    private ScheduledExecutorService executor() {
        ScheduledExecutorService override = runtime.executor();
        return override != null ? override : scheduler;
    }
}
