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
package org.openhab.binding.cgm.internal.engine;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Whether the early look at a reading is worth its request, from what the last {@link #MEMORY} of them saw: it is while
 * one in {@link #WORTH_ONE_IN} of them saw its reading, not counting {@link #SLACK} that did not, and always for the
 * first {@link #EXPLORE}. Each early look that sees its reading brings it half a window sooner or more; one wrongly
 * stopped leaves a third of the readings waiting up to twice as long for hours, one wrongly kept costs a request per
 * reading within the budget of two: so only a phone whose early looks almost never see a reading (a steady one) has
 * them stopped. While stopped, the early look still goes once in {@link #PROBE_READINGS} readings, and one that sees
 * its reading starts the record afresh with itself: a phone grown slow to upload is found within hours, a steady one
 * costs one
 * request in {@link #PROBE_READINGS} readings. Not thread-safe.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
final class EarlyLookRecord {

    /** How many of the last early looks are remembered. */
    static final int MEMORY = 24;
    static final int WORTH_ONE_IN = 12;
    static final int SLACK = 4;
    static final int EXPLORE = 8;
    static final int PROBE_READINGS = 12;

    /** One bit per remembered look, the newest lowest: set where it saw its reading. */
    private int seen;
    private int looks;
    private int readingsSinceLook;

    /** Whether to look early for the next reading. */
    boolean lookNext() {
        return worth() || readingsSinceLook >= PROBE_READINGS;
    }

    /** A new reading is looked for. */
    void nextReading() {
        readingsSinceLook++;
    }

    /** An early look was made; whether it saw its reading ({@code false} only once a later look has seen it). */
    void looked(boolean sawIt) {
        readingsSinceLook = 0;
        if (!worth() && sawIt) {
            // a probe saw its reading: the phone may have grown slow to upload; a record afresh, of this one look
            seen = 1;
            looks = 1;
            return;
        }
        seen = (seen << 1 | (sawIt ? 1 : 0)) & ((1 << MEMORY) - 1);
        looks = Math.min(MEMORY, looks + 1);
    }

    private boolean worth() {
        return looks < EXPLORE || Integer.bitCount(seen) * WORTH_ONE_IN >= looks - SLACK;
    }
}
