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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.UrlTemplate;
import org.openhab.binding.cgm.internal.client.demo.DemoAccount;
import org.openhab.binding.cgm.internal.client.demo.DemoScenario;
import org.openhab.binding.cgm.internal.client.dexcom.DexcomRegion;
import org.openhab.binding.cgm.internal.client.librelinkup.LibreLinkUpHosts;

/**
 * The main job's CGM_* variables, read and checked before anything starts, so that a wrong one ends the job at once
 * with one line that names it and says what it accepts. A new variable is a field and one line in the constructor.
 * Values of CGM_USER, CGM_PASSWORD and CGM_BASE_URL are never repeated: they may be personal.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class MainJobSettings {

    public static final List<String> SERVICES = List.of("demo", "librelinkup", "dexcom", "nightscout");
    public static final int MAX_SPEED = 3600;

    /** A variable the main job cannot use; the message is the one line the user sees. */
    public static final class WrongVariable extends Exception {
        private static final long serialVersionUID = 1L;

        WrongVariable(String message) {
            super(message);
        }
    }

    public final String service;
    public final @Nullable String user;
    /** The password of the account, or the API secret of a Nightscout site; empty when not given. */
    public final String password;
    /** The access token of a Nightscout site; empty when not given. */
    public final String token;
    public final @Nullable String region;
    public final @Nullable String baseUrl;
    public final String scenario;
    public final int patients;
    public final String cadence;
    public final int speed;
    public final @Nullable Duration runFor;
    public final String transport;
    /** openHAB's language, for the summary sentences. */
    public final Locale locale;

    private final Function<String, @Nullable String> env;

    private MainJobSettings(Function<String, @Nullable String> env) throws WrongVariable {
        this.env = env;
        user = text("CGM_USER");
        String account = user;
        service = choice("CGM_SERVICE", account == null ? "demo" : "librelinkup", SERVICES);
        boolean demo = "demo".equals(service);
        if (demo && account != null) {
            throw new WrongVariable("CGM_USER: the demo has no account; set CGM_SERVICE=librelinkup or dexcom with it");
        }
        boolean nightscout = "nightscout".equals(service);
        if (nightscout && account != null) {
            throw new WrongVariable("CGM_USER: a Nightscout site has no user; give CGM_TOKEN or CGM_PASSWORD (its API "
                    + "secret) with CGM_BASE_URL");
        }
        if (nightscout) {
            // CGM_BASE_URL is the site; without it, a simulated one
            baseUrl = baseUrl();
            String site = baseUrl;
            password = site == null ? onlyWith("CGM_PASSWORD", "CGM_BASE_URL (a Nightscout site)", "")
                    : optionalSecret("CGM_PASSWORD");
            token = site == null ? onlyWith("CGM_TOKEN", "CGM_BASE_URL (a Nightscout site)", "")
                    : optionalSecret("CGM_TOKEN");
            region = onlyWith("CGM_REGION", "CGM_USER (an account)", null);
        } else {
            password = secret("CGM_PASSWORD", account != null);
            token = onlyWith("CGM_TOKEN", "CGM_SERVICE=nightscout", "");
            region = account == null ? onlyWith("CGM_REGION", "CGM_USER (an account)", null) : region(service);
            baseUrl = account == null ? onlyWith("CGM_BASE_URL", "CGM_USER (an account)", null) : baseUrl();
        }
        scenario = demo ? scenario() : onlyForDemo("CGM_SCENARIO", "steady");
        patients = demo ? number("CGM_PATIENTS", 1, 1, DemoAccount.MAX_PATIENTS, "patients")
                : onlyForDemo("CGM_PATIENTS", 1);
        cadence = demo ? choice("CGM_CADENCE", "libre", List.of("libre", "dexcom"))
                : onlyForDemo("CGM_CADENCE", "libre");
        speed = demo ? number("CGM_SPEED", 1, 1, MAX_SPEED, "times as fast as real time") : onlyForDemo("CGM_SPEED", 1);
        String seconds = text("CGM_RUN_SECONDS");
        runFor = seconds == null ? null
                : Duration.ofSeconds(number("CGM_RUN_SECONDS", 0, 1, Integer.MAX_VALUE, "seconds to run, e.g. 120"));
        transport = choice("CGM_TRANSPORT", "jetty", List.of("jetty", "jdk"));
        locale = locale("CGM_LOCALE");
    }

    /** Reads and checks every variable, e.g. {@code MainJobSettings.read(System::getenv)}. */
    public static MainJobSettings read(Function<String, @Nullable String> env) throws WrongVariable {
        return new MainJobSettings(env);
    }

    public boolean isDemo() {
        return "demo".equals(service);
    }

    /** True when the job runs against the built-in simulator: a vendor service without an account or site. */
    public boolean isSimulator() {
        return "nightscout".equals(service) ? baseUrl == null : !isDemo() && user == null;
    }

    /** The one line that says what the job runs, without anything personal. */
    public String describe(@Nullable String simulatorUrl) {
        String client = "jdk".equals(transport) ? "the JDK's HTTP client" : "Jetty's HTTP client";
        if (isDemo()) {
            // the demo bridge polls at most once a minute: the first poll after that shows a new reading
            int first = "libre".equals(cadence) ? 80 : 60;
            String speedText = speed > 1 ? String.format(Locale.ROOT, ", %d times as fast", speed) : "";
            String wait = speed > 1
                    ? String.format(Locale.ROOT, "%.1f s (%d s simulated)", first / (double) speed, first)
                    : "about " + first + " s";
            return String.format(Locale.ROOT,
                    "# demo scenario %s, %d patient%s, %s cadence%s, no network (%s unused); first new reading in %s",
                    scenario, patients, patients == 1 ? "" : "s", cadence, speedText, client, wait);
        }
        if (isSimulator()) {
            String kind = "nightscout".equals(service) ? " site on " : " account on ";
            return "# simulated " + service + kind + simulatorUrl + ", " + client;
        }
        if ("nightscout".equals(service)) {
            return "# real nightscout site (CGM_BASE_URL), " + client;
        }
        String where = baseUrl != null ? "another server (CGM_BASE_URL)" : "region " + region;
        return "# real " + service + " account, " + where + ", " + client;
    }

    private @Nullable String text(String name) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private String choice(String name, String fallback, List<String> accepted) throws WrongVariable {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!accepted.contains(lower)) {
            throw new WrongVariable(name + "=" + value + ": accepts " + String.join(", ", accepted));
        }
        return lower;
    }

    private int number(String name, int fallback, int min, int max, String meaning) throws WrongVariable {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max;
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new WrongVariable(name + "=" + value + ": accepts a whole number " + range + " (" + meaning + ")");
    }

    private String secret(String name, boolean required) throws WrongVariable {
        String value = env.apply(name);
        if (required && (value == null || value.isEmpty())) {
            throw new WrongVariable(name + " is missing: give the password of the CGM_USER account");
        }
        if (!required && value != null && !value.isEmpty()) {
            throw new WrongVariable(name + ": only with CGM_USER (an account)");
        }
        return value == null ? "" : value;
    }

    private <T> T onlyWith(String name, String needed, T fallback) throws WrongVariable {
        if (text(name) != null) {
            throw new WrongVariable(name + ": only with " + needed);
        }
        return fallback;
    }

    private String optionalSecret(String name) {
        String value = env.apply(name);
        return value == null ? "" : value;
    }

    private <T> T onlyForDemo(String name, T fallback) throws WrongVariable {
        if (text(name) != null) {
            throw new WrongVariable(name + ": only for the demo (without CGM_SERVICE, or CGM_SERVICE=demo)");
        }
        return fallback;
    }

    private String scenario() throws WrongVariable {
        String value = text("CGM_SCENARIO");
        if (value == null) {
            return DemoScenario.STEADY.id();
        }
        return DemoScenario.fromId(value).map(DemoScenario::id)
                .orElseThrow(() -> new WrongVariable("CGM_SCENARIO=" + value + ": accepts "
                        + String.join(", ", Arrays.stream(DemoScenario.values()).map(DemoScenario::id).toList())));
    }

    private Locale locale(String name) throws WrongVariable {
        String value = text(name);
        if (value == null) {
            return Locale.ENGLISH;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value.replace('_', '-')).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale;
            }
        } catch (IllformedLocaleException e) {
            // said below
        }
        throw new WrongVariable(name + "=" + value + ": accepts a language tag, e.g. en, de or de-AT");
    }

    private String region(String vendor) throws WrongVariable {
        if ("dexcom".equals(vendor)) {
            List<String> codes = Arrays.stream(DexcomRegion.values()).map(DexcomRegion::code).toList();
            return choice("CGM_REGION", "us", codes);
        }
        List<String> codes = new ArrayList<>(List.of("auto"));
        codes.addAll(LibreLinkUpHosts.REGIONS);
        return choice("CGM_REGION", "auto", codes);
    }

    private @Nullable String baseUrl() throws WrongVariable {
        String value = text("CGM_BASE_URL");
        if (value != null && !UrlTemplate.isUsable(value)) {
            throw new WrongVariable("CGM_BASE_URL is no URL: accepts http:// or https:// with a host, "
                    + "{region} standing for the region, e.g. http://localhost:8080");
        }
        return value;
    }
}
