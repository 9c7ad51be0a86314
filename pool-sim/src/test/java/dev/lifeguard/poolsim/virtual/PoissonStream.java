package dev.lifeguard.poolsim.virtual;

import java.util.SplittableRandom;

/** Test stream: Poisson arrivals at a fixed rate with exponential holds, seeded. */
final class PoissonStream implements RequestStream {

    private final SplittableRandom random;
    private final double meanGapNs;
    private final double meanHoldNs;
    private final long count;
    private long produced;
    private long arrival;
    private long hold;

    PoissonStream(double ratePerSecond, double meanHoldSeconds, long count, long seed) {
        this.random = new SplittableRandom(seed);
        this.meanGapNs = 1e9 / ratePerSecond;
        this.meanHoldNs = meanHoldSeconds * 1e9;
        this.count = count;
    }

    @Override
    public boolean advance() {
        if (produced == count) {
            return false;
        }
        produced++;
        arrival += (long) (-Math.log(1 - random.nextDouble()) * meanGapNs);
        hold = (long) (-Math.log(1 - random.nextDouble()) * meanHoldNs);
        return true;
    }

    @Override
    public long arrivalNs() {
        return arrival;
    }

    @Override
    public long holdNs() {
        return hold;
    }

    @Override
    public int connections() {
        return 1;
    }

    @Override
    public boolean leaks() {
        return false;
    }
}
