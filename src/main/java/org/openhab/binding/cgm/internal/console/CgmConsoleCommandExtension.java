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
package org.openhab.binding.cgm.internal.console;

import static org.openhab.binding.cgm.internal.CgmBindingConstants.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.engine.PollerStatus;
import org.openhab.binding.cgm.internal.handler.CgmHandlers;
import org.openhab.binding.cgm.internal.handler.CloudBridgeHandler;
import org.openhab.binding.cgm.internal.handler.PatientHandler;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.Patient;
import org.openhab.binding.cgm.internal.model.Sensor;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.io.console.Console;
import org.openhab.core.io.console.extensions.AbstractConsoleCommandExtension;
import org.openhab.core.io.console.extensions.ConsoleCommandExtension;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.types.State;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code openhab> cgm …}: what each account's engine is doing and why, the readings a patient thing holds, and a
 * retry that respects every rule of the engine. It prints no secret and no name: thing UIDs, times, kinds, figures.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = ConsoleCommandExtension.class)
public class CgmConsoleCommandExtension extends AbstractConsoleCommandExtension {

    private static final String STATUS = "status";
    private static final String READINGS = "readings";
    private static final String RETRY = "retry";
    private static final int DEFAULT_MINUTES = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CgmHandlers handlers;
    private final TimeZoneProvider timeZoneProvider;
    private final Clock clock;

    @Activate
    public CgmConsoleCommandExtension(@Reference CgmHandlers handlers, @Reference TimeZoneProvider timeZoneProvider) {
        this(handlers, timeZoneProvider, Clock.systemUTC());
    }

    public CgmConsoleCommandExtension(CgmHandlers handlers, TimeZoneProvider timeZoneProvider, Clock clock) {
        super(BINDING_ID, "Shows what the CGM accounts are doing and the readings they hold.");
        this.handlers = handlers;
        this.timeZoneProvider = timeZoneProvider;
        this.clock = clock;
    }

    @Override
    public List<String> getUsages() {
        return List.of(buildCommandUsage(STATUS, "every account: status, last and next poll and why, logins, failures"),
                buildCommandUsage(READINGS + " <patient thing uid> [minutes]",
                        "the readings the binding holds for a patient, newest first (default " + DEFAULT_MINUTES
                                + " minutes)"),
                buildCommandUsage(RETRY + " <bridge thing uid>",
                        "poll the account now, unless a wait the cloud named, a lockout or the login budget forbids"));
    }

    @Override
    public void execute(String[] args, Console console) {
        if (args.length == 0) {
            printUsage(console);
            return;
        }
        switch (args[0]) {
            case STATUS -> status(console);
            case READINGS -> readings(args, console);
            case RETRY -> retry(args, console);
            default -> printUsage(console);
        }
    }

    private void status(Console console) {
        List<CloudBridgeHandler> bridges = handlers.bridges();
        if (bridges.isEmpty()) {
            console.println("No CGM account bridge.");
            return;
        }
        for (CloudBridgeHandler bridge : bridges) {
            Bridge thing = bridge.getThing();
            console.println(thing.getUID() + "  " + vendor(thing) + "  " + statusText(thing.getStatusInfo()));
            PollerStatus engine = bridge.pollerStatus();
            if (engine == null) {
                console.println("  engine              not running (see the thing status)");
            } else {
                Instant lastSuccess = engine.lastSuccess();
                console.println("  last successful poll " + (lastSuccess != null ? when(lastSuccess) : "none yet"));
                console.println("  next request        " + nextRequest(engine));
                console.println("  logins last hour    " + engine.loginsLastHour() + " of " + engine.loginBudget()
                        + (engine.loginsLastHour() >= engine.loginBudget()
                                ? ", next allowed " + when(engine.nextLoginAllowed())
                                : ""));
                var failure = engine.lastFailure();
                console.println("  failures            " + engine.consecutiveFailures()
                        + (failure != null ? " in a row, last " + failure : ""));
            }
            Map<String, Patient> patients = bridge.lastPatients();
            for (Thing child : thing.getThings()) {
                if (child.getHandler() instanceof PatientHandler patient) {
                    console.println(
                            "  patient " + child.getUID() + "  " + statusText(child.getStatusInfo()) + patientLine(
                                    patient, patients != null ? patients.get(Patient.key(patient.patientId())) : null));
                }
            }
        }
    }

    private String patientLine(PatientHandler handler, @Nullable Patient patient) {
        StringBuilder line = new StringBuilder();
        List<GlucoseReading> newest = handler.recentReadings(Duration.ofDays(1));
        if (newest.isEmpty()) {
            line.append(", no reading yet");
        } else {
            Instant taken = newest.get(0).timestamp();
            line.append(", newest reading ").append(when(taken)).append(" (")
                    .append(age(Duration.between(taken, clock.instant()))).append(" old)");
        }
        if (OnOffType.ON.equals(handler.shownState(CHANNEL_STALE))) {
            line.append(", STALE");
        }
        State sensorState = handler.shownState(CHANNEL_SENSOR_STATE);
        if (sensorState != null) {
            line.append(", sensor ").append(sensorState);
        }
        Sensor sensor = patient != null ? patient.sensor() : null;
        Instant expiry = sensor != null ? sensor.expiry() : null;
        if (expiry != null) {
            line.append(expiry.isAfter(clock.instant()) ? ", sensor ends " : ", sensor ended ").append(when(expiry));
        }
        return line.toString();
    }

