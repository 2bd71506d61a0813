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
package org.openhab.core.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Compile-only stand-in declaration of the openHAB Core type {@code ThreadPoolManager} (not shipped): named pools,
 * created on first use with 5 daemon threads named "OH-&lt;pool&gt;-&lt;n&gt;", kept in the protected static map
 * {@code pools} as in openHAB 4.3 and 5.x (the real one also wraps each pool so that it cannot be shut down).
 */
@NonNullByDefault
public class ThreadPoolManager {

    public static final String THREAD_POOL_NAME_COMMON = "common";

    protected static final int DEFAULT_THREAD_POOL_SIZE = 5;

    protected static final long THREAD_TIMEOUT = 65L;

    protected static Map<String, ExecutorService> pools = new ConcurrentHashMap<>();

    public static ScheduledExecutorService getScheduledPool(String poolName) {
        ExecutorService pool = pools.computeIfAbsent(poolName, ThreadPoolManager::createScheduledPool);
        if (pool instanceof ScheduledExecutorService service) {
            return service;
        }
        throw new IllegalArgumentException("Pool " + poolName + " is not a scheduled pool!");
    }

    private static ScheduledExecutorService createScheduledPool(String name) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(DEFAULT_THREAD_POOL_SIZE, runnable -> {
            Thread thread = new Thread(runnable, "OH-" + name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.setKeepAliveTime(THREAD_TIMEOUT, TimeUnit.SECONDS);
        pool.allowCoreThreadTimeOut(true);
        pool.setRemoveOnCancelPolicy(true);
        return pool;
    }
}
