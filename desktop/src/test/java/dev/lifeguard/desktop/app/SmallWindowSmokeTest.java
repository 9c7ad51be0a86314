package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.insights.InsightsView;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console at 1024×700 (the small screen): on every tab of an incident, no button, label or check box
 * outside lists and tables shows its text cut short ("Run (C…", "Exp…"), and the risk matrix scrolls rather than
 * being cut; the Insights toolbar wraps rather than cutting its labels.
 */
@ExtendWith(ApplicationExtension.class)
public class SmallWindowSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("small-" + System.nanoTime()), 1024, 700);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyTab_at1024x700_noControlTextIsElided(FxRobot robot) {
        // The slow-query demo has a hazard entry, so the Hazard tab shows its matrix and controls.
        String id = DemoLibrary.incidents().stream()
                .filter(i -> !i.hazards().isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        robot.interact(() -> fixture.shell.open(id));
        ShellFixture.await("workspace", () -> fixture.shell.workspace() != null);
        List<String> elided = new ArrayList<>();
        for (String tab : ConsoleMenuBar.TAB_TITLES) {
            robot.interact(() -> fixture.shell.workspace().selectTab(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                fixture.shell.applyCss();
                fixture.shell.layout();
                collectElided(fixture.shell, tab, elided);
                snapshot(tab);
            });
        }
        robot.interact(() -> collectElided(fixture.shell.lookup("#menuBar"), "menu bar", elided));
        assertThat(elided).as("controls whose text is cut at 1024×700").isEmpty();
    }

    @Test
    void insightsTab_at1024x700_noToolbarControlTextIsElided(FxRobot robot) {
        InsightsView[] view = new InsightsView[1];
        robot.interact(() -> view[0] = fixture.shell.showInsights());
        ShellFixture.await("the trends", () -> view[0].model().trendsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> elided = new ArrayList<>();
        Node toolbar = view[0].getTop();
        robot.interact(() -> {
            fixture.shell.applyCss();
            fixture.shell.layout();
            collectElided(toolbar, "Insights toolbar", elided);
            snapshot("insights");
        });
        assertThat(elided)
                .as("Insights toolbar controls whose text is cut at 1024×700")
                .isEmpty();
        // Every control of the bar is inside the window's width: wrapped onto a second row, not pushed off the edge.
        List<String> outside = new ArrayList<>();
        double width = fixture.shell.getScene().getWidth();
        robot.interact(() -> ((Parent) toolbar).getChildrenUnmodifiable().forEach(c -> {
            double right = c.localToScene(c.getBoundsInLocal()).getMaxX();
            if (c.isVisible() && right > width + 0.5) {
                outside.add(c + " ends at " + right);
            }
        }));
        assertThat(outside)
                .as("toolbar controls past the window's right edge (%s px)", width)
                .isEmpty();
        // The minutes tables: every column header whole, and every row inside the table (none cut by its bottom).
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#insightsOverall", "#insightsByMonth", "#insightsByKind")) {
                TableView<?> table = (TableView<?>) fixture.shell.lookup(id);
                for (Node header : table.lookupAll(".column-header .label")) {
                    collectElided(header, id + " header", cut);
                }
                Bounds inside = table.localToScene(table.getLayoutBounds());
                for (Node row : table.lookupAll(".table-row-cell")) {
                    Bounds b = row.localToScene(row.getBoundsInLocal());
                    if (row.isVisible() && ((TableRow<?>) row).getItem() != null && b.getMaxY() > inside.getMaxY()) {
                        cut.add(id + " row " + ((TableRow<?>) row).getIndex() + " ends at " + b.getMaxY()
                                + ", the table at " + inside.getMaxY());
                    }
                }
            }
        });
        assertThat(cut).as("minutes tables cut at 1024×700").isEmpty();
    }

    @Test
    void hazardTab_at1024x700_showsTheWholeRiskMatrix(FxRobot robot) {
        String id = DemoLibrary.incidents().stream()
                .filter(i -> !i.hazards().isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        robot.interact(() -> fixture.shell.open(id));
        ShellFixture.await("workspace", () -> fixture.shell.workspace() != null);
        robot.interact(() -> fixture.shell.workspace().selectTab("Hazard"));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#risk-5-5").query();
        Node node = cell;
        while (node != null && !(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        assertThat(node).as("the risk matrix is inside a scroll pane").isInstanceOf(ScrollPane.class);
        ScrollPane scroll = (ScrollPane) node;
        // The far corner cells lie within the scroll pane's viewport: nothing of the matrix is cut at the right.
        for (String corner : List.of("#risk-1-5", "#risk-5-5", "#risk-5-1")) {
            Node c = robot.lookup(corner).query();
            Bounds b = c.localToScene(c.getBoundsInLocal());
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            assertThat(b.getMaxX()).as(corner + " right edge within the tab").isLessThanOrEqualTo(view.getMaxX());
            assertThat(b.getMinX()).as(corner + " left edge within the tab").isGreaterThanOrEqualTo(view.getMinX());
        }
        assertThat(scroll.getHvalue()).isZero();
        robot.interact(() -> snapshot("Hazard-matrix"));
    }

    /**
     * A plain label of free text (a path, a title, a progress message) may be shortened when its whole text is its
     * tooltip; a control (button, check box, menu, combo box) never may.
     */
    private static boolean mayElide(Labeled l) {
        return l.getClass() == Label.class
                && l.getTooltip() != null
                && l.getText().equals(l.getTooltip().getText());
    }

    /** Leaves a picture of the tab in target/small-window/ for people to look at (what the test checked). */
    private void snapshot(String tab) {
        try {
            Path out = Path.of("target", "small-window");
            Files.createDirectories(out);
            WritableImage image = fixture.shell.getScene().snapshot(null);
            ImageIO.write(
                    SwingFXUtils.fromFXImage(image, null),
                    "png",
                    out.resolve(tab.toLowerCase(Locale.ROOT).replace("-", "") + ".png")
                            .toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every showing Labeled under {@code node} (not inside lists and tables) whose text is shown shortened; other
     * views' small-window tests (the import preview's) use it too.
     */
    public static void collectElided(Node node, String where, List<String> out) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof TableView<?>
                || node instanceof ListView<?>
                || node instanceof TreeView<?>
                || node instanceof TextArea) {
            return; // cells elide by design; their full text is a tooltip or a wider column away
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && !mayElide(l)) {
            String whole = l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !whole.equals(t.getText())) {
                    out.add(where + ": " + l.getClass().getSimpleName() + " \"" + l.getText() + "\" shows \""
                            + t.getText() + "\" (width " + l.getWidth() + ")");
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectElided(child, where, out);
            }
        }
    }
}
