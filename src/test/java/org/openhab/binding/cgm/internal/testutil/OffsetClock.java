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
package org.openhab.binding.cgm.internal.testutil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The host's wall clock: true time (a {@link MutableClock} that the cloud simulator and the {@link ManualScheduler}
 * follow) plus an offset that a test can make jump, as NTP or a resumed VM does. The scheduler keeps running on
 * elapsed time, as a real {@code ScheduledExecutorService} does.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class OffsetClock extends Clock {

    private final Clock trueTime;
    private volatile Duration offset = Duration.ZERO;

    public OffsetClock(Clock trueTime) {
        this.trueTime = trueTime;
    }

    /** Moves the wall clock by {@code jump} (negative: back), without any time passing. */
    public void jump(Duration jump) {
        offset = offset.plus(jump);
    }

    @Override
    public Instant instant() {
        return trueTime.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return trueTime.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        OffsetClock clock = new OffsetClock(trueTime.withZone(zone));
        clock.offset = offset;
        return clock;
    }
}
