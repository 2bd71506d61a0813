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
import static org.mockito.Mockito.mock;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.cgm.internal.CgmBindingConstants;
import org.openhab.binding.cgm.internal.testutil.DiscoveryDelivery;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.config.discovery.DiscoveryService;
import org.openhab.core.thing.ThingUID;

/**
 * The stand-in host delivers discovery results in the mode the build asks for (mvn verify runs this in both): as
 * openHAB 5.x, in a later task of the test's scheduler, or as 4.3, at once; and openHAB's discovery pool is then the
 * test's scheduler, on the real openHAB classes as on the declarations.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryDeliveryTest extends HostTestBase {

    private static final ThingUID PATIENT = new ThingUID(CgmBindingConstants.THING_TYPE_PATIENT, "p1");

    private final boolean atOnce = DiscoveryDelivery.configured() == DiscoveryDelivery.AT_ONCE;

    @Test
    void theInboxHearsOfAResultAtOnceOrInTheSchedulersNextTask() {
        DiscoveryResult result = DiscoveryResultBuilder.create(PATIENT).withLabel("CGM P1").build();
        host.thingDiscovered(mock(DiscoveryService.class), result);
        assertEquals(atOnce, host.inbox().containsKey(PATIENT));
        scheduler.runDue();
        assertTrue(host.inbox().containsKey(PATIENT));
    }

    @Test
    void openHabsDiscoveryPoolIsTheTestsSchedulerWhileTheHostRuns() {
        ScheduledExecutorService pool = ThreadPoolManager.getScheduledPool("discovery");
        AtomicBoolean ran = new AtomicBoolean();
        pool.execute(() -> ran.set(true));
        assertEquals(atOnce, ran.get());
        scheduler.runDue();
        assertTrue(ran.get());
    }

    @Test
    void theModeIsFiveUnlessTheBuildSays43() {
        assertEquals(DiscoveryDelivery.THROUGH_EXECUTOR, DiscoveryDelivery.parse(null));
        assertEquals(DiscoveryDelivery.THROUGH_EXECUTOR, DiscoveryDelivery.parse(" 5 "));
        assertEquals(DiscoveryDelivery.AT_ONCE, DiscoveryDelivery.parse("4.3"));
        assertThrows(IllegalArgumentException.class, () -> DiscoveryDelivery.parse("4"));
    }
}
