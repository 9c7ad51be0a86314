package dev.lifeguard.poolsim.theory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** Finds the smallest fixed pool that meets {@link SizingTargets} under the M/M/c+D model. */
public final class Sizing {

    /** Pools are searched up to this size. */
    public static final int MAX_POOL = 100_000;

    private Sizing() {}

    /**
     * The smallest pool size meeting every target.
     *
     * @param arrivalRate λ, calls per second
     * @param meanHold    E[H], seconds
     * @param timeout     τ, seconds
     * @param targets     what the pool must achieve
     * @throws IllegalArgumentException when no pool up to {@link #MAX_POOL} meets them (e.g. a utilization
     *                                  target that the timeout makes impossible)
     */
    public static SizingAdvice smallestPool(
            double arrivalRate, double meanHold, double timeout, SizingTargets targets) {
        requireNonNull(targets, "targets");
        // every target is monotone in c, so search the first passing size: exponential then binary
        int lo = 0;
        int hi = Math.max(1, (int) Math.ceil(arrivalRate * meanHold));
        while (!meets(new MmcdQueue(arrivalRate, meanHold, hi, timeout), targets)) {
            lo = hi;
            if (hi >= MAX_POOL) {
                throw new IllegalArgumentException("no pool up to " + MAX_POOL + " connections meets " + targets
                        + " at λ=" + arrivalRate + "/s, E[H]=" + meanHold + "s, timeout=" + timeout + "s");
            }
            hi = Math.min(MAX_POOL, hi * 2);
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (meets(new MmcdQueue(arrivalRate, meanHold, mid, timeout), targets)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return SizingAdvice.of(new MmcdQueue(arrivalRate, meanHold, hi, timeout));
    }

    /** True when {@code model} meets every target. */
    public static boolean meets(MmcdQueue model, SizingTargets targets) {
        return failures(model, targets).isEmpty();
    }

    /** One line per missed target, saying by how much; empty when all are met. */
    public static List<String> failures(MmcdQueue model, SizingTargets targets) {
        List<String> out = new ArrayList<>();
        if (model.probabilityOfTimeout() > targets.timeoutBound()) {
            out.add(String.format("timeout rate %.3g > %.3g", model.probabilityOfTimeout(), targets.maxTimeoutRate()));
        }
        if (targets.acquireP99Seconds() != null) {
            double p99 = model.acquireQuantile(0.99);
            if (p99 > targets.acquireP99Seconds()) {
                out.add(String.format("acquire p99 %.3fs > %.3fs", p99, targets.acquireP99Seconds()));
            }
        }
        if (targets.maxUtilization() != null && model.utilization() > targets.maxUtilization()) {
            out.add(String.format("utilization %.3f > %.3f", model.utilization(), targets.maxUtilization()));
        }
        return out;
    }
}
