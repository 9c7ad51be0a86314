package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.desktop.cli.LifeguardCommand;
import dev.lifeguard.desktop.insights.CountRow;
import dev.lifeguard.desktop.insights.InsightsView;
import dev.lifeguard.desktop.insights.MttxRow;
import dev.lifeguard.desktop.insights.RecurringRow;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.insights.FigureText;
import dev.lifeguard.insights.chart.TrendCharts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Insights tab over the demo library plus the three imported insights fixtures shows the figures
 * {@code trends --json} prints for the same store, unfiltered and filtered, and its charts export to SVG.
 */
@ExtendWith(ApplicationExtension.class)
class InsightsSmokeTest {

    private static final Path FIXTURES = Path.of("../postmortems/src/test/resources/insights");

    @TempDir
    static Path dir;

    private ShellFixture fixture;
    private String db;

    @Start
    void start(Stage stage) {
        Path folder = dir.resolve("insights-" + System.nanoTime());
        fixture = new ShellFixture(stage, folder);
        db = folder.resolve("smoke.db").toString();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    private InsightsView shown(FxRobot robot, AtomicReference<InsightsView> view, int incidents) {
        robot.interact(() -> view.set(fixture.shell.showInsights()));
        ShellFixture.await(
                "insights computed",
                () -> !view.get().model().busyProperty().get()
                        && view.get().model().trendsProperty().get() != null
                        && view.get().model().trendsProperty().get().incidents() == incidents);
        return view.get();
    }

    @Test
    void insights_showTheTrendsJsonFigures_andFilter(FxRobot robot) throws Exception {
        for (String f :
                List.of("2026-01-billing-undersized.md", "2026-02-search-leak.md", "2026-10-gateway-leak.json")) {
            cli("import", FIXTURES.resolve(f).toString(), "--db", db);
        }
        JsonNode json = LifeguardJson.mapper().readTree(cli("trends", "--json", "--db", db));
        AtomicReference<InsightsView> view = new AtomicReference<>();
        shown(robot, view, json.get("incidents").asInt());

        assertThat(robot.lookup("#insightsHeading").queryAs(Label.class).getText())
                .isEqualTo(json.get("incidents").asInt() + " incidents, "
                        + json.get("from").asText() + " to " + json.get("to").asText());
        MttxRow all = table(robot, "#insightsOverall", MttxRow.class).get(0);
        assertThat(List.of(
                        all.detectMedian(),
                        all.detectP90(),
                        all.mitigateMedian(),
                        all.mitigateP90(),
                        all.resolveMedian(),
                        all.resolveP90()))
                .containsExactly(
                        figure(json, "mttd", "median"),
                        figure(json, "mttd", "p90"),
                        figure(json, "mttm", "median"),
                        figure(json, "mttm", "p90"),
                        figure(json, "mttr", "median"),
                        figure(json, "mttr", "p90"));
        List<CountRow> counts = table(robot, "#insightsCounts", CountRow.class);
        assertThat(counts("Month", counts)).isEqualTo(ints(json.get("byMonth")));
        assertThat(counts("Severity", counts)).isEqualTo(ints(json.get("bySeverity")));
        assertThat(counts("Service", counts)).isEqualTo(ints(json.get("byService")));
        Map<String, Integer> kinds = new LinkedHashMap<>();
        json.get("byKind")
                .fields()
                .forEachRemaining(e -> kinds.put(
                        TrendCharts.kindLabel(e.getKey()), e.getValue().asInt()));
        assertThat(counts("Failure kind", counts)).isEqualTo(kinds);
        JsonNode items = json.get("actionItems");
        assertThat(robot.lookup("#insightsActionItems").queryAs(Label.class).getText())
                .startsWith(items.get("open").asInt() + " open · "
                        + items.get("overdue").asInt() + " overdue · "
                        + items.get("done").asInt() + " done")
                .endsWith("median days to close " + figure(json, "actionItems", "medianDaysToClose"));
        List<String> recurring = table(robot, "#insightsRecurring", RecurringRow.class).stream()
                .map(RecurringRow::text)
                .toList();
        assertThat(recurring).hasSize(json.get("recurring").size()).hasSizeGreaterThan(0);
        for (int i = 0; i < recurring.size(); i++) {
            assertThat(recurring.get(i))
                    .isEqualTo(json.get("recurring").get(i).get("text").asText());
        }
        VBox card = robot.lookup("#chart-by-month").queryAs(VBox.class);
        ChartViewer byMonth = (ChartViewer) card.getChildren().get(0);
        CategoryDataset months = byMonth.getChart().getCategoryPlot().getDataset();
        json.get("byMonth")
                .fields()
                .forEachRemaining(
                        e -> assertThat(months.getValue("incidents", e.getKey()).intValue())
                                .isEqualTo(e.getValue().asInt()));

        // The filter: invoice-api from February, as `trends --service invoice-api --from 2026-02-01`.
        JsonNode filtered = LifeguardJson.mapper()
                .readTree(cli("trends", "--json", "--service", "invoice-api", "--from", "2026-02-01", "--db", db));
        robot.interact(() -> {
            view.get().model().serviceProperty().set("invoice-api");
            view.get().model().fromProperty().set(LocalDate.parse("2026-02-01"));
        });
        robot.clickOn("#insightsApply");
        shown(robot, view, filtered.get("incidents").asInt());
        MttxRow invoices = table(robot, "#insightsOverall", MttxRow.class).get(0);
        assertThat(invoices.mitigateMedian()).isEqualTo(figure(filtered, "mttm", "median"));
        assertThat(invoices.detectMedian()).isEqualTo(figure(filtered, "mttd", "median"));
        assertThat(table(robot, "#insightsRecurring", RecurringRow.class))
                .hasSize(filtered.get("recurring").size());
    }

    @Test
    void chart_exportsToSvgAndPng(FxRobot robot) throws Exception {
        AtomicReference<InsightsView> view = new AtomicReference<>();
        shown(robot, view, fixture.store.list().size());
        Path svg = dir.resolve("export-" + System.nanoTime() + "/kinds.svg");
        Path png = svg.resolveSibling("kinds.png");
        robot.interact(() -> {
            view.get().exportChart("by-kind", svg);
            view.get().exportChart("by-kind", png);
        });
        ShellFixture.await("chart files written", () -> Files.isRegularFile(svg) && Files.isRegularFile(png));
        ShellFixture.await("exports finished", () -> fixture.executor.tasks().isEmpty());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        String text = factory.newDocumentBuilder()
                .parse(svg.toFile())
                .getDocumentElement()
                .getTextContent();
        assertThat(text).contains("Incidents by failure kind", "Connection leak");
        // Not laid out on screen at this size: the exporter's default size.
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(300);
        assertThat(robot.lookup("#export-by-kind").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static <R> List<R> table(FxRobot robot, String id, Class<R> row) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    private static Map<String, Integer> counts(String dimension, List<CountRow> rows) {
        Map<String, Integer> map = new LinkedHashMap<>();
        rows.stream().filter(r -> r.dimension().equals(dimension)).forEach(r -> map.put(r.name(), r.count()));
        return map;
    }

    private static Map<String, Integer> ints(JsonNode object) {
        Map<String, Integer> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asInt()));
        return map;
    }

    private static String figure(JsonNode doc, String group, String field) {
        JsonNode value = doc.get(group).get(field);
        return FigureText.of(value.isNull() ? null : value.asDouble());
    }
}
