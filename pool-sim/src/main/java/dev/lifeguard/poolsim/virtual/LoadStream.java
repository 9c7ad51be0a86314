package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.load.RequestSpec;

/** The shared load model's open requests as a {@link RequestStream}. */
final class LoadStream implements RequestStream {

    private final LoadGenerator generator;
    private RequestSpec current;

    LoadStream(LoadGenerator generator) {
        this.generator = generator;
    }

    @Override
    public boolean advance() {
        current = generator.nextOpen();
        return current != null;
    }

    @Override
    public long arrivalNs() {
        return current.intendedStartNanos();
    }

    @Override
    public long holdNs() {
        return current.holdNanos();
    }

    @Override
    public int connections() {
        return current.connections();
    }

    @Override
    public boolean leaks() {
        return current.leak();
    }
}
