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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.DailyStatistics;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.ActionOutput;
import org.openhab.core.automation.annotation.ActionOutputs;
import org.openhab.core.automation.annotation.RuleAction;
import org.openhab.core.thing.binding.ThingActions;
import org.openhab.core.thing.binding.ThingActionsScope;
import org.openhab.core.thing.binding.ThingHandler;

/**
 * What a rule can ask a patient thing for, beyond its item states: the summary sentence, the newest reading, the
 * readings of the last minutes and the day's figures. Each reads what the handler holds; none calls the cloud.
 * DSL rules call the static twins ({@code getActions("cgm", uid).getSummary()}), JavaScript the instance methods.
 *
 * @author CGM binding contributors - Initial contribution
 */
@ThingActionsScope(name = "cgm")
@NonNullByDefault
public class PatientActions implements ThingActions {

    /** At most the day the binding holds. */
    static final int MAX_MINUTES = 24 * 60;

    private @Nullable PatientHandler handler;

    @Override
    public void setThingHandler(ThingHandler handler) {
        if (handler instanceof PatientHandler patient) {
            this.handler = patient;
        }
    }

    @Override
    public @Nullable ThingHandler getThingHandler() {
        return handler;
    }

    @RuleAction(label = "@text/action.get-summary.label", description = "@text/action.get-summary.description")
    public @ActionOutput(name = "result", type = "java.lang.String", label = "@text/action.output.summary.label") String getSummary() {
        PatientHandler patient = handler;
        String sentence = patient != null ? patient.summaryText() : null;
        return sentence != null ? sentence : "";
    }

    public static String getSummary(ThingActions actions) {
        return of(actions).getSummary();
    }

    /** mgPerDl, mmolPerL, time, trend and stale; empty before the first reading. */
    @RuleAction(label = "@text/action.get-newest-reading.label", //
            description = "@text/action.get-newest-reading.description")
    @ActionOutputs({ @ActionOutput(name = "mgPerDl", type = "java.lang.Integer", label = "mg/dL"),
            @ActionOutput(name = "mmolPerL", type = "java.lang.Double", label = "mmol/L"),
            @ActionOutput(name = "time", type = "java.time.ZonedDateTime", label = "@text/action.output.time.label"),
            @ActionOutput(name = "trend", type = "java.lang.String", label = "@text/action.output.trend.label"),
            @ActionOutput(name = "stale", type = "java.lang.Boolean", label = "@text/action.output.stale.label") })
    public Map<String, Object> getNewestReading() {
        PatientHandler patient = handler;
        CurrentReading current = patient != null ? patient.newestReading() : null;
        if (patient == null || current == null) {
            return Map.of();
        }
        Map<String, Object> reading = reading(current.reading(), patient.zone());
        reading.put("stale", patient.isStale());
        return reading;
    }

    public static Map<String, Object> getNewestReading(ThingActions actions) {
        return of(actions).getNewestReading();
    }

    /** The readings of the last {@code minutes} (at most a day), newest first, each as the newest reading's map. */
    @RuleAction(label = "@text/action.get-readings.label", description = "@text/action.get-readings.description")
    @ActionOutputs({
            @ActionOutput(name = "readings", type = "java.util.List", label = "@text/action.output.readings.label"),
            @ActionOutput(name = "count", type = "java.lang.Integer", label = "@text/action.output.count.label") })
    public Map<String, Object> getReadings(@ActionInput(name = "minutes", type = "java.lang.Integer", //
            label = "@text/action.input.minutes.label", required = true) @Nullable Integer minutes) {
        PatientHandler patient = handler;
        List<Map<String, Object>> readings = new ArrayList<>();
        if (patient != null && minutes != null && minutes > 0) {
            ZoneId zone = patient.zone();
            for (GlucoseReading reading : patient.recentReadings(Duration.ofMinutes(Math.min(minutes, MAX_MINUTES)))) {
                readings.add(reading(reading, zone));
            }
        }
        return Map.of("readings", List.copyOf(readings), "count", readings.size());
    }

    public static Map<String, Object> getReadings(ThingActions actions, @Nullable Integer minutes) {
        return of(actions).getReadings(minutes);
    }

    /** The last 24 hours in numbers, as the statistics channels show them; a figure not known yet is left out. */
    @RuleAction(label = "@text/action.get-day-figures.label", description = "@text/action.get-day-figures.description")
    @ActionOutputs({ @ActionOutput(name = "timeInRange", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "timeBelowRange", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "timeAboveRange", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "timeVeryLow", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "averageGlucose", type = "java.lang.Double", label = "mg/dL"),
            @ActionOutput(name = "glucoseVariability", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "gmi", type = "java.lang.Double", label = "%"),
            @ActionOutput(name = "dataCoverage", type = "java.lang.Double", label = "%") })
    public Map<String, Object> getDayFigures() {
        PatientHandler patient = handler;
        DailyStatistics day = patient != null ? patient.dayFigures() : null;
        Map<String, Object> figures = new LinkedHashMap<>();
        if (day != null) {
            put(figures, "timeInRange", day.timeInRange());
            put(figures, "timeBelowRange", day.timeBelowRange());
            put(figures, "timeAboveRange", day.timeAboveRange());
            put(figures, "timeVeryLow", day.timeVeryLow());
            put(figures, "averageGlucose", day.averageGlucose());
            put(figures, "glucoseVariability", day.glucoseVariability());
            put(figures, "gmi", day.gmi());
            put(figures, "dataCoverage", day.dataCoverage());
        }
        return figures;
    }

    public static Map<String, Object> getDayFigures(ThingActions actions) {
        return of(actions).getDayFigures();
    }

    private static Map<String, Object> reading(GlucoseReading reading, ZoneId zone) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("mgPerDl", reading.mgPerDl());
        values.put("mmolPerL", reading.mmolPerL().doubleValue());
        values.put("time", reading.timestamp().atZone(zone));
        values.put("trend", reading.trend().nightscoutName());
        return values;
    }

    private static void put(Map<String, Object> figures, String name, @Nullable BigDecimal value) {
        if (value != null) {
            figures.put(name, value.doubleValue());
        }
    }

    private static PatientActions of(ThingActions actions) {
        if (actions instanceof PatientActions patient) {
            return patient;
        }
        throw new IllegalArgumentException("Not the actions of a CGM patient thing");
    }
}
