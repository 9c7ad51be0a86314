package dev.lifeguard.desktop.concurrent;

/** What background work sees of its task: a place to report progress and a way to learn it was cancelled. */
public interface ProgressSink {

    /**
     * Reports progress; cheap to call often (the UI applies it at most about ten times a second).
     *
     * @param fraction 0..1, or a negative number when the amount of work is unknown
     * @param message  what is happening now, e.g. {@code "simulating 3 of 10 min"}
     */
    void update(double fraction, String message);

    /** True once the user cancelled; long work checks this and stops early. */
    boolean isCancelled();

    /** A sink that ignores progress and is never cancelled. */
    static ProgressSink none() {
        return new ProgressSink() {
            @Override
            public void update(double fraction, String message) {
                // nobody is watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
