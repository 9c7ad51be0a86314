package dev.lifeguard.poolsim.load;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the scenario seed, so that adding a user or a phase never
 * shifts the numbers another stream sees.
 */
public final class Seeds {

    /** Stream id of open arrival times. */
    public static final long OPEN_ARRIVALS = 0;
    /** Stream id of open requests' shapes (hold, leak, slow). */
    public static final long OPEN_SHAPES = 1;

    private Seeds() {}

    /** The stream for closed phase {@code phase}, user {@code user}. */
    public static SplittableRandom closedUser(long seed, int phase, int user) {
        return stream(seed, ((long) (phase + 2) << 32) | (user & 0xffffffffL));
    }

    /** The random stream {@code id} of {@code seed}. */
    public static SplittableRandom stream(long seed, long id) {
        return new SplittableRandom(mix(mix(seed) ^ mix(id + 0x9E3779B97F4A7C15L)));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser: spreads nearby seeds apart. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
