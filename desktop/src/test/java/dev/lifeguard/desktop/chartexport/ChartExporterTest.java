package dev.lifeguard.desktop.chartexport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.postmortem.chart.ChartDrawing;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The shared exporter, headless: the button and the menu write what the target names, the copy an image. */
@ExtendWith(ApplicationExtension.class)
class ChartExporterTest {

    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private Path next;
    private final MessageCenter messages = new MessageCenter();
    private Button button;
    private ContextMenu menu;
    private final Pane chart = new Pane();

    @Start
    void start(Stage stage) {
        ChartExporter exporter = new ChartExporter(new InlineTaskExecutor(), messages, (owner, name) -> {
            asked.add(name);
            return Optional.ofNullable(next);
        });
        menu = new ContextMenu();
        chart.setPrefSize(640, 360);
        button = exporter.install(
                chart,
                menu,
                () -> Optional.of(
                        ChartSnapshot.sized("pool", ChartDrawing.of(sample()), chart.getWidth(), chart.getHeight())));
        button.setId("exportChart");
        stage.setScene(new Scene(new VBox(button, chart), 640, 420));
        stage.show();
    }

    @Test
    void button_svgTarget_writesAnSvgThatParsesAndNamesTheSeries(FxRobot robot) throws Exception {
        next = dir.resolve("pool.svg");

        robot.clickOn("#exportChart");

        assertThat(asked).containsExactly("pool");
        String svg = Files.readString(next);
        assertThat(Svg.parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Svg.texts(svg)).contains("Pool", "active", "waiting");
        assertThat(messages.latestProperty().get().text()).contains(next.toString());
    }

    @Test
    void menu_pngTarget_writesAPngOfTheChartsSize(FxRobot robot) throws Exception {
        next = dir.resolve("sub/pool.png");
        MenuItem export = menu.getItems().get(0);
        assertThat(export.getText()).isEqualTo("Export chart…");

        robot.interact(export::fire);

        BufferedImage png = ImageIO.read(next.toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.round(chart.getWidth()));
        assertThat(png.getHeight()).isEqualTo((int) Math.round(chart.getHeight()));
    }

    @Test
    void button_cancelled_writesNothing(FxRobot robot) throws Exception {
        next = null;

        robot.clickOn("#exportChart");

        assertThat(asked).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void copy_putsAnImageOfTheChartsSizeOnTheClipboard(FxRobot robot) {
        MenuItem copy = menu.getItems().get(1);

        robot.interact(copy::fire);

        Image[] image = new Image[1];
        robot.interact(() -> image[0] = Clipboard.getSystemClipboard().getImage());
        assertThat(image[0]).isNotNull();
        assertThat(image[0].getWidth()).isEqualTo(Math.round(chart.getWidth()));
    }

    private static JFreeChart sample() {
        XYSeries active = new XYSeries("active");
        XYSeries waiting = new XYSeries("waiting");
        for (int i = 0; i < 60; i++) {
            active.add(i, Math.min(20, i));
            waiting.add(i, Math.max(0, i - 20) * 100);
        }
        XYSeriesCollection data = new XYSeriesCollection(active);
        data.addSeries(waiting);
        return ChartFactory.createXYLineChart("Pool", "minute", "count", data);
    }
}
