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

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

/**
 * When the early look at a Dexcom reading is worth its request.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class EarlyLookRecordTest {

    /** Looks early where the record says, over {@code readings} readings; returns how many early looks were made. */
    private static int run(EarlyLookRecord record, int readings, Random random, double seesShare) {
        int looks = 0;
        for (int i = 0; i < readings; i++) {
            record.nextReading();
            if (record.lookNext()) {
                looks++;
                record.looked(random.nextDouble() < seesShare);
            }
        }
        return looks;
    }

    @Test
    void aSteadyPhoneIsLookedForEarlyOnlyToExploreAndThenOnceInTwelveReadings() {
        EarlyLookRecord record = new EarlyLookRecord();
        assertEquals(EarlyLookRecord.EXPLORE, run(record, EarlyLookRecord.EXPLORE, new Random(1), 0));
        assertFalse(record.lookNext(), "the early looks saw nothing");
        assertEquals(240 / EarlyLookRecord.PROBE_READINGS, run(record, 240, new Random(1), 0), "one probe in twelve");
    }

    @Test
    void aProbeThatSeesItsReadingStartsTheRecordAfresh() {
        EarlyLookRecord record = new EarlyLookRecord();
        run(record, 40, new Random(1), 0);
        for (int i = 0; i < EarlyLookRecord.PROBE_READINGS; i++) {
            record.nextReading();
        }
        assertTrue(record.lookNext(), "a probe is due");
        record.looked(true);
        record.nextReading();
        assertTrue(record.lookNext(), "looking early again");
        assertEquals(EarlyLookRecord.EXPLORE, run(record, EarlyLookRecord.EXPLORE, new Random(1), 0),
                "explored afresh");
        run(record, EarlyLookRecord.MEMORY - EarlyLookRecord.EXPLORE, new Random(1), 0);
        assertFalse(record.lookNext(), "stopped again when they see nothing");
    }

    @Test
    void aPhoneWhoseEarlyLooksSeeAThirdOfTheReadingsIsLookedForEarlyAlmostAlways() {
        for (int seed = 0; seed < 40; seed++) {
            EarlyLookRecord record = new EarlyLookRecord();
            // an unlucky run of misses stops the early looks until a probe sees its reading again
            assertTrue(run(record, 2000, new Random(seed), 1.0 / 3) >= 1900, "seed " + seed);
        }
    }
}
