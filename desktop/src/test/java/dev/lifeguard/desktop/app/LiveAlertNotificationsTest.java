package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertSeverity;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class LiveAlertNotificationsTest {

    private final List<String> told = new ArrayList<>();
    private final AtomicBoolean focused = new AtomicBoolean();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();

    LiveAlertNotificationsTest() {
        new LiveAlertNotifications(
                        focused::get,
                        (title, text) -> told.add(title + " | " + text),
                        DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC))
                .watch(alerts);
    }

    @Test
    void unfocused_oneBatch_oneNotificationForTheWorstAlert() {
        alerts.addAll(List.of(
                alert("pending threads", AlertSeverity.WARNING, "orders", "12 threads waiting for a connection"),
                alert("connection timeouts", AlertSeverity.CRITICAL, "orders", "3 new connection timeout(s)")));
        assertThat(told)
                .containsExactly(
                        "Lifeguard: critical alert on orders | 13:56:25 3 new connection timeout(s) (+1 more)");
    }

    @Test
    void focused_theBannerIsEnough_nothingIsRaised() {
        focused.set(true);
        alerts.add(alert("connection timeouts", AlertSeverity.CRITICAL, "orders", "3 new connection timeout(s)"));
        assertThat(told).isEmpty();
    }

    @Test
    void cleared_list_raisesNothing() {
        alerts.add(alert("pending threads", AlertSeverity.WARNING, "billing", "5 threads waiting"));
        alerts.clear();
        assertThat(told).containsExactly("Lifeguard: alert on billing | 13:56:25 5 threads waiting");
    }

    private static Alert alert(String rule, AlertSeverity severity, String pool, String message) {
        return new Alert(rule, severity, pool, Instant.parse("2026-03-12T13:56:25.404237784Z"), 1.0, message);
    }
}
