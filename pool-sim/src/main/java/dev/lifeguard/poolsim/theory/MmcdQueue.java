package dev.lifeguard.poolsim.theory;

/**
 * The M/M/c+D queue: a fixed pool of c connections, Poisson arrivals, exponential hold times, FIFO
 * waiters and a deterministic timeout τ (HikariCP's {@code connectionTimeout}). Exact in overload too.
 *
 * <p>With δ = cμ − λ, G = (1 − e^{−δτ})/δ and t_τ = e^{−δτ}/(cμ), the probability of c − 1 busy
 * connections is P_{c−1} = 1/(1/B_{c−1}(a) + λ(G + t_τ)) (POOL-SEMANTICS.md §4). In overload e^{−δτ}
 * overflows for large pools, so every term is kept multiplied by e^{−s} with s = max(0, −δτ): the
 * ratios the results need are unchanged and no intermediate exceeds about max(1/B, λτ).
 */
public final class MmcdQueue {

    private final double arrivalRate;
    private final double meanHold;
    private final int servers;
    private final double timeout;
    private final double delta;
    private final double scale;
    /** G·e^{−s}. */
    private final double gScaled;
    /** t_τ·e^{−s}. */
    private final double tScaled;
    /** ∫₀^τ (e^{−δt} − e^{−δτ})/δ dt · e^{−s}. */
    private final double iScaled;
    /** λ·P_{c−1}·e^{s}: multiplies every scaled term. */
    private final double lambdaP;

    /**
     * @param arrivalRate λ, calls per second, &gt; 0
     * @param meanHold    E[H], seconds, &gt; 0
     * @param servers     c, the pool size, ≥ 1
     * @param timeout     τ, seconds, ≥ 0 and finite (τ = 0 is the Erlang B loss system)
     */
    public MmcdQueue(double arrivalRate, double meanHold, int servers, double timeout) {
        this.arrivalRate = Args.positiveFinite(arrivalRate, "arrivalRate");
        this.meanHold = Args.positiveFinite(meanHold, "meanHold");
        this.servers = Args.atLeast(servers, 1, "servers");
        this.timeout = Args.nonNegativeFinite(timeout, "timeout");
        double cmu = servers / meanHold;
        delta = cmu - arrivalRate;
        double dt = delta * timeout;
        scale = Math.max(0, -dt);
        if (Math.abs(dt) < 1e-3) {
            // near critical load: closed forms cancel, use the series (|δτ| < 1e-3, 8 terms ≫ double precision)
            double g = 0;
            double i = 0;
            double term = 1; // (−δ)^n / n!
            double tauPow = timeout; // τ^{n+1}
            for (int n = 0; n < 8; n++) {
                g += term * tauPow / (n + 1);
                i += term * tauPow * timeout / (n + 2);
                term *= -delta / (n + 1);
                tauPow *= timeout;
            }
            double e = Math.exp(-scale);
            gScaled = g * e;
            iScaled = i * e;
            tScaled = Math.exp(-dt - scale) / cmu;
        } else if (delta > 0) {
            gScaled = -Math.expm1(-dt) / delta;
            tScaled = Math.exp(-dt) / cmu;
            iScaled = (gScaled - timeout * Math.exp(-dt)) / delta;
        } else {
            double x = -delta;
            gScaled = -Math.expm1(-x * timeout) / x;
            tScaled = 1 / cmu;
            iScaled = (timeout - gScaled) / x;
        }
        double a = arrivalRate * meanHold;
        double invB = ErlangB.inverseBlocking(a, servers - 1);
        double invBScaled = scale == 0 ? invB : Math.exp(Math.log(invB) - scale);
        lambdaP = arrivalRate / (invBScaled + arrivalRate * (gScaled + tScaled));
    }

    /** a = λ·E[H], the offered load in Erlangs (Little's law: connections busy if none timed out). */
    public double offeredLoad() {
        return arrivalRate * meanHold;
    }

    /** ρ = a/c; may exceed 1. */
    public double offeredUtilization() {
        return offeredLoad() / servers;
    }

    /** P(wait): the probability that a request finds every connection busy. */
    public double probabilityOfWait() {
        return clamp(lambdaP * (gScaled + tScaled));
    }

    /** P(timeout) = λ·P_{c−1}·t_τ: the probability that a request gives up after τ. */
    public double probabilityOfTimeout() {
        return clamp(lambdaP * tScaled);
    }

    /**
     * P(W &gt; t) for the time spent in {@code getConnection}; a request that times out has waited exactly τ,
     * so this is 0 for t ≥ τ.
     */
    public double probabilityWaitExceeds(double seconds) {
        Args.nonNegativeFinite(seconds, "seconds");
        if (seconds >= timeout) {
            return 0;
        }
        double rest = timeout - seconds;
        double f;
        if (delta == 0) {
            f = rest;
        } else if (delta > 0) {
            f = Math.exp(-delta * seconds) * -Math.expm1(-delta * rest) / delta * Math.exp(-scale);
        } else {
            double x = -delta;
            f = -Math.expm1(-x * rest) / x;
        }
        return clamp(lambdaP * (f + tScaled));
    }

    /** E[time spent in getConnection], seconds, over all requests (timed-out ones count τ). */
    public double meanTimeInGetConnection() {
        return Math.max(0, lambdaP * (iScaled + timeout * tScaled));
    }

    /**
     * The q-quantile of the time spent in {@code getConnection}, seconds: 0 when fewer than 1 − q wait,
     * τ when more than 1 − q time out.
     */
    public double acquireQuantile(double q) {
        Args.probability(q, "q");
        double tail = 1 - q;
        if (probabilityOfWait() <= tail) {
            return 0;
        }
        if (probabilityOfTimeout() > tail) {
            return timeout;
        }
        double lo = 0;
        double hi = timeout;
        for (int k = 0; k < 200 && hi - lo > 1e-12 * Math.max(1, timeout); k++) {
            double mid = (lo + hi) / 2;
            if (probabilityWaitExceeds(mid) > tail) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** Successful borrows per second, λ(1 − P(timeout)). */
    public double successfulThroughput() {
        return arrivalRate * (1 - probabilityOfTimeout());
    }

    /** Mean busy connections over the pool size: a(1 − P(timeout))/c. */
    public double utilization() {
        return Math.min(1, offeredLoad() * (1 - probabilityOfTimeout()) / servers);
    }

    /** λ. */
    public double arrivalRate() {
        return arrivalRate;
    }

    /** E[H]. */
    public double meanHold() {
        return meanHold;
    }

    /** c. */
    public int servers() {
        return servers;
    }

    /** τ. */
    public double timeout() {
        return timeout;
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }

    @Override
    public String toString() {
        return "M/M/" + servers + "+D(λ=" + arrivalRate + "/s, E[H]=" + meanHold + "s, τ=" + timeout + "s)";
    }
}
