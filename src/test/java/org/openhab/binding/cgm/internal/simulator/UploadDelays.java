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
package org.openhab.binding.cgm.internal.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * When a reading taken at some instant becomes visible in the cloud: the phone's upload delay. Immutable and
 * deterministic: the same seed gives every reading the same visibility in every run and for every client, which is
 * what lets a benchmark put several pollers side by side on one timeline.
 * <ul>
 * <li>a steady delay per phone with jitter (uniform within ± the jitter), whose base may drift linearly between two
 * instants;</li>
 * <li>a jittery phone ({@link #lognormal}): the delay's logarithm is normal, so most readings come around the median
 * and a few much later, as radio and battery saving make them;</li>
 * <li>phone outages ({@link #withOutages}): the phone is offline for minutes and then uploads everything at once, so
 * only the newest of those readings is ever the latest (LibreLinkUp);</li>
 * <li>backfills ({@link #withBackfills}): single readings that arrive minutes late, after newer ones (Dexcom).</li>
 * </ul>
 * {@link #IMMEDIATE}, the default of every simulated sensor, makes each reading visible when it is taken.
 *
 * @author CGM binding contributors - Initial contribution
 */
@NonNullByDefault
public final class UploadDelays {

    public static final UploadDelays IMMEDIATE = new UploadDelays(0, 0, 0, 0, null, null, 0, 0, 0, Duration.ZERO,
            Duration.ZERO, 0);

    /** Outages are drawn per block of this length: at most one outage starts in each. */
    private static final long OUTAGE_BLOCK_S = 600;

    private final long seed;
    private final long baseMs;
    private final long jitterMs;
    private final long driftToMs;
    private final @Nullable Instant driftFrom;
    private final @Nullable Instant driftTo;
    private final double outagesPerBlock;
    private final long outageMaxS;
    private final double backfillShare;
    private final Duration backfillMin;
    private final Duration backfillMax;
    /** The standard deviation of the delay's natural logarithm; zero: uniform jitter instead. */
    private final double sigma;

    private UploadDelays(long seed, long baseMs, long jitterMs, long driftToMs, @Nullable Instant driftFrom,
            @Nullable Instant driftTo, double outagesPerBlock, long outageMaxS, double backfillShare,
            Duration backfillMin, Duration backfillMax, double sigma) {
        this.seed = seed;
        this.baseMs = baseMs;
        this.jitterMs = jitterMs;
        this.driftToMs = driftToMs;
        this.driftFrom = driftFrom;
        this.driftTo = driftTo;
        this.outagesPerBlock = outagesPerBlock;
        this.outageMaxS = outageMaxS;
        this.backfillShare = backfillShare;
        this.backfillMin = backfillMin;
        this.backfillMax = backfillMax;
        this.sigma = sigma;
    }

    /** A phone that uploads each reading {@code base} ± {@code jitter} (uniform) after it was taken. */
    public static UploadDelays steady(long seed, Duration base, Duration jitter) {
        return new UploadDelays(seed, base.toMillis(), jitter.toMillis(), base.toMillis(), null, null, 0, 0, 0,
                Duration.ZERO, Duration.ZERO, 0);
    }

    /**
     * A jittery phone: each reading is uploaded after a delay whose logarithm is normal, with the median
     * {@code median} and the standard deviation {@code sigma} (0.35: half the readings within about ± 25 %, one in
     * twenty beyond 1.8 times the median).
     */
    public static UploadDelays lognormal(long seed, Duration median, double sigma) {
        return new UploadDelays(seed, median.toMillis(), 0, median.toMillis(), null, null, 0, 0, 0, Duration.ZERO,
                Duration.ZERO, sigma);
    }

    /** The base delay moves linearly from its value at {@code from} to {@code to} at {@code until}, then stays. */
    public UploadDelays drifting(Instant from, Instant until, Duration to) {
        return new UploadDelays(seed, baseMs, jitterMs, to.toMillis(), from, until, outagesPerBlock, outageMaxS,
                backfillShare, backfillMin, backfillMax, sigma);
    }

    /**
     * With probability {@code perTenMinutes} in each ten minutes, the phone goes offline for up to {@code longest}
     * and then uploads what it missed at once.
     */
    public UploadDelays withOutages(double perTenMinutes, Duration longest) {
        return new UploadDelays(seed, baseMs, jitterMs, driftToMs, driftFrom, driftTo, perTenMinutes,
                longest.toSeconds(), backfillShare, backfillMin, backfillMax, sigma);
    }

    /** A share of readings arrives between {@code min} and {@code max} after it was taken, behind newer ones. */
    public UploadDelays withBackfills(double share, Duration min, Duration max) {
        return new UploadDelays(seed, baseMs, jitterMs, driftToMs, driftFrom, driftTo, outagesPerBlock, outageMaxS,
                share, min, max, sigma);
    }

    /** When the reading taken at {@code taken} is visible in the cloud. */
    public Instant visibleAt(Instant taken) {
        if (this == IMMEDIATE) {
            return taken;
        }
        SplittableRandom random = new SplittableRandom(mix(seed, taken.getEpochSecond()));
        long delay = sigma > 0 ? Math.round(baseAt(taken) * Math.exp(sigma * gaussian(random)))
                : baseAt(taken) + (jitterMs == 0 ? 0 : random.nextLong(-jitterMs, jitterMs + 1));
        if (backfillShare > 0 && random.nextDouble() < backfillShare) {
            delay = random.nextLong(backfillMin.toMillis(), backfillMax.toMillis() + 1);
        }
        Instant visible = taken.plusMillis(Math.max(0, delay));
        Instant outageEnd = outageEndCovering(taken);
        return outageEnd != null && outageEnd.isAfter(visible) ? outageEnd : visible;
    }

    private long baseAt(Instant at) {
        Instant from = driftFrom;
        Instant until = driftTo;
        if (from == null || until == null || !at.isAfter(from)) {
            return baseMs;
        }
        if (!at.isBefore(until)) {
            return driftToMs;
        }
        double share = (double) Duration.between(from, at).toMillis() / Duration.between(from, until).toMillis();
        return Math.round(baseMs + share * (driftToMs - baseMs));
    }

    /** The end of an outage during which {@code taken} falls, if any: then the reading waits for it. */
    private @Nullable Instant outageEndCovering(Instant taken) {
        if (outagesPerBlock <= 0) {
            return null;
        }
        long second = taken.getEpochSecond();
        long block = Math.floorDiv(second, OUTAGE_BLOCK_S);
        long blocksBack = outageMaxS / OUTAGE_BLOCK_S + 1;
        Instant end = null;
        for (long b = block - blocksBack; b <= block; b++) {
            SplittableRandom random = new SplittableRandom(mix(seed ^ 0x5DEECE66DL, b));
            if (random.nextDouble() >= outagesPerBlock) {
                continue;
            }
            long start = b * OUTAGE_BLOCK_S + random.nextLong(OUTAGE_BLOCK_S);
            long stop = start + 60 + random.nextLong(Math.max(1, outageMaxS - 60));
            if (second >= start && second < stop) {
                Instant candidate = Instant.ofEpochSecond(stop);
                end = end == null || candidate.isAfter(end) ? candidate : end;
            }
        }
        return end;
    }

    /** A standard normal draw (Box-Muller), from the reading's own random source. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static long mix(long seed, long value) {
        long z = seed * 0x9E3779B97F4A7C15L + value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
