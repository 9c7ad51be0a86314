package dev.lifeguard.desktop.concurrent;

/**
 * Where results and progress are delivered: the JavaFX application thread in the console, the calling
 * thread in tests. View models never see which.
 */
@FunctionalInterface
public interface UiThread {

    /** Runs {@code action} on the UI thread, later. */
    void post(Runnable action);

    /** A UI thread that runs everything at once on the caller's thread (tests, the inline executor). */
    static UiThread immediate() {
        return Runnable::run;
    }
}
