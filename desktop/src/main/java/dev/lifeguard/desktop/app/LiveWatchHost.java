package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.desktop.live.LiveViewModel;
import java.time.format.DateTimeFormatter;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * The console's one Live view, made on first use, and the toolbar button that shows it (marked while it watches).
 * Its alerts reach the desktop when the window is not looked at; nothing polls until its Start.
 */
final class LiveWatchHost {

    private final Supplier<AppServices> services;
    private final Theme theme;
    private final ShellPlatform platform;
    private final Consumer<String> openIncident;
    private final Runnable refreshLibrary;
    private final BooleanSupplier windowFocused;
    private final Button button = new Button("Live (Ctrl+L)");
    private LiveView live;

    /**
     * @param services       the shell's current services
     * @param openIncident   opens a declared incident in the workspace
     * @param refreshLibrary after an incident is declared or recorded
     * @param windowFocused  whether the console's window is seen (else alerts go to the desktop)
     */
    LiveWatchHost(
            Supplier<AppServices> services,
            Theme theme,
            ShellPlatform platform,
            Consumer<String> openIncident,
            Runnable refreshLibrary,
            BooleanSupplier windowFocused) {
        this.services = services;
        this.theme = theme;
        this.platform = platform;
        this.openIncident = openIncident;
        this.refreshLibrary = refreshLibrary;
        this.windowFocused = windowFocused;
        button.setId("liveButton");
        button.setTooltip(new Tooltip("Watch a Prometheus endpoint; back to the incident with Ctrl+L again"));
    }

    /** The toolbar's Live button (its action is the shell's Ctrl+L). */
    Button button() {
        return button;
    }

    /** The Live view, or null before its first use. */
    LiveView viewIfMade() {
        return live;
    }

    /** The Live view, made now on first use. */
    LiveView view() {
        if (live == null) {
            AppServices now = services.get();
            live = new LiveView(
                    new LiveViewModel(
                            now.watches(),
                            now.store(),
                            now.executor(),
                            now.messages(),
                            Platform::runLater,
                            id -> refreshLibrary.run()),
                    theme.darkProperty(),
                    openIncident,
                    WorkspaceTabs.chartExporter(now, platform));
            button.textProperty()
                    .bind(live.model().runningProperty().map(r -> r ? "● Live (Ctrl+L)" : "Live (Ctrl+L)"));
            new LiveAlertNotifications(
                            windowFocused,
                            platform.notifier(),
                            DateTimeFormatter.ofPattern("HH:mm:ss")
                                    .withZone(now.clock().getZone()))
                    .watch(live.model().alerts().alerts());
        }
        return live;
    }

    /** Stops the watch (on exit). */
    void close() {
        if (live != null) {
            live.close();
        }
    }
}
