package dev.lifeguard.desktop.live;

import dev.lifeguard.desktop.workbench.watch.DeclarationRules;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.watch.Alert;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Live view's current values and alerts: each pool's latest sample, and the alerts newest first. UI thread. */
public final class LiveAlerts {

    /** Alerts the list keeps. */
    static final int ALERTS_SHOWN = 500;

    private final ObservableList<LiveReading> readings = FXCollections.observableArrayList();
    private final ObservableList<Alert> alerts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper suggestedTitle = new ReadOnlyStringWrapper("");

    /** Each pool's latest sample. */
    public ObservableList<LiveReading> readings() {
        return readings;
    }

    /** The alerts, newest first (at most {@link #ALERTS_SHOWN}). */
    public ObservableList<Alert> alerts() {
        return alerts;
    }

    /** The title a declared incident gets when none is typed, from the first alert; empty before one. */
    public ReadOnlyStringProperty suggestedTitleProperty() {
        return suggestedTitle.getReadOnlyProperty();
    }

    /** Forgets readings and alerts (a new watch starts). */
    void clear() {
        readings.clear();
        alerts.clear();
        suggestedTitle.set("");
    }

    /** Takes one delivery's samples (pool → sample, in arrival order) as the pools' latest readings. */
    void addSamples(List<Map.Entry<String, MetricSample>> delivered) {
        delivered.forEach(e -> updateReading(new LiveReading(e.getKey(), e.getValue())));
    }

    /** Takes one delivery's alerts, oldest first; the first of the watch suggests the title. */
    void addAlerts(List<Alert> fresh) {
        if (fresh.isEmpty()) {
            return;
        }
        if (suggestedTitle.get().isEmpty()) {
            suggestedTitle.set(DeclarationRules.suggestedTitle(fresh.get(0)));
        }
        fresh.forEach(a -> alerts.add(0, a));
        if (alerts.size() > ALERTS_SHOWN) {
            alerts.remove(ALERTS_SHOWN, alerts.size());
        }
    }

    private void updateReading(LiveReading reading) {
        for (int i = 0; i < readings.size(); i++) {
            if (readings.get(i).pool().equals(reading.pool())) {
                readings.set(i, reading);
                return;
            }
        }
        readings.add(reading);
    }
}
