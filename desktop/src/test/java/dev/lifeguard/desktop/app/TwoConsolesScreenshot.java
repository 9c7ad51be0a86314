package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.desktop.teamstore.HistoryDialog;
import dev.lifeguard.desktop.teamstore.HistoryRow;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's picture of two consoles on one library: ana edits the root cause and signs the review off, ben's
 * console follows live and shows the incident's history. Runs only when asked for
 * ({@code -Dlifeguard.screenshots=DIR}, from docs/screenshots/make-screenshots.sh), and writes
 * {@code DIR/team-store.png}: both windows as JavaFX renders them, side by side, ben's History dialog over his.
 */
@ExtendWith(ApplicationExtension.class)
class TwoConsolesScreenshot {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 760;

    @TempDir
    Path dir;

    @Test
    void twoConsolesOnOneLibrary(FxRobot robot) throws Exception {
        String out = System.getProperty("lifeguard.screenshots");
        assumeTrue(out != null && !out.isBlank(), "only when taking screenshots: -Dlifeguard.screenshots=DIR");
        Path library = dir.resolve("team.db");
        try (SqliteIncidentStore seed = SqliteIncidentStore.open(library, StoreOptions.TESTING.withAuthor("maya"))) {
            DemoLibrary.incidents().forEach(seed::create);
        }
        String id = DemoLibrary.incidents().get(0).id();
        TeamConsole[] consoles = new TeamConsole[2];
        robot.interact(() -> {
            consoles[0] = new TeamConsole(new Stage(), library, "ana", WIDTH, HEIGHT);
            consoles[1] = new TeamConsole(new Stage(), library, "ben", WIDTH, HEIGHT);
        });
        TeamConsole ana = consoles[0];
        TeamConsole ben = consoles[1];
        try {
            robot.interact(() -> {
                ana.shell.open(id, "Postmortem");
                ben.shell.open(id, "Postmortem");
            });
            ShellFixture.await("both open", () -> ana.shell.workspace() != null && ben.shell.workspace() != null);
            String cause = "A batch export opened a session per row and never closed it on the error path;"
                    + " twenty leaked connections filled the pool.";
            robot.interact(() -> {
                ana.shell
                        .workspace()
                        .model()
                        .edit("Root cause", i -> i.toBuilder().rootCause(cause).build());
                ana.shell.workspace().model().saveIfDirty();
            });
            ShellFixture.await(
                    "ben follows ana's edit",
                    () -> cause.equals(ben.shell.workspace().model().incident().rootCause()));
            @SuppressWarnings("unchecked")
            ComboBox<ReviewStatus> anaReview = (ComboBox<ReviewStatus>) ana.shell.lookup("#reviewStatus");
            robot.interact(() -> anaReview.setValue(ReviewStatus.REVIEWED));
            @SuppressWarnings("unchecked")
            ComboBox<ReviewStatus> benReview = (ComboBox<ReviewStatus>) ben.shell.lookup("#reviewStatus");
            ShellFixture.await("ben sees the sign-off", () -> benReview.getValue() == ReviewStatus.REVIEWED);
            HistoryDialog[] history = new HistoryDialog[1];
            robot.interact(() -> history[0] = ben.shell.teamStore().showHistory());
            @SuppressWarnings("unchecked")
            TableView<HistoryRow> rows =
                    (TableView<HistoryRow>) history[0].getDialogPane().lookup("#historyTable");
            ShellFixture.await("history rows", () -> rows.getItems().size() >= 3);
            WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS); // the save states settle
            WaitForAsyncUtils.waitForFxEvents();

            BufferedImage[] shots = new BufferedImage[3];
            robot.interact(() -> {
                shots[0] = snapshot(ana.shell.getScene());
                shots[1] = snapshot(ben.shell.getScene());
                shots[2] = snapshot(history[0].getDialogPane().getScene());
            });
            int gap = 12;
            BufferedImage picture = new BufferedImage(2 * WIDTH + gap, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(java.awt.Color.DARK_GRAY);
            g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            g.drawImage(shots[0], 0, 0, null);
            g.drawImage(shots[1], WIDTH + gap, 0, null);
            g.drawImage(
                    shots[2], picture.getWidth() - shots[2].getWidth() - 24, HEIGHT - shots[2].getHeight() - 48, null);
            g.dispose();
            Path target = Path.of(out).resolve("team-store.png");
            Files.createDirectories(target.getParent());
            ImageIO.write(picture, "png", target.toFile());
            assertThat(target).exists();
            robot.interact(history[0]::close);
        } finally {
            ana.close();
            ben.close();
        }
    }

    private static BufferedImage snapshot(Scene scene) {
        WritableImage image = scene.snapshot(null);
        return SwingFXUtils.fromFXImage(image, null);
    }
}
