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
package org.openhab.binding.cgm.internal.insight;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The range with hysteresis, and the range events. A state is entered as soon as a value crosses into it, but left
 * toward the target range only once the value is {@value #HYSTERESIS} mg/dL back inside the threshold, so a value
 * wobbling around a threshold stays in one state.
 * <p>
 * Only news fires: entering a deeper state (LOW from range, URGENT_LOW from LOW, ...), and IN_RANGE on the way back.
 * Recovering from URGENT_LOW to LOW, or from URGENT_HIGH to HIGH, fires nothing: a carer must not be paged "low"
 * while glucose is rising out of an urgent low. IN_RANGE fires only after an episode that was announced, so a high
 * that ended before {@code highFor} passed stays silent from start to end. A state found at the first reading is
 * taken as announced before a restart, so its IN_RANGE fires, for rules that undo what they did at LOW.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class RangeTracker {

    static final int HYSTERESIS = 5;

    private final GlucoseThresholds thresholds;
    private final Duration highFor;
    private GlucoseRange state = GlucoseRange.IN_RANGE;
    private boolean started;
    private Instant highSince = Instant.MIN;
    private boolean highAnnounced;
    private boolean episodeAnnounced;

    RangeTracker(GlucoseThresholds thresholds, Duration highFor) {
        this.thresholds = thresholds;
        this.highFor = highFor;
    }

    /** The state after the last reading; IN_RANGE before the first. */
    GlucoseRange state() {
        return state;
    }

    /** Moves on to a newer reading; returns the event it causes, if any. */
    @Nullable
    GlucoseEvent advance(int mgPerDl, Instant at) {
        if (!started) {
            started = true;
            state = thresholds.classify(mgPerDl);
            episodeAnnounced = state != GlucoseRange.IN_RANGE;
            highAnnounced = true;
            return null;
        }
        GlucoseRange previous = state;
        GlucoseRange next = settle(previous, mgPerDl);
        state = next;
        GlucoseEvent event = null;
        if (next != previous) {
            event = enter(previous, next, at);
        }
        // also when nothing changed: a pending HIGH may now be due
        if (next == GlucoseRange.HIGH && !highAnnounced && !at.isBefore(highSince.plus(highFor))) {
            highAnnounced = true;
            event = announce(next);
        }
        return event;
    }

    /** The range changed from {@code previous} to {@code next}: the event this announces now, if any. */
    private @Nullable GlucoseEvent enter(GlucoseRange previous, GlucoseRange next, Instant at) {
        if (next == GlucoseRange.IN_RANGE) {
            GlucoseEvent event = episodeAnnounced ? GlucoseEvent.IN_RANGE : null;
            episodeAnnounced = false;
            return event;
        } else if (previous.isRecoveryTo(next)) {
            highAnnounced = true;
        } else if (next == GlucoseRange.HIGH) {
            highSince = at;
            highAnnounced = false;
        } else {
            return announce(next);
        }
        return null;
    }

    private GlucoseEvent announce(GlucoseRange entered) {
        episodeAnnounced = true;
        // the range events carry the names of the ranges they announce
        return GlucoseEvent.valueOf(entered.name());
    }

    /** The state after {@code from} for this value: deeper at once, back toward the range only past the margin. */
    private GlucoseRange settle(GlucoseRange from, int mgPerDl) {
        GlucoseRange raw = thresholds.classify(mgPerDl);
        if (!from.isRecoveryTo(raw)) {
            return raw;
        }
        GlucoseRange settled = from;
        while (settled != raw && isBackInside(settled, mgPerDl)) {
            settled = settled.towardRange();
        }
        return settled;
    }

    private boolean isBackInside(GlucoseRange state, int mgPerDl) {
        return switch (state) {
            case URGENT_LOW -> mgPerDl >= thresholds.urgentLow() + HYSTERESIS;
            case LOW -> mgPerDl >= thresholds.targetLow() + HYSTERESIS;
            case HIGH -> mgPerDl <= thresholds.targetHigh() - HYSTERESIS;
            case URGENT_HIGH -> mgPerDl <= thresholds.urgentHigh() - HYSTERESIS;
            case IN_RANGE -> false;
        };
    }
}
