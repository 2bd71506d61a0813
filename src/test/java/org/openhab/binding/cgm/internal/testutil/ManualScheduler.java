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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * A scheduled executor that runs nothing by itself: tests move a {@link MutableClock} forward and the tasks that fall
 * due run in the test thread, in time order, each with the clock set to its due time. Hours of polling take
 * milliseconds and no test sleeps.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public class ManualScheduler implements ScheduledExecutorService {

    private final MutableClock clock;
    private final PriorityQueue<Task<?>> queue = new PriorityQueue<>();
    private long sequence;
    private boolean shutdown;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    /** Runs every task due now, including those that due tasks schedule for now. */
    public void runDue() {
        advanceTo(clock.instant());
    }

    /** Moves time forward task by task, running each when its time comes, and ends with the clock at the target. */
    public void advance(Duration duration) {
        advanceTo(clock.instant().plus(duration));
    }

    public void advanceTo(Instant target) {
        while (true) {
            Task<?> task;
            synchronized (this) {
                task = queue.peek();
                if (task == null || task.due.isAfter(target)) {
                    break;
                }
                queue.poll();
            }
            if (task.due.isAfter(clock.instant())) {
                clock.set(task.due);
            }
            task.run();
        }
        if (target.isAfter(clock.instant())) {
            clock.set(target);
        }
    }

    /** One-shot tasks waiting to run, cancelled and periodic ones excluded: the cycles an engine plans. */
    public synchronized List<Instant> pendingOneShotDueTimes() {
        List<Instant> times = new ArrayList<>();
        for (Task<?> task : queue) {
            if (!task.isCancelled() && task.period == null) {
                times.add(task.due);
            }
        }
        times.sort(null);
        return times;
    }

    /** Tasks waiting to run, cancelled ones excluded. */
    public synchronized List<Instant> pendingDueTimes() {
        List<Instant> times = new ArrayList<>();
        for (Task<?> task : queue) {
            if (!task.isCancelled()) {
                times.add(task.due);
            }
        }
        times.sort(null);
        return times;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return enqueue(new Task<>(() -> {
            command.run();
            return null;
        }, due(delay, unit), null));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return enqueue(new Task<>(callable, due(delay, unit), null));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        return enqueue(new Task<>(() -> {
            command.run();
            return null;
        }, due(initialDelay, unit), Duration.ofNanos(unit.toNanos(delay))));
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        return schedule(task, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public Future<?> submit(Runnable task) {
        return schedule(task, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        return schedule(() -> {
            task.run();
            return result;
        }, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        synchronized (this) {
            queue.clear();
        }
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return shutdown;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    private Instant due(long delay, TimeUnit unit) {
        return clock.instant().plusNanos(unit.toNanos(Math.max(0, delay)));
    }

    private synchronized <V> Task<V> enqueue(Task<V> task) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        task.sequence = sequence++;
        queue.add(task);
        return task;
    }

    private final class Task<V> implements ScheduledFuture<V> {
        private final Callable<V> callable;
        private final @Nullable Duration period;
        private Instant due;
        private long sequence;
        private boolean cancelled;
        private boolean done;
        private @Nullable V result;
        private @Nullable Throwable failure;

        Task(Callable<V> callable, Instant due, @Nullable Duration period) {
            this.callable = callable;
            this.due = due;
            this.period = period;
        }

        void run() {
            if (cancelled) {
                return;
            }
            try {
                result = callable.call();
            } catch (Exception | Error e) {
                failure = e;
                done = true;
                return;
            }
            Duration repeat = period;
            if (repeat != null && !cancelled) {
                due = clock.instant().plus(repeat);
                enqueue(this);
            } else {
                done = true;
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due).toNanos(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task<?> that = (Task<?>) other;
            int byTime = due.compareTo(that.due);
            return byTime != 0 ? byTime : Long.compare(sequence, that.sequence);
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (done) {
                return false;
            }
            cancelled = true;
            synchronized (ManualScheduler.this) {
                queue.remove(this);
            }
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public @Nullable V get() throws InterruptedException, ExecutionException {
            if (cancelled) {
                throw new CancellationException();
            }
            Throwable error = failure;
            if (error != null) {
                throw new ExecutionException(error);
            }
            if (!done) {
                throw new IllegalStateException("not run yet: advance the clock");
            }
            return result;
        }

        @Override
        public @Nullable V get(long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return get();
        }
    }
}
