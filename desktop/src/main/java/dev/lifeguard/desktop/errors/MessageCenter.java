package dev.lifeguard.desktop.errors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where view models put messages for the user; the shell shows the latest in a banner with a details
 * button and keeps a short history. UI thread only.
 */
public final class MessageCenter {

    private static final int HISTORY = 50;

    private final ReadOnlyObjectWrapper<UserMessage> latest = new ReadOnlyObjectWrapper<>();
    private final ObservableList<UserMessage> history = FXCollections.observableArrayList();
    /** Read-only view, made once: a wrapper made per call would drop its listeners when collected. */
    private final ObservableList<UserMessage> historyView = FXCollections.unmodifiableObservableList(history);

    /** Shows {@code message}. */
    public void show(UserMessage message) {
        history.add(0, message);
        if (history.size() > HISTORY) {
            history.remove(HISTORY, history.size());
        }
        latest.set(message);
    }

    /** Shows the readable form of {@code error} raised while doing {@code action}. */
    public void error(String action, Throwable error) {
        show(ErrorMessages.of(action, error));
    }

    /** Shows an informational message. */
    public void info(String title, String text) {
        show(UserMessage.info(title, text));
    }

    /** Hides the banner (the history keeps the message). */
    public void dismiss() {
        latest.set(null);
    }

    /** The message in the banner, or null. */
    public ReadOnlyObjectProperty<UserMessage> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** Recent messages, newest first. */
    public ObservableList<UserMessage> history() {
        return historyView;
    }
}
