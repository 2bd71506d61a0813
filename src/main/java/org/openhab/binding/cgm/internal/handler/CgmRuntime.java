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

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.cgm.internal.client.Transport;
import org.openhab.core.i18n.TimeZoneProvider;

/**
 * What the handlers need from their surroundings, handed down by the factory so that tests can drive time.
 *
 * @param transport how requests reach the clouds: Jetty's shared client where openHAB has Jetty 9, the JDK's
 *            otherwise; the factory chooses once
 * @param executor replaces the handlers' own scheduler in tests; null in openHAB
 * @param random the source of back-off jitter
 * @param memory what outlives the handlers: sessions, lockouts, back-off
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public record CgmRuntime(Transport transport, TimeZoneProvider timeZoneProvider, Clock clock,
        @Nullable ScheduledExecutorService executor, RandomGenerator random, AccountMemory memory) {

    /** How long one request may take. */
    public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(20);
}
