package dev.lifeguard.desktop.app;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Raises an OS-level notification for live alerts that arrive while the console's window is not focused (minimised,
 * behind another window): the banner inside the window reaches nobody then. With the window focused the banner is
 * enough, and nothing more is shown.
 */
final class LiveAlertNotifications {

    private final BooleanSupplier windowFocused;
    private final AlertNotifier notifier;
    private final DateTimeFormatter time;

    LiveAlertNotifications(BooleanSupplier windowFocused, AlertNotifier notifier, DateTimeFormatter time) {
        this.windowFocused = requireNonNull(windowFocused, "windowFocused");
        this.notifier = requireNonNull(notifier, "notifier");
        this.time = requireNonNull(time, "time");
    }

    /** Watches {@code alerts} (the Live view's list) from now on. */
    void watch(ObservableList<Alert> alerts) {
        alerts.addListener((ListChangeListener<Alert>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    arrived(List.copyOf(c.getAddedSubList()));
                }
            }
        });
    }

    /** One notification for a batch: the worst alert's text, with how many more came with it. */
    void arrived(List<Alert> fresh) {
        if (fresh.isEmpty() || windowFocused.getAsBoolean()) {
            return;
        }
        Alert worst = fresh.stream()
                .max(java.util.Comparator.comparing(Alert::severity))
                .orElseThrow();
        String title = (worst.severity() == AlertSeverity.CRITICAL ? "Lifeguard: critical alert" : "Lifeguard: alert")
                + (worst.pool().isBlank() ? "" : " on " + worst.pool());
        String more = fresh.size() > 1 ? " (+" + (fresh.size() - 1) + " more)" : "";
        notifier.notify(title, time.format(worst.at()) + " " + worst.message() + more);
    }
}
