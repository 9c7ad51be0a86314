package dev.lifeguard.poolsim;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.poolsim.bounds.RunBudget;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * What the caller of a run controls: progress and live-pool listeners, cancellation, a wall-time bound
 * and (for the real engine) the time compression. Configure it before the run; {@link #cancel()} may be
 * called from any thread during it. A run checks {@link #cancelled()} often and stops within a second.
 */
public final class RunControl {

    private volatile ProgressListener progress = ProgressListener.NONE;
    private volatile RunListener listener = RunListener.NONE;
    private volatile @Nullable Duration wallLimit;
    private volatile @Nullable Double speed;
    private volatile @Nullable RunBudget budget;
    private volatile boolean cancelled;
    private final List<Runnable> cancelHooks = new CopyOnWriteArrayList<>();

    /** A control with no listeners, the engine's default speed and wall bound. */
    public static RunControl defaults() {
        return new RunControl();
    }

    /** Sends progress to {@code listener}. */
    public RunControl progress(ProgressListener progressListener) {
        this.progress = requireNonNull(progressListener, "progress listener");
        return this;
    }

    /** Sends live pools and samples to {@code runListener}. */
    public RunControl listener(RunListener runListener) {
        this.listener = requireNonNull(runListener, "run listener");
        return this;
    }

    /** Fails the run when it takes longer than {@code limit} of wall time ({@code null}: the engine's own bound). */
    public RunControl wallLimit(@Nullable Duration limit) {
        if (limit != null && (limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("wall limit must be positive, was " + limit);
        }
        this.wallLimit = limit;
        return this;
    }

    /**
     * Compresses simulated time by {@code n} (≥ 1) in engines that run in real time; {@code null} lets the
     * engine pick the fastest speed without distortion.
     */
    public RunControl speed(@Nullable Double n) {
        if (n != null && !(n >= 1 && n <= 10_000)) {
            throw new IllegalArgumentException("speed must be between 1 and 10000, was " + n);
        }
        this.speed = n;
        return this;
    }

    /** Limits what the run may cost ({@code null}: {@link RunBudget#defaults()}); a scenario over it is refused. */
    public RunControl budget(@Nullable RunBudget runBudget) {
        this.budget = runBudget;
        return this;
    }

    /** The budget runs are checked against before they start. */
    public RunBudget budget() {
        RunBudget b = budget;
        return b != null ? b : RunBudget.defaults();
    }

    /** Asks the run to stop; it throws {@link java.util.concurrent.CancellationException} within a second. */
    public void cancel() {
        cancelled = true;
        for (Runnable hook : cancelHooks) {
            hook.run();
        }
    }

    /** True once {@link #cancel()} was called. */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * Runs {@code hook} on cancellation (at once if already cancelled); engines use it to wake blocked
     * threads. Returns a handle that removes the hook again.
     */
    public Runnable onCancel(Runnable hook) {
        cancelHooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> cancelHooks.remove(hook);
    }

    /** The progress listener. */
    public ProgressListener progress() {
        return progress;
    }

    /** The live-pool listener. */
    public RunListener listener() {
        return listener;
    }

    /** The wall-time bound, or {@code null} for the engine's own. */
    public @Nullable Duration wallLimit() {
        return wallLimit;
    }

    /** The requested speed, or {@code null} for the engine's choice. */
    public @Nullable Double speed() {
        return speed;
    }
}
