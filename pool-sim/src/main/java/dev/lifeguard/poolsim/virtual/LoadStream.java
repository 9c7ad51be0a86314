package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.poolsim.load.LoadGenerator;
import dev.lifeguard.poolsim.load.RequestSpec;
import org.jspecify.annotations.Nullable;

/** The shared load model's open requests as a {@link RequestStream}. */
final class LoadStream implements RequestStream {

    private final LoadGenerator generator;
    /** The request {@link #advance()} moved to; null before the first and after the last. */
    private @Nullable RequestSpec current;

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
        return current().intendedStartNanos();
    }

    @Override
    public long holdNs() {
        return current().holdNanos();
    }

    @Override
    public int connections() {
        return current().connections();
    }

    @Override
    public boolean leaks() {
        return current().leak();
    }

    private RequestSpec current() {
        RequestSpec spec = current;
        if (spec == null) {
            throw new IllegalStateException("no current request: advance() has not returned true");
        }
        return spec;
    }
}
