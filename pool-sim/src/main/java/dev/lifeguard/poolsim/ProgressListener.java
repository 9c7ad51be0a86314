package dev.lifeguard.poolsim;

/** Receives a run's progress. Engines call it at most a few times per wall second. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (fraction, message) -> {};

    /**
     * Reports progress.
     *
     * @param fraction share of the run done, 0..1
     * @param message  a short status line, e.g. {@code "t=2m 10s, 30 active, 5 waiting"}
     */
    void progress(double fraction, String message);
}
