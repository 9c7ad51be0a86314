package dev.lifeguard.poolsim.theory;

/**
 * The Erlang B blocking probability, by the recursion {@code B₀ = 1, B_k = a·B_{k−1}/(k + a·B_{k−1})},
 * which stays in [0, 1] at every step and so is stable for any pool size and any load (the factorial
 * form overflows beyond about 170 servers).
 */
public final class ErlangB {

    private ErlangB() {}

    /**
     * The probability that all {@code servers} are busy in an M/M/c/c loss system.
     *
     * @param offeredLoad a = λ·E[H] in Erlangs, ≥ 0 and finite
     * @param servers     c ≥ 0
     * @return B(c, a) in [0, 1]
     */
    public static double blocking(double offeredLoad, int servers) {
        Args.nonNegativeFinite(offeredLoad, "offeredLoad");
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be ≥ 0, was " + servers);
        }
        double b = 1.0;
        for (int k = 1; k <= servers; k++) {
            double ab = offeredLoad * b;
            b = ab / (k + ab);
        }
        return b;
    }

    /**
     * 1/B(c, a) by the recursion {@code 1/B_k = 1 + (k/a)·1/B_{k−1}}: exact where B itself would
     * underflow to zero (very light load on a large pool); {@code +∞} when even the inverse overflows.
     */
    public static double inverseBlocking(double offeredLoad, int servers) {
        Args.nonNegativeFinite(offeredLoad, "offeredLoad");
        if (offeredLoad == 0) {
            return servers == 0 ? 1.0 : Double.POSITIVE_INFINITY;
        }
        double inv = 1.0;
        for (int k = 1; k <= servers && inv < Double.POSITIVE_INFINITY; k++) {
            inv = 1.0 + k / offeredLoad * inv;
        }
        return inv;
    }
}
