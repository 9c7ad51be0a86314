package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.live.ExpositionEndpoint;
import dev.lifeguard.desktop.live.LiveView;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.store.IncidentSummary;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.watch.Alert;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Live view in the console, headless, against a real loopback endpoint. */
@ExtendWith(ApplicationExtension.class)
class LiveSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;
    private ExpositionEndpoint endpoint;

    @Start
    void start(Stage stage) {
        endpoint = new ExpositionEndpoint();
        fixture = new ShellFixture(stage, dir.resolve("live-" + System.nanoTime()));
    }

    @AfterEach
    void close() throws InterruptedException {
        fixture.close();
        endpoint.close();
        assertThat(Thread.getAllStackTraces().keySet())
                .as("no watch thread after closing the console")
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("lifeguard-watch"));
    }

    @Test
    void live_ctrlL_startAgainstEndpoint_alertRowAppears_declaredIncidentOpens(FxRobot robot) {
        robot.clickOn("#incidentList");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        ShellFixture.await(
                "the Live view", () -> robot.lookup("#liveUrl").tryQuery().isPresent());
        TextField url = robot.lookup("#liveUrl").queryAs(TextField.class);
        TextField interval = robot.lookup("#liveInterval").queryAs(TextField.class);
        robot.interact(() -> {
            url.setText(endpoint.url());
            interval.setText("200ms");
        });
        robot.clickOn("#liveStart");
        LiveView live = (LiveView) fixture.shell.lookup(".live-view");
        ShellFixture.await(
                "a baseline sample",
                () -> live.model().chart().samples("orders").size() >= 2);

        endpoint.serve(10, 4, 2);
        @SuppressWarnings("unchecked")
        TableView<Alert> alerts = robot.lookup("#liveAlerts").queryAs(TableView.class);
        ShellFixture.await(
                "an alert row",
                () -> robot.lookup("#liveAlerts .table-row-cell").queryAll().stream()
                        .anyMatch(row -> row instanceof TableRow<?> r && r.getItem() != null));
        assertThat(alerts.getItems().get(0).rule()).isEqualTo("connection timeouts");

        robot.clickOn("#liveDeclare");
        ShellFixture.await(
                "declared",
                () -> live.model().declaration().declaredIdProperty().get() != null);
        String id = live.model().declaration().declaredIdProperty().get();
        @SuppressWarnings("unchecked")
        ListView<IncidentSummary> library = robot.lookup("#incidentList").queryAs(ListView.class);
        ShellFixture.await(
                "the incident in the library", () -> library.getItems().stream().anyMatch(s -> s.id().equals(id)));

        robot.clickOn("#liveOpen");
        ShellFixture.await(
                "its workspace",
                () -> fixture.shell.workspace() != null
                        && fixture.shell.workspace().model().incident().id().equals(id));
        assertThat(fixture.shell.workspace().model().incident().metrics()).isNotEmpty();
        assertThat(live.model().runningProperty().get())
                .as("recording goes on behind the workspace")
                .isTrue();
    }

    @Test
    void theConsolesOwnStorePool_isASource_watchedThroughItsLoopbackEndpoint(FxRobot robot) {
        robot.clickOn("#incidentList");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        ShellFixture.await(
                "the store-pool source",
                () -> robot.lookup("#liveStorePool").tryQuery().isPresent());
        robot.clickOn("#liveStorePool");
        LiveView live = (LiveView) fixture.shell.lookup(".live-view");
        TextField url = robot.lookup("#liveUrl").queryAs(TextField.class);
        assertThat(url.getText()).startsWith("http://127.0.0.1:");
        ShellFixture.await(
                "two samples of the store pool",
                () -> live.model().chart().pools().contains("lifeguard-store")
                        && live.model().chart().samples("lifeguard-store").size() >= 2);
        MetricSample last = live.model().chart().samples("lifeguard-store").get(1);
        assertThat(last.max())
                .as("the store pool's own maximumPoolSize")
                .isEqualTo(StoreOptions.DEFAULT.maximumPoolSize());
        assertThat(last.total()).isBetween(1, last.max());
        assertThat(last.active() + last.idle()).isEqualTo(last.total());
        robot.clickOn("#liveStop");
    }
}
