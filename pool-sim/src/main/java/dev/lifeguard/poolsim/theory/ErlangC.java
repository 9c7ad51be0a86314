package dev.lifeguard.poolsim.theory;

/**
 * The M/M/c queue (Erlang C): Poisson arrivals, exponential hold times, c connections, FIFO waiters who
 * wait forever. Only defined below saturation (ρ &lt; 1); for a pool with a timeout, or in overload, use
 * {@link MmcdQueue}.
 *
 * @param arrivalRate λ, {@code getConnection} calls per second, &gt; 0
 * @param meanHold    E[H], seconds a connection is held, &gt; 0
 * @param servers     c, the pool size, ≥ 1; must exceed the offered load
 */
public record ErlangC(double arrivalRate, double meanHold, int servers) {

    public ErlangC {
        Args.positiveFinite(arrivalRate, "arrivalRate");
        Args.positiveFinite(meanHold, "meanHold");
        Args.atLeast(servers, 1, "servers");
        if (arrivalRate * meanHold >= servers) {
            throw new IllegalArgumentException("Erlang C needs offered load below the pool size: a = λ·E[H] = "
                    + arrivalRate * meanHold + " ≥ servers = " + servers + " (use MmcdQueue for overload)");
        }
    }

    /** a = λ·E[H] in Erlangs. */
    public double offeredLoad() {
        return arrivalRate * meanHold;
    }

    /** ρ = a/c. */
    public double utilization() {
        return offeredLoad() / servers;
    }

    /** C(c, a): the probability that an arriving request has to wait. */
    public double probabilityOfWait() {
        double a = offeredLoad();
        double b = ErlangB.blocking(a, servers);
        return servers * b / (servers - a * (1 - b));
    }

    /** E[W] = C/(cμ − λ), seconds, over all requests (those that do not wait count as 0). */
    public double meanWait() {
        return probabilityOfWait() / (servers / meanHold - arrivalRate);
    }

    /** P(W &gt; t) = C·e^{−(cμ−λ)t}. */
    public double probabilityWaitExceeds(double seconds) {
        Args.nonNegativeFinite(seconds, "seconds");
        return probabilityOfWait() * Math.exp(-(servers / meanHold - arrivalRate) * seconds);
    }

    /** E[Lq] = C·ρ/(1 − ρ), the mean number of waiting requests. */
    public double meanQueueLength() {
        double rho = utilization();
        return probabilityOfWait() * rho / (1 - rho);
    }
}
