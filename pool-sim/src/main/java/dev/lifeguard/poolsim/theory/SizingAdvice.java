package dev.lifeguard.poolsim.theory;

import static java.util.Objects.requireNonNull;

/**
 * The smallest pool meeting a set of targets, from the M/M/c+D closed form.
 *
 * @param poolSize      the recommended pool size
 * @param model         the closed form at that size
 * @param acquireP99    its 99th percentile acquire time, seconds
 * @param timeoutRate   its probability of timeout
 * @param utilization   its mean busy share
 */
public record SizingAdvice(int poolSize, MmcdQueue model, double acquireP99, double timeoutRate, double utilization) {

    public SizingAdvice {
        Args.atLeast(poolSize, 1, "poolSize");
        requireNonNull(model, "model");
    }

    /** Closed-form figures for {@code model}. */
    public static SizingAdvice of(MmcdQueue model) {
        return new SizingAdvice(
                model.servers(), model, model.acquireQuantile(0.99), model.probabilityOfTimeout(), model.utilization());
    }
}
