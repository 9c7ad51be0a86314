package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.postmortem.PreviewPane;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.render.Exporter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Preview is the HTML export, rendered: the same headings, tables and charts as the file the exporter writes. */
@ExtendWith(ApplicationExtension.class)
class PostmortemPreviewSmokeTest {

    @TempDir
    static Path dir;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ShellFixture(stage, dir.resolve("preview-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void preview_shown_rendersTheHtmlExportsHeadingsTablesAndCharts(FxRobot robot) throws Exception {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Postmortem"));
        PreviewPane preview = fixture.shell.tabs().postmortem().preview();
        robot.clickOn("Preview");
        ShellFixture.await("preview loaded", () -> preview.loadsProperty().get() > 0);

        Incident incident = fixture.shell.workspace().model().incident();
        String template =
                fixture.shell.tabs().postmortem().model().templateProperty().get();
        String exported = new Exporter().text(incident, ExportFormat.HTML, template);
        Document file = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(exported.replace("<!DOCTYPE html>", ""))));
        Document[] rendered = new Document[1];
        robot.interact(() -> rendered[0] = preview.web().getEngine().getDocument());

        assertThat(texts(rendered[0], "h2")).isNotEmpty().isEqualTo(texts(file, "h2"));
        assertThat(texts(rendered[0], "h1")).isEqualTo(texts(file, "h1"));
        assertThat(rendered[0].getElementsByTagName("table").getLength())
                .isPositive()
                .isEqualTo(file.getElementsByTagName("table").getLength());
        assertThat(rendered[0].getElementsByTagName("img").getLength())
                .isEqualTo(file.getElementsByTagName("img").getLength());
        assertThat(texts(rendered[0], "h1").get(0)).contains(incident.title());
    }

    @Test
    void preview_incidentEdited_showsTheNewText(FxRobot robot) {
        fixture.openFirstDemo();
        robot.interact(() -> fixture.shell.workspace().selectTab("Postmortem"));
        PreviewPane preview = fixture.shell.tabs().postmortem().preview();
        robot.clickOn("Preview");
        ShellFixture.await("preview loaded", () -> preview.loadsProperty().get() > 0);
        int loads = preview.loadsProperty().get();

        Platform.runLater(() -> fixture.shell.tabs().postmortem().model().setSummary("Preview follows edits 7f3a."));
        ShellFixture.await("preview reloaded", () -> preview.loadsProperty().get() > loads);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preview.html()).contains("Preview follows edits 7f3a.");
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }
}