    private String nextRequest(PollerStatus engine) {
        Instant next = engine.nextPoll();
        String at = next != null ? when(next) + " " : "";
        Instant wait = engine.waitUntil();
        return switch (engine.reason()) {
            case NOT_RUNNING -> "none: the engine is not running";
            case POLLING -> "a poll is under way";
            case FIRST_POLL -> at + "(first poll)";
            case CADENCE -> at + "(cadence: just after the next reading is due)";
            case RETRY_REQUESTED -> at + "(retry asked for)";
            case BACKOFF -> at + "(back-off after " + engine.consecutiveFailures() + " failures)";
            case RATE_LIMIT ->
                at + "(rate limit: the cloud asked for no request before " + (wait != null ? when(wait) : "then") + ")";
            case LOCKOUT -> at + "(lockout: logins locked until " + (wait != null ? when(wait) : "then") + ")";
            case LOGIN_BUDGET -> at + "(login budget: " + engine.loginBudget() + " logins an hour)";
            case WAITING_FOR_USER -> at + "(waiting for the account owner to act in the vendor app)";
            case STOPPED -> "none: stopped until the configuration changes";
        };
    }

    private void readings(String[] args, Console console) {
        if (args.length < 2) {
            printUsage(console);
            return;
        }
        int minutes = DEFAULT_MINUTES;
        if (args.length > 2) {
            try {
                minutes = Integer.parseInt(args[2]);
            } catch (NumberFormatException e) {
                minutes = -1;
            }
            if (minutes <= 0) {
                console.println("Minutes must be a positive whole number, not " + args[2] + ".");
                return;
            }
        }
        ThingHandler handler = handler(args[1]);
        if (!(handler instanceof PatientHandler patient)) {
            console.println("No CGM patient thing " + args[1] + ".");
            return;
        }
        List<GlucoseReading> readings = patient.recentReadings(Duration.ofMinutes(minutes));
        console.println(
                args[1] + ": " + readings.size() + " readings in the last " + minutes + " minutes, newest first");
        for (GlucoseReading reading : readings) {
            console.println(String.format("  %s  %3d mg/dL  %s", when(reading.timestamp()), reading.mgPerDl(),
                    reading.trend().nightscoutName()));
        }
    }

    private void retry(String[] args, Console console) {
        if (args.length < 2) {
            printUsage(console);
            return;
        }
        if (!(handler(args[1]) instanceof CloudBridgeHandler bridge)) {
            console.println("No CGM account bridge " + args[1] + ".");
            return;
        }
        PollerStatus.Retry retry = bridge.retryNow();
        Instant at = retry.at();
        PollerStatus.Refusal refusal = retry.refusal();
        if (refusal == null) {
            console.println("Next poll of " + args[1] + " planned at " + (at != null ? when(at) : "once") + ".");
            return;
        }
        String until = at != null ? when(at) : "";
        console.println("Not now: " + switch (refusal) {
            case NOT_RUNNING -> "the account is not running; see its thing status.";
            case POLLING -> "a poll is under way.";
            case STOPPED -> "stopped until the configuration changes, to protect the account.";
            case SERVER_WAIT -> "the cloud asked for no request before " + until + ".";
            case LOCKOUT -> "the cloud locked logins until " + until + ".";
            case LOGIN_BUDGET -> "the budget of logins an hour is spent; the next login is allowed at " + until + ".";
        });
    }

    private @Nullable ThingHandler handler(String uid) {
        try {
            return handlers.get(new ThingUID(uid));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String vendor(Thing thing) {
        String type = thing.getThingTypeUID().getId();
        if (THING_TYPE_LIBRELINKUP.getId().equals(type)) {
            return "LibreLinkUp";
        } else if (THING_TYPE_DEXCOM.getId().equals(type)) {
            return "Dexcom Share";
        } else if (THING_TYPE_DEMO.getId().equals(type)) {
            return "demo (simulated)";
        }
        return type;
    }

    private static String statusText(ThingStatusInfo info) {
        return info.getStatus()
                + (info.getStatusDetail() != ThingStatusDetail.NONE ? " " + info.getStatusDetail() : "");
    }

    /** "14:05:03" today, "2026-11-22 09:30:00" on another day, in the openHAB time zone. */
    private String when(Instant instant) {
        ZonedDateTime local = instant.atZone(timeZoneProvider.getTimeZone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock.withZone(timeZoneProvider.getTimeZone())));
        return (today ? TIME : DATE_TIME).format(local);
    }

    private static String age(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }
}
