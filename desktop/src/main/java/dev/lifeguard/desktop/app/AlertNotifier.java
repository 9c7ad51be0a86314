package dev.lifeguard.desktop.app;

/**
 * Tells the user about a live alert outside the window: the console's is {@link DesktopNotifier}; tests pass one that
 * records what it was told.
 */
@FunctionalInterface
public interface AlertNotifier {

    /** Shows {@code text} under {@code title}; called on the UI thread, returns at once. */
    void notify(String title, String text);
}
