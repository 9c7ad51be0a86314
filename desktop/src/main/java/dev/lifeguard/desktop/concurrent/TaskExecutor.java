package dev.lifeguard.desktop.concurrent;

import javafx.collections.ObservableList;

/**
 * Runs every piece of I/O and simulation the console does, off the UI thread. Callbacks, state and
 * progress of each task are delivered on the UI thread. One instance per application, closed on exit.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts {@code task} (or queues it when every worker is busy) and returns it. */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Tasks waiting or running, in start order; changed only on the UI thread. */
    ObservableList<BackgroundTask<?>> tasks();

    /** Cancels what is running, stops the workers and waits briefly for them. */
    @Override
    void close();
}
