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
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.insight.SpokenSummary;
import org.openhab.binding.cgm.internal.insight.SpokenSummary.Heading;
import org.openhab.binding.cgm.internal.insight.SpokenSummary.Kind;
import org.openhab.binding.cgm.internal.insight.SpokenSummary.Level;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;

/**
 * Puts a {@link SpokenSummary} into words, from the binding's translated templates ({@code summary.*} in
 * {@code OH-INF/i18n}): numbers and times are formatted here, in the language's own way, and handed to the templates
 * as text. The sentence holds the patient's name, so it is never logged.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class SummaryWording {

    /** A template by its key, in a language; null when there is none. */
    @FunctionalInterface
    public interface Templates {
        @Nullable
        String template(String key, Locale locale);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final long HOURS_FROM_MINUTES = 120;

    private final Templates templates;

    public SummaryWording(Templates templates) {
        this.templates = templates;
    }

    /**
     * The sentence, or null when a template is missing (a host without the binding's translations).
     *
     * @param name the patient's name as it is to be said
     * @param unit the patient's display unit
     */
    public @Nullable String sentence(SpokenSummary summary, String name, GlucoseUnit unit, Locale locale, ZoneId zone) {
        try {
            return new Sentence(locale, unit, zone).of(summary, name);
        } catch (MissingTemplateException e) {
            return null;
        }
    }

    /** One sentence's worth of wording in one language. */
    private final class Sentence {

        private final Locale locale;
        private final GlucoseUnit unit;
        private final ZoneId zone;

        Sentence(Locale locale, GlucoseUnit unit, ZoneId zone) {
            this.locale = locale;
            this.unit = unit;
            this.zone = zone;
        }

        String of(SpokenSummary summary, String name) {
            GlucoseReading reading = summary.reading();
            Duration age = summary.age();
            Instant until = summary.until();
            return switch (summary.kind()) {
                case NO_READING -> text("summary.no-reading", name);
                case SENSOR_ENDED -> text("summary.sensor-ended", name);
                case WARMING_UP -> until != null ? text("summary.warming-up", name, clock(until))
                        : text("summary.warming-up-no-end", name);
                case BELOW_SENSOR, ABOVE_SENSOR -> text("summary." + key(summary.kind()), name, age(age));
                case STALE, OFFLINE -> reading != null && age != null
                        ? text("summary." + key(summary.kind()), name, duration(age), value(reading, summary.level()),
                                clock(reading.timestamp()))
                        : text(summary.kind() == Kind.OFFLINE ? "summary.offline-no-reading" : "summary.no-reading",
                                name);
                default ->
                    reading != null ? text("summary." + key(summary.kind()), name, details(summary, reading), age(age))
                            : text("summary.no-reading", name);
            };
        }

        /** The value, the direction and the change: "112 mg/dL and rising, up 4 in 5 minutes". */
        private String details(SpokenSummary summary, GlucoseReading reading) {
            String phrase = value(reading, Level.VALUE);
            Heading heading = summary.heading();
            if (heading != null) {
                phrase = text("summary.with-heading", phrase, text("summary.heading." + key(heading)));
            }
            Integer delta = summary.delta();
            if (delta != null) {
                phrase = text("summary.with-change", phrase, change(delta));
            }
            return phrase;
        }

        private String change(int delta) {
            String amount = unit == GlucoseUnit.MMOL_PER_L ? decimal(GlucoseUnit.toMmolPerL(Math.abs(delta)))
                    : Integer.toString(Math.abs(delta));
            boolean none = unit == GlucoseUnit.MMOL_PER_L ? GlucoseUnit.toMmolPerL(Math.abs(delta)).signum() == 0
                    : delta == 0;
            if (none) {
                return text("summary.change.none");
            }
            return text(delta > 0 ? "summary.change.up" : "summary.change.down", amount);
        }

        private String value(GlucoseReading reading, Level level) {
            return switch (level) {
                case BELOW_SENSOR -> text("summary.value.below-sensor");
                case ABOVE_SENSOR -> text("summary.value.above-sensor");
                default -> unit == GlucoseUnit.MMOL_PER_L ? decimal(reading.mmolPerL()) + " mmol/L"
                        : reading.mgPerDl() + " mg/dL";
            };
        }

        private String age(@Nullable Duration age) {
            long minutes = age != null ? age.toMinutes() : 0;
            return minutes < 1 ? text("summary.age.now")
                    : minutes == 1 ? text("summary.age.minute") : text("summary.age.minutes", Long.toString(minutes));
        }

        private String duration(Duration duration) {
            long minutes = duration.toMinutes();
            if (minutes >= HOURS_FROM_MINUTES) {
                return text("summary.duration.hours", Long.toString(duration.toHours()));
            }
            return minutes == 1 ? text("summary.duration.minute")
                    : text("summary.duration.minutes", Long.toString(minutes));
        }

        private String clock(Instant instant) {
            return CLOCK.format(instant.atZone(zone));
        }

        /** One decimal, with the language's decimal mark. */
        private String decimal(BigDecimal value) {
            return String.format(locale, "%.1f", value);
        }

        private String text(String key, String... arguments) {
            String template = templates.template(key, locale);
            if (template == null) {
                throw new MissingTemplateException();
            }
            return new MessageFormat(template, locale).format(arguments);
        }
    }

    /** The template key of an enum constant: URGENT_LOW is urgent-low. */
    private static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A template the translations lack. */
    private static final class MissingTemplateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingTemplateException() {
            super(null, null, false, false);
        }
    }
}
