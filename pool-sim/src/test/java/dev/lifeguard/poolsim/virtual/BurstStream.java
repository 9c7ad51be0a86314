package dev.lifeguard.poolsim.virtual;

/** Test stream: {@code count} requests at time 0, each holding {@code holdNs}. */
final class BurstStream implements RequestStream {

    private final int count;
    private final long holdNs;
    private int produced;

    BurstStream(int count, long holdNs) {
        this.count = count;
        this.holdNs = holdNs;
    }

    @Override
    public boolean advance() {
        return produced++ < count;
    }

    @Override
    public long arrivalNs() {
        return 0;
    }

    @Override
    public long holdNs() {
        return holdNs;
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
