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

import java.util.concurrent.ExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.ThreadPoolManager;

/**
 * Puts an executor of the test's in place of one of openHAB's named thread pools, through the protected static map
 * that openHAB's ThreadPoolManager keeps its pools in (4.3 and 5.x alike), so that code of openHAB's that takes its
 * pool when it is built (a discovery service's scheduler) runs its tasks where the test controls them.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class OpenHabPools extends ThreadPoolManager {

    private OpenHabPools() {
    }

    /**
     * @return what puts the previous pool back (nothing when another executor has taken the name since)
     */
    public static Runnable install(String poolName, ExecutorService executor) {
        ExecutorService previous = pools.put(poolName, executor);
        return () -> {
            if (previous != null) {
                pools.replace(poolName, executor, previous);
            } else {
                pools.remove(poolName, executor);
            }
        };
    }
}
