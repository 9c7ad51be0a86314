package dev.lifeguard.desktop.concurrent;

/**
 * The body of a background task: runs off the UI thread, may report progress, returns a value.
 *
 * @param <T> what it produces
 */
@FunctionalInterface
public interface Work<T> {

    /** Does the work; throwing (or returning after cancellation) ends the task. */
    T run(ProgressSink progress) throws Exception;
}
