package dev.lifeguard.poolsim.load;

import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One user of a closed phase: sends a request, waits for it to finish, thinks, sends the next. Its
 * random stream is its own (seeded from the scenario seed, the phase and the user number), so the
 * requests it makes depend only on when the engine reports them finished.
 */
public final class ClosedUser {

    private final int phase;
    private final int user;
    private final long phaseStart;
    private final long stopAt;
    private final double meanThinkNanos;
    private final RequestShaper shaper;
    private final SplittableRandom random;
    private long seq;

    ClosedUser(
            int phase, int user, long phaseStart, long stopAt, double meanThinkNanos, RequestShaper shaper, long seed) {
        this.phase = phase;
        this.user = user;
        this.phaseStart = phaseStart;
        this.stopAt = stopAt;
        this.meanThinkNanos = meanThinkNanos;
        this.shaper = shaper;
        this.random = Seeds.closedUser(seed, phase, user);
    }

    /** The phase index. */
    public int phase() {
        return phase;
    }

    /** The user number within the phase. */
    public int user() {
        return user;
    }

    /** The first request (after one think time from the phase start), or {@code null} if it falls past the end. */
    public @Nullable RequestSpec first() {
        if (seq != 0) {
            throw new IllegalStateException("user " + user + " of phase " + phase + " already started");
        }
        return at(phaseStart + think());
    }

    /**
     * The request after one that finished at {@code completedAtNanos} (simulated time), or {@code null}
     * when the next start would fall at or after the phase's end.
     */
    public @Nullable RequestSpec next(long completedAtNanos) {
        if (seq == 0) {
            throw new IllegalStateException("user " + user + " of phase " + phase + " has not started");
        }
        return at(Math.max(completedAtNanos, phaseStart) + think());
    }

    private long think() {
        return meanThinkNanos == 0 ? 0 : Math.round(HoldSampler.exponential(random) * meanThinkNanos);
    }

    private @Nullable RequestSpec at(long start) {
        if (start >= stopAt) {
            seq = Math.max(seq, 1);
            return null;
        }
        return shaper.make(phase, user, seq++, start, random);
    }
}
