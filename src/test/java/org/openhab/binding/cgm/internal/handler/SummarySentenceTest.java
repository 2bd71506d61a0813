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

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.cgm.host.HostTranslations;
import org.openhab.binding.cgm.internal.insight.CurrentReading;
import org.openhab.binding.cgm.internal.insight.Direction;
import org.openhab.binding.cgm.internal.insight.Freshness;
import org.openhab.binding.cgm.internal.insight.GlucoseRange;
import org.openhab.binding.cgm.internal.insight.SensorLife;
import org.openhab.binding.cgm.internal.insight.SensorState;
import org.openhab.binding.cgm.internal.insight.SpokenSummary;
import org.openhab.binding.cgm.internal.model.GlucoseReading;
import org.openhab.binding.cgm.internal.model.GlucoseUnit;
import org.openhab.binding.cgm.internal.model.MeasurementColor;
import org.openhab.binding.cgm.internal.model.Trend;

/**
 * The summary sentence of every state, word for word, in English and German and in both units, from the binding's
 * real translation files: the judgement ({@link SpokenSummary}) and the wording ({@link SummaryWording}) together.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class SummarySentenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 14:05 in Berlin. */
    private static final Instant READ = Instant.parse("2026-12-06T13:05:00Z");
    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;
    private static final GlucoseUnit MG = GlucoseUnit.MG_PER_DL;
    private static final GlucoseUnit MMOL = GlucoseUnit.MMOL_PER_L;

    private final HostTranslations translations = new HostTranslations(EN);
    private final SummaryWording wording = new SummaryWording(translations::text);

    private static CurrentReading reading(int mgPerDl, Trend trend, @Nullable Integer delta, GlucoseRange range) {
        return reading(mgPerDl, trend, delta, range, false, false);
    }

    private static CurrentReading reading(int mgPerDl, Trend trend, @Nullable Integer delta, GlucoseRange range,
            boolean sensorHigh, boolean sensorLow) {
        GlucoseReading reading = new GlucoseReading(READ, mgPerDl, null, trend, null, sensorHigh, sensorLow);
        return new CurrentReading(reading, new Direction(BigDecimal.ONE, delta), range, MeasurementColor.GREEN);
    }

    /** The sentence for a reading {@code ago} old and not stale, the account reachable, the sensor active. */
    private String fresh(CurrentReading current, Duration ago, GlucoseUnit unit, Locale locale) {
        return say(current, new Freshness(ago, false), active(), true, READ.plus(ago), unit, locale);
    }

    /** The sentence of a fresh reading in English mg/dL and mmol/L, then German mg/dL and mmol/L. */
    private void assertFresh(CurrentReading current, Duration ago, String englishMg, String englishMmol,
            String germanMg, String germanMmol) {
        assertEquals(englishMg, fresh(current, ago, MG, EN));
        assertEquals(englishMmol, fresh(current, ago, MMOL, EN));
        assertEquals(germanMg, fresh(current, ago, MG, DE));
        assertEquals(germanMmol, fresh(current, ago, MMOL, DE));
    }

    private String say(@Nullable CurrentReading current, Freshness freshness, SensorLife sensor, boolean reachable,
            Instant now, GlucoseUnit unit, Locale locale) {
        String sentence = wording.sentence(SpokenSummary.of(current, freshness, sensor, reachable, now), "Anna", unit,
                locale, BERLIN);
        assertNotNull(sentence);
        return sentence;
    }

    private static SensorLife active() {
        return new SensorLife("SN1", SensorState.ACTIVE, READ.minus(Duration.ofDays(3)), READ.plus(Duration.ofDays(9)));
    }

    @Test
    void freshInRange() {
        CurrentReading current = reading(112, Trend.FLAT, 2, GlucoseRange.IN_RANGE);
        Duration ago = Duration.ofSeconds(3 * 60 + 40);
        assertFresh(current, ago, "Anna is 112 mg/dL and steady, up 2 in 5 minutes, 3 minutes ago.",
                "Anna is 6.2 mmol/L and steady, up 0.1 in 5 minutes, 3 minutes ago.",
                "Anna liegt bei 112 mg/dL und bleibt gleich, plus 2 in 5 Minuten, vor 3 Minuten.",
                "Anna liegt bei 6,2 mmol/L und bleibt gleich, plus 0,1 in 5 Minuten, vor 3 Minuten.");
    }

    @Test
    void low() {
        CurrentReading current = reading(62, Trend.SINGLE_DOWN, null, GlucoseRange.LOW);
        Duration ago = Duration.ofMinutes(2);
        assertFresh(current, ago, "Anna is low: 62 mg/dL and falling, 2 minutes ago.",
                "Anna is low: 3.4 mmol/L and falling, 2 minutes ago.",
                "Anna ist niedrig: 62 mg/dL und fällt, vor 2 Minuten.",
                "Anna ist niedrig: 3,4 mmol/L und fällt, vor 2 Minuten.");
    }

    @Test
    void urgentLow() {
        CurrentReading current = reading(48, Trend.DOUBLE_DOWN, -9, GlucoseRange.URGENT_LOW);
        Duration ago = Duration.ofSeconds(40);
        assertFresh(current, ago, "Anna is urgently low: 48 mg/dL and falling quickly, down 9 in 5 minutes, just now.",
                "Anna is urgently low: 2.7 mmol/L and falling quickly, down 0.5 in 5 minutes, just now.",
                "Anna ist sehr niedrig: 48 mg/dL und fällt schnell, minus 9 in 5 Minuten, gerade eben.",
                "Anna ist sehr niedrig: 2,7 mmol/L und fällt schnell, minus 0,5 in 5 Minuten, gerade eben.");
    }

    @Test
    void high() {
        CurrentReading current = reading(220, Trend.FORTY_FIVE_UP, 4, GlucoseRange.HIGH);
        Duration ago = Duration.ofMinutes(1);
        assertFresh(current, ago, "Anna is high: 220 mg/dL and rising slowly, up 4 in 5 minutes, 1 minute ago.",
                "Anna is high: 12.2 mmol/L and rising slowly, up 0.2 in 5 minutes, 1 minute ago.",
                "Anna ist hoch: 220 mg/dL und steigt langsam, plus 4 in 5 Minuten, vor 1 Minute.",
                "Anna ist hoch: 12,2 mmol/L und steigt langsam, plus 0,2 in 5 Minuten, vor 1 Minute.");
    }

    @Test
    void urgentHigh() {
        CurrentReading current = reading(290, Trend.SINGLE_UP, 0, GlucoseRange.URGENT_HIGH);
        Duration ago = Duration.ofMinutes(6);
        assertFresh(current, ago, "Anna is urgently high: 290 mg/dL and rising, unchanged in 5 minutes, 6 minutes ago.",
                "Anna is urgently high: 16.1 mmol/L and rising, unchanged in 5 minutes, 6 minutes ago.",
                "Anna ist sehr hoch: 290 mg/dL und steigt, unverändert seit 5 Minuten, vor 6 Minuten.",
                "Anna ist sehr hoch: 16,1 mmol/L und steigt, unverändert seit 5 Minuten, vor 6 Minuten.");
    }

    @Test
    void belowWhatTheSensorCanMeasureIsNeverANumber() {
        // the vendor's LO: 39 stands for "below 40", never to be said as a value
        CurrentReading current = reading(39, Trend.NOT_COMPUTABLE, -5, GlucoseRange.URGENT_LOW, false, true);
        Duration ago = Duration.ofMinutes(4);
        String english = "Anna is below what the sensor can measure, 4 minutes ago.";
        String german = "Anna liegt unter dem Messbereich des Sensors, vor 4 Minuten.";
        assertFresh(current, ago, english, english, german, german);
    }

    @Test
    void aboveWhatTheSensorCanMeasureIsNeverANumber() {
        CurrentReading current = reading(401, Trend.SINGLE_UP, 12, GlucoseRange.URGENT_HIGH, true, false);
        Duration ago = Duration.ZERO;
        String english = "Anna is above what the sensor can measure, just now.";
        String german = "Anna liegt über dem Messbereich des Sensors, gerade eben.";
        assertFresh(current, ago, english, english, german, german);
    }

    @Test
    void aFlagOnAMeasurableValueIsNoLoOrHi() {
        // a source whose low/high flags mean "below/above target" must not make 62 or 220 "beyond the sensor"
        assertEquals("Anna is low: 62 mg/dL and falling, 2 minutes ago.", fresh(
                reading(62, Trend.SINGLE_DOWN, null, GlucoseRange.LOW, false, true), Duration.ofMinutes(2), MG, EN));
        assertEquals("Anna is high: 220 mg/dL and rising, 2 minutes ago.", fresh(
                reading(220, Trend.SINGLE_UP, null, GlucoseRange.HIGH, true, false), Duration.ofMinutes(2), MG, EN));
    }

    @ParameterizedTest
    @CsvSource({ "DOUBLE_UP, rising quickly, steigt schnell", "SINGLE_UP, rising, steigt",
            "FORTY_FIVE_UP, rising slowly, steigt langsam", "FLAT, steady, bleibt gleich",
            "FORTY_FIVE_DOWN, falling slowly, fällt langsam", "SINGLE_DOWN, falling, fällt",
            "DOUBLE_DOWN, falling quickly, fällt schnell" })
    void everyDirectionAndSpeed(Trend trend, String english, String german) {
        CurrentReading current = reading(126, trend, null, GlucoseRange.IN_RANGE);
        Duration ago = Duration.ofMinutes(3);
        assertFresh(current, ago, "Anna is 126 mg/dL and " + english + ", 3 minutes ago.",
                "Anna is 7.0 mmol/L and " + english + ", 3 minutes ago.",
                "Anna liegt bei 126 mg/dL und " + german + ", vor 3 Minuten.",
                "Anna liegt bei 7,0 mmol/L und " + german + ", vor 3 Minuten.");
    }

    @ParameterizedTest
    @CsvSource({ "NONE", "NOT_COMPUTABLE", "RATE_OUT_OF_RANGE" })
    void noTrendSaysNoDirection(Trend trend) {
        Duration ago = Duration.ofMinutes(3);
        CurrentReading withChange = reading(126, trend, -3, GlucoseRange.IN_RANGE);
        assertFresh(withChange, ago, "Anna is 126 mg/dL, down 3 in 5 minutes, 3 minutes ago.",
                "Anna is 7.0 mmol/L, down 0.2 in 5 minutes, 3 minutes ago.",
                "Anna liegt bei 126 mg/dL, minus 3 in 5 Minuten, vor 3 Minuten.",
                "Anna liegt bei 7,0 mmol/L, minus 0,2 in 5 Minuten, vor 3 Minuten.");
        CurrentReading bare = reading(126, trend, null, GlucoseRange.IN_RANGE);
        assertEquals("Anna is 126 mg/dL, 3 minutes ago.", fresh(bare, ago, MG, EN));
        assertEquals("Anna liegt bei 7,0 mmol/L, vor 3 Minuten.", fresh(bare, ago, MMOL, DE));
    }

    @Test
    void staleSaysSinceWhenAndTheLastValueAsPast() {
        CurrentReading current = reading(112, Trend.FLAT, 1, GlucoseRange.IN_RANGE);
        Instant now = READ.plus(Duration.ofMinutes(25)).plusSeconds(30);
        Freshness stale = new Freshness(Duration.between(READ, now), true);
        assertEquals("No new reading from Anna for 25 minutes; the last was 112 mg/dL at 14:05.",
                say(current, stale, active(), true, now, MG, EN));
        assertEquals("No new reading from Anna for 25 minutes; the last was 6.2 mmol/L at 14:05.",
                say(current, stale, active(), true, now, MMOL, EN));
        assertEquals("Seit 25 Minuten kein neuer Wert von Anna; der letzte war 112 mg/dL um 14:05 Uhr.",
                say(current, stale, active(), true, now, MG, DE));
        assertEquals("Seit 25 Minuten kein neuer Wert von Anna; der letzte war 6,2 mmol/L um 14:05 Uhr.",
                say(current, stale, active(), true, now, MMOL, DE));
        Instant later = READ.plus(Duration.ofHours(3)).plus(Duration.ofMinutes(10));
        Freshness hours = new Freshness(Duration.between(READ, later), true);
        assertEquals("No new reading from Anna for 3 hours; the last was 112 mg/dL at 14:05.",
                say(current, hours, active(), true, later, MG, EN));
        assertEquals("Seit 3 Stunden kein neuer Wert von Anna; der letzte war 6,2 mmol/L um 14:05 Uhr.",
                say(current, hours, active(), true, later, MMOL, DE));
    }

    @Test
    void staleAfterLoSaysBelowTheSensorNotANumber() {
        CurrentReading current = reading(39, Trend.NONE, null, GlucoseRange.URGENT_LOW, false, true);
        Instant now = READ.plus(Duration.ofMinutes(20));
        Freshness stale = new Freshness(Duration.ofMinutes(20), true);
        assertEquals(
                "No new reading from Anna for 20 minutes; "
                        + "the last was below what the sensor can measure at 14:05.",
                say(current, stale, active(), true, now, MG, EN));
        assertEquals(
                "Seit 20 Minuten kein neuer Wert von Anna; "
                        + "der letzte war unter dem Messbereich des Sensors um 14:05 Uhr.",
                say(current, stale, active(), true, now, MMOL, DE));
    }

    @Test
    void neverAReading() {
        for (GlucoseUnit unit : GlucoseUnit.values()) {
            assertEquals("No reading from Anna yet.",
                    say(null, Freshness.UNKNOWN, SensorLife.UNKNOWN, true, READ, unit, EN));
            assertEquals("Von Anna gibt es noch keinen Wert.",
                    say(null, Freshness.UNKNOWN, SensorLife.UNKNOWN, true, READ, unit, DE));
        }
    }

    @Test
    void warmUpSaysUntilWhen() {
        // started at 14:05, a 1-hour warm-up: readings from 15:05
        SensorLife warming = new SensorLife("SN2", SensorState.WARMING_UP, READ.plus(Duration.ofHours(1)),
                READ.plus(Duration.ofDays(14)));
        Instant now = READ.plus(Duration.ofMinutes(20));
        for (GlucoseUnit unit : GlucoseUnit.values()) {
            assertEquals("Anna's sensor is warming up until 15:05.",
                    say(null, Freshness.UNKNOWN, warming, true, now, unit, EN));
            assertEquals("Der Sensor von Anna wärmt sich bis 15:05 Uhr auf.",
                    say(null, Freshness.UNKNOWN, warming, true, now, unit, DE));
        }
        // the last reading of the old sensor is stale: the warm-up is the news
        CurrentReading old = reading(140, Trend.FLAT, null, GlucoseRange.IN_RANGE);
        assertEquals("Anna's sensor is warming up until 15:05.",
                say(old, new Freshness(Duration.ofMinutes(20), false), warming, true, now, MG, EN));
    }

    @Test
    void sensorEnded() {
        SensorLife ended = new SensorLife("SN1", SensorState.ENDED, READ.minus(Duration.ofDays(14)), READ);
        CurrentReading last = reading(130, Trend.FLAT, null, GlucoseRange.IN_RANGE);
        Instant now = READ.plus(Duration.ofMinutes(30));
        Freshness stale = new Freshness(Duration.ofMinutes(30), true);
        for (GlucoseUnit unit : GlucoseUnit.values()) {
            assertEquals("Anna's sensor has ended. New readings come with a new sensor.",
                    say(last, stale, ended, true, now, unit, EN));
            assertEquals("Der Sensor von Anna ist abgelaufen. Neue Werte kommen mit einem neuen Sensor.",
                    say(last, stale, ended, true, now, unit, DE));
        }
    }

    @Test
    void accountOffline() {
        CurrentReading last = reading(112, Trend.FLAT, null, GlucoseRange.IN_RANGE);
        Instant now = READ.plus(Duration.ofMinutes(40));
        Freshness stale = new Freshness(Duration.ofMinutes(40), true);
        assertEquals("Anna's glucose cannot be fetched: the connection to the account is down. "
                + "The last reading was 112 mg/dL at 14:05.", say(last, stale, active(), false, now, MG, EN));
        assertEquals(
                "Anna's glucose cannot be fetched: the connection to the account is down. "
                        + "The last reading was 6.2 mmol/L at 14:05.",
                say(last, stale, active(), false, now, MMOL, EN));
        assertEquals(
                "Die Werte von Anna können nicht abgerufen werden: Die Verbindung zum Konto ist unterbrochen. "
                        + "Der letzte Wert war 112 mg/dL um 14:05 Uhr.",
                say(last, stale, active(), false, now, MG, DE));
        assertEquals(
                "Die Werte von Anna können nicht abgerufen werden: Die Verbindung zum Konto ist unterbrochen. "
                        + "Der letzte Wert war 6,2 mmol/L um 14:05 Uhr.",
                say(last, stale, active(), false, now, MMOL, DE));
        assertEquals("Anna's glucose cannot be fetched: the connection to the account is down.",
                say(null, Freshness.UNKNOWN, SensorLife.UNKNOWN, false, now, MG, EN));
        assertEquals("Die Werte von Anna können nicht abgerufen werden: Die Verbindung zum Konto ist unterbrochen.",
                say(null, Freshness.UNKNOWN, SensorLife.UNKNOWN, false, now, MMOL, DE));
        // a reading that is still fresh is still true, whatever the account does now
        Freshness fresh = new Freshness(Duration.ofMinutes(2), false);
        assertEquals("Anna is 112 mg/dL and steady, 2 minutes ago.",
                say(last, fresh, active(), false, READ.plus(Duration.ofMinutes(2)), MG, EN));
    }

    @Test
    void withoutATemplateThereIsNoSentence() {
        SummaryWording none = new SummaryWording((key, locale) -> null);
        assertNull(none.sentence(SpokenSummary.of(null, Freshness.UNKNOWN, SensorLife.UNKNOWN, true, READ), "Anna", MG,
                EN, BERLIN));
    }
}
