package dev.lifeguard.poolsim.load;

import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.SlowMixture;
import java.util.SplittableRandom;

/** Turns the scenario's request shape into concrete requests, drawing from a caller's random stream. */
final class RequestShaper {

    private final RequestShape shape;

    RequestShaper(RequestShape shape) {
        this.shape = shape;
    }

    RequestSpec make(int phase, int user, long seq, long startNanos, SplittableRandom random) {
        SlowMixture mixture = shape.slow();
        boolean slow = mixture != null && random.nextDouble() < mixture.fraction();
        long hold = HoldSampler.sample(mixture != null && slow ? mixture.hold() : shape.hold(), random);
        boolean leak = shape.leakProbability() > 0 && random.nextDouble() < shape.leakProbability();
        return new RequestSpec(phase, user, seq, startNanos, hold, shape.connectionsPerRequest(), leak, slow);
    }
}
