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
package org.openhab.binding.cgm.host;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every CGM_* variable of the main job, right and wrong: a wrong one is one line that names it and what it accepts,
 * and never repeats a personal value.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class MainJobSettingsTest {

    private static MainJobSettings read(String... namesAndValues) throws MainJobSettings.WrongVariable {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            env.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return MainJobSettings.read(env::get);
    }

    private static String wrong(String... namesAndValues) {
        MainJobSettings.WrongVariable e = assertThrows(MainJobSettings.WrongVariable.class, () -> read(namesAndValues));
        String message = e.getMessage();
        assertNotNull(message);
        assertFalse(message.contains("\n"), "one line: " + message);
        return message;
    }

    @Test
    void withoutVariablesItIsTheSteadyDemoOnJetty() throws Exception {
        MainJobSettings settings = read();
        assertTrue(settings.isDemo());
        assertEquals("steady", settings.scenario);
        assertEquals(1, settings.patients);
        assertEquals("libre", settings.cadence);
        assertEquals(1, settings.speed);
        assertNull(settings.runFor);
        assertEquals("jetty", settings.transport);
        assertEquals("# demo scenario steady, 1 patient, libre cadence, no network (Jetty's HTTP client unused); "
                + "first new reading in about 80 s", settings.describe(null));
    }

    @Test
    void theDemoVariablesAreTaken() throws Exception {
        MainJobSettings settings = read("CGM_SCENARIO", "Night-Low", "CGM_PATIENTS", "3", "CGM_CADENCE", "dexcom",
                "CGM_SPEED", "60", "CGM_RUN_SECONDS", "120", "CGM_TRANSPORT", "jdk");
        assertEquals("night-low", settings.scenario);
        assertEquals(3, settings.patients);
        assertEquals("dexcom", settings.cadence);
        assertEquals(60, settings.speed);
        assertEquals(Duration.ofMinutes(2), settings.runFor);
        assertEquals("jdk", settings.transport);
        assertEquals(Locale.ENGLISH, settings.locale);
        assertEquals(Locale.GERMANY, read("CGM_LOCALE", "de_DE").locale);
        assertEquals(
                "# demo scenario night-low, 3 patients, dexcom cadence, 60 times as fast, no network "
                        + "(the JDK's HTTP client unused); first new reading in 1.0 s (60 s simulated)",
                settings.describe(null));
    }

    @Test
    void aServiceWithoutAccountIsTheSimulator() throws Exception {
        MainJobSettings settings = read("CGM_SERVICE", "dexcom");
        assertTrue(settings.isSimulator());
        assertEquals("# simulated dexcom account on http://127.0.0.1:4711, Jetty's HTTP client",
                settings.describe("http://127.0.0.1:4711"));
    }

    @Test
    void anAccountSaysItsServiceAndRegionButNothingPersonal() throws Exception {
        MainJobSettings libre = read("CGM_USER", "parent@example.com", "CGM_PASSWORD", "secret");
        assertEquals("librelinkup", libre.service);
        assertEquals("auto", libre.region);
        assertEquals("# real librelinkup account, region auto, Jetty's HTTP client", libre.describe(null));
        MainJobSettings dexcom = read("CGM_SERVICE", "dexcom", "CGM_USER", "ben", "CGM_PASSWORD", "secret",
                "CGM_REGION", "OUS", "CGM_BASE_URL", "http://localhost:8080/{region}");
        assertEquals("ous", dexcom.region);
        assertEquals("http://localhost:8080/{region}", dexcom.baseUrl);
        assertEquals("# real dexcom account, another server (CGM_BASE_URL), Jetty's HTTP client",
                dexcom.describe(null));
        assertEquals("us", read("CGM_SERVICE", "dexcom", "CGM_USER", "ben", "CGM_PASSWORD", "x").region);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = { //
            "CGM_SCENARIO    | nonsense | CGM_SCENARIO=nonsense: accepts steady, night-low, meal-spike, phone-offline, "
                    + "sensor-ending", //
            "CGM_PATIENTS    | 0        | CGM_PATIENTS=0: accepts a whole number from 1 to 5 (patients)", //
            "CGM_PATIENTS    | three    | CGM_PATIENTS=three: accepts a whole number from 1 to 5 (patients)", //
            "CGM_PATIENTS    | 6        | CGM_PATIENTS=6: accepts a whole number from 1 to 5 (patients)", //
            "CGM_CADENCE     | hourly   | CGM_CADENCE=hourly: accepts libre, dexcom", //
            "CGM_SPEED       | fast     | CGM_SPEED=fast: accepts a whole number from 1 to 3600 (times as fast as "
                    + "real time)", //
            "CGM_SPEED       | -1       | CGM_SPEED=-1: accepts a whole number from 1 to 3600 (times as fast as "
                    + "real time)", //
            "CGM_RUN_SECONDS | 2m       | CGM_RUN_SECONDS=2m: accepts a whole number from 1 (seconds to run, "
                    + "e.g. 120)", //
            "CGM_RUN_SECONDS | 0        | CGM_RUN_SECONDS=0: accepts a whole number from 1 (seconds to run, "
                    + "e.g. 120)", //
            "CGM_TRANSPORT   | okhttp   | CGM_TRANSPORT=okhttp: accepts jetty, jdk", //
            "CGM_LOCALE      | 42!      | CGM_LOCALE=42!: accepts a language tag, e.g. en, de or de-AT", //
            "CGM_SERVICE     | nightly  | CGM_SERVICE=nightly: accepts demo, librelinkup, dexcom, nightscout", //
            "CGM_BASE_URL    | http://x | CGM_BASE_URL: only with CGM_USER (an account)", //
            "CGM_REGION      | eu       | CGM_REGION: only with CGM_USER (an account)", //
            "CGM_PASSWORD    | secret   | CGM_PASSWORD: only with CGM_USER (an account)" })
    void aWrongDemoVariableNamesItselfAndWhatItAccepts(String name, String value, String message) {
        assertEquals(message, wrong(name, value));
    }

    @Test
    void aWrongAccountVariableNamesItselfWithoutRepeatingAPersonalValue() {
        String url = wrong("CGM_USER", "parent@example.com", "CGM_PASSWORD", "s3cret", "CGM_BASE_URL", "not a url");
        assertTrue(url.startsWith("CGM_BASE_URL is no URL: accepts http:// or https://"), url);
        assertFalse(url.contains("not a url"));
        assertEquals("CGM_REGION=mars: accepts auto, ae, ap, au, ca, de, eu, eu2, fr, jp, la, us",
                wrong("CGM_USER", "parent@example.com", "CGM_PASSWORD", "s3cret", "CGM_REGION", "mars"));
        assertEquals("CGM_REGION=eu: accepts us, ous, jp",
                wrong("CGM_SERVICE", "dexcom", "CGM_USER", "ben", "CGM_PASSWORD", "s3cret", "CGM_REGION", "eu"));
        String password = wrong("CGM_USER", "parent@example.com");
        assertEquals("CGM_PASSWORD is missing: give the password of the CGM_USER account", password);
        String demoUser = wrong("CGM_SERVICE", "demo", "CGM_USER", "parent@example.com");
        assertFalse(demoUser.contains("parent@example.com"), demoUser);
        assertTrue(demoUser.startsWith("CGM_USER: the demo has no account"), demoUser);
    }

    @Test
    void nightscoutIsASiteWithTokenOrSecretOrTheSimulatedOne() throws Exception {
        MainJobSettings simulated = read("CGM_SERVICE", "nightscout");
        assertTrue(simulated.isSimulator());
        assertEquals("# simulated nightscout site on http://127.0.0.1:4711, Jetty's HTTP client",
                simulated.describe("http://127.0.0.1:4711"));
        MainJobSettings site = read("CGM_SERVICE", "nightscout", "CGM_BASE_URL", "https://ns.example.org", "CGM_TOKEN",
                "openhab-1234");
        assertFalse(site.isSimulator());
        assertEquals("openhab-1234", site.token);
        assertEquals("# real nightscout site (CGM_BASE_URL), Jetty's HTTP client", site.describe(null));
        assertEquals("CGM_TOKEN: only with CGM_BASE_URL (a Nightscout site)",
                wrong("CGM_SERVICE", "nightscout", "CGM_TOKEN", "openhab-1234"));
        assertEquals("CGM_PASSWORD: only with CGM_BASE_URL (a Nightscout site)",
                wrong("CGM_SERVICE", "nightscout", "CGM_PASSWORD", "secret"));
        assertEquals("CGM_TOKEN: only with CGM_SERVICE=nightscout", wrong("CGM_TOKEN", "openhab-1234"));
        assertTrue(wrong("CGM_SERVICE", "nightscout", "CGM_USER", "ben").startsWith("CGM_USER: a Nightscout site"));
        assertTrue(wrong("CGM_SERVICE", "nightscout", "CGM_BASE_URL", "ns.example.org")
                .startsWith("CGM_BASE_URL is no URL"));
    }

    @Test
    void demoVariablesAreRefusedForAnotherService() {
        assertEquals("CGM_SCENARIO: only for the demo (without CGM_SERVICE, or CGM_SERVICE=demo)",
                wrong("CGM_SERVICE", "librelinkup", "CGM_SCENARIO", "night-low"));
        assertEquals("CGM_SPEED: only for the demo (without CGM_SERVICE, or CGM_SERVICE=demo)",
                wrong("CGM_SERVICE", "dexcom", "CGM_SPEED", "60"));
        assertEquals("CGM_PATIENTS: only for the demo (without CGM_SERVICE, or CGM_SERVICE=demo)",
                wrong("CGM_SERVICE", "dexcom", "CGM_PATIENTS", "2"));
        assertEquals("CGM_CADENCE: only for the demo (without CGM_SERVICE, or CGM_SERVICE=demo)",
                wrong("CGM_SERVICE", "dexcom", "CGM_CADENCE", "libre"));
    }
}
