package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.timeline.TimelineViewModel;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.redact.Redactor;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The redaction table: every secret form ({@code postmortems/src/test/resources/redaction/secret-forms.tsv}) through
 * every way in, and each secret absent from the store and from every export (Markdown, HTML, PDF text, JSON).
 */
class RedactionEveryWayInTest {

    private static final String MASK = "[REDACTED]";

    /** One form's sample: the text holding it and the parts that must never survive. */
    record Sample(String kind, String text, List<String> secrets) {

        /** The sample on one line, for ways in that take one line (a log line, a label, a cell). */
        String oneLine() {
            return text.replace('\n', ' ');
        }
    }

    static final List<Sample> SAMPLES = load();

    @TempDir
    Path dir;

    /** The ways a secret can come in. */
    enum WayIn {
        DOCUMENT,
        JSON,
        LOG_LINE,
        CSV_CELL,
        PROMETHEUS_LABEL,
        QUERY_RANGE_LABEL,
        WATCH_LABEL,
        WATCH_NOTE,
        CONSOLE_NOTE
    }

    @ParameterizedTest
    @EnumSource(WayIn.class)
    void everyForm_absentFromTheStoreAndFromEveryExport(WayIn way) throws Exception {
        String db = dir.resolve(way + ".db").toString();
        String id = load(way, "INC-20260314-WAY" + way.ordinal(), db);

        Map<String, String> outputs = outputs(id, db);
        SoftAssertions soft = new SoftAssertions();
        for (Sample sample : SAMPLES) {
            for (String secret : sample.secrets()) {
                outputs.forEach((where, text) -> soft.assertThat(text)
                        .as("%s: %s in %s", way, sample.kind(), where)
                        .doesNotContain(secret));
            }
        }
        // Not vacuous: the secrets arrived and were masked where they stood.
        // (Labels that are equal once masked, such as the three GitHub token samples, make one series.)
        long distinctLabels =
                SAMPLES.stream().map(s -> Redactor.mask(s.oneLine())).distinct().count();
        boolean labels = way.name().endsWith("LABEL") || way == WayIn.CSV_CELL;
        soft.assertThat(count(outputs.get("store"), MASK))
                .as("%s: masks in the store", way)
                .isGreaterThanOrEqualTo(labels ? (int) distinctLabels : SAMPLES.size());
        soft.assertAll();
    }

    /** Brings every sample in by {@code way}; returns the incident's id. */
    private String load(WayIn way, String id, String db) throws Exception {
        switch (way) {
            case DOCUMENT -> {
                return importFile(
                        "secrets.md",
                        "# Secrets everywhere\n\n**Date:** 2026-03-14\n\n## Summary\n\n"
                                + "Every form below.\n\n## Root cause\n\n" + String.join("\n\n", texts()) + "\n",
                        db,
                        true);
            }
            case JSON ->
                importFile(
                        "secrets.json",
                        Documents.write(
                                base(id).toBuilder()
                                        .summary(String.join("\n", texts()))
                                        .build(),
                                Formats.INCIDENT),
                        db,
                        true);
            case LOG_LINE -> {
                importFile("base.json", Documents.write(base(id), Formats.INCIDENT), db, false);
                StringBuilder log = new StringBuilder();
                for (int i = 0; i < SAMPLES.size(); i++) {
                    // An hour apart, so each line is its own timeline entry; the sample ahead of the message, so
                    // the entry's excerpt holds it.
                    log.append(String.format(
                            "2026-03-14 %02d:%02d:12.346 ERROR 4242 --- [exec-7] %s : HikariPool-1"
                                    + " - Connection is not available, request timed out after 30001ms"
                                    + " (total=10, active=10,"
                                    + " idle=0, waiting=7)%n",
                            i / 2, (i % 2) * 30, SAMPLES.get(i).oneLine()));
                }
                ingest("app.log", log.toString(), id, db);
            }
            case CSV_CELL -> {
                importFile("base.json", Documents.write(base(id), Formats.INCIDENT), db, false);
                StringBuilder csv = new StringBuilder("time,pool,active,idle,waiting,max\n");
                for (int i = 0; i < SAMPLES.size(); i++) {
                    csv.append(String.format(
                            "2026-03-14T10:%02d:00Z,\"%s\",4,6,0,20%n",
                            i, SAMPLES.get(i).oneLine().replace("\"", "\"\"")));
                }
                ingest("pools.csv", csv.toString(), id, db);
            }
            case PROMETHEUS_LABEL -> {
                importFile("base.json", Documents.write(base(id), Formats.INCIDENT), db, false);
                ingest("scrape.prom", exposition(), id, db);
            }
            case QUERY_RANGE_LABEL -> {
                importFile("base.json", Documents.write(base(id), Formats.INCIDENT), db, false);
                ArrayNode result = LifeguardJson.mapper().createArrayNode();
                for (Sample s : SAMPLES) {
                    ObjectNode series = result.addObject();
                    series.putObject("metric")
                            .put("__name__", "hikaricp_connections_active")
                            .put("pool", s.text());
                    series.putArray("values").addArray().add(1773478800).add("5");
                }
                ObjectNode answer = LifeguardJson.mapper().createObjectNode().put("status", "success");
                answer.putObject("data").put("resultType", "matrix").set("result", result);
                ingest("range.json", LifeguardJson.mapper().writeValueAsString(answer), id, db);
            }
            case WATCH_LABEL, WATCH_NOTE -> {
                WatchSession watch = new WatchSession(
                        URI.create("http://127.0.0.1:9/metrics"),
                        WatchSettings.defaults(),
                        AlertRule.defaults(),
                        Clock.fixed(Instant.parse("2026-03-14T10:00:00Z"), ZoneOffset.UTC));
                watch.accept(way == WayIn.WATCH_LABEL ? exposition() : "hikaricp_connections_active{pool=\"p\"} 3\n");
                watch.declareIncident(id, "Live incident", Severity.SEV2);
                if (way == WayIn.WATCH_NOTE) {
                    texts().forEach(watch::addNote);
                }
                try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
                    store.create(watch.incident().orElseThrow());
                }
            }
            case CONSOLE_NOTE -> {
                try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
                    WorkspaceViewModel workspace = new WorkspaceViewModel(
                            store.create(base(id)), store, new InlineTaskExecutor(), new MessageCenter());
                    TimelineViewModel timeline = new TimelineViewModel(workspace, Clock.systemUTC(), "on-call");
                    for (int i = 0; i < SAMPLES.size(); i++) {
                        int note = timeline.addNoteNow("typed note");
                        // Half typed as a new note, half pasted into an existing entry's text.
                        if (i % 2 == 0) {
                            timeline.addNoteNow(SAMPLES.get(i).text());
                        } else {
                            timeline.setText(note, SAMPLES.get(i).text());
                        }
                    }
                    workspace.saveIfDirty();
                }
            }
            default -> throw new IllegalStateException("no loader for " + way);
        }
        return id;
    }

    private static Incident base(String id) {
        return DemoLibrary.incidents().get(0).toBuilder().id(id).demo(false).build();
    }

    private static List<String> texts() {
        return SAMPLES.stream().map(Sample::text).toList();
    }

    /** One gauge per sample, the sample as its pool label (escaped as the exposition format escapes). */
    private static String exposition() {
        StringBuilder out = new StringBuilder("# TYPE hikaricp_connections_active gauge\n");
        for (Sample s : SAMPLES) {
            String label = s.text().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            out.append("hikaricp_connections_active{pool=\"").append(label).append("\"} 3\n");
        }
        return out.toString();
    }

    /** Imports a file; returns the id it was stored under. */
    private String importFile(String name, String content, String db, boolean secrets) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        CliRun run = CliRun.of("import", file.toString(), "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        if (secrets) {
            assertThat(run.err()).as("the import reports what it redacted").contains("redacted");
        }
        return run.out().strip();
    }

    private void ingest(String name, String content, String id, String db) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        String format = name.endsWith(".log") ? "log" : "auto"; // a log line full of '=' and ',' could pass for CSV
        CliRun run = CliRun.of("ingest", file.toString(), "--incident", id, "--format", format, "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err())
                .as("the ingest reports what it redacted")
                .contains("redacted");
    }

    /** The stored document and every export of it. */
    private Map<String, String> outputs(String id, String db) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        CliRun show = CliRun.of("show", id, "--json", "--db", db);
        assertThat(show.exitCode()).as(show.err()).isZero();
        out.put("store", show.out());
        for (String format : List.of("md", "html", "json", "pdf")) {
            Path file = dir.resolve(id + "." + format);
            CliRun export = CliRun.of("export", id, "--format", format, "--out", file.toString(), "--db", db);
            assertThat(export.exitCode()).as(export.err()).isZero();
            if (format.equals("pdf")) {
                try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
                    // Line breaks in the layout could split a secret; the check joins them back.
                    out.put("pdf", new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""));
                }
            } else {
                out.put(format, Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Sample> load() {
        try {
            List<Sample> out = new ArrayList<>();
            Path table = Path.of("../postmortems/src/test/resources/redaction/secret-forms.tsv");
            for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.add(new Sample(cells[0], unescape(cells[1]), List.of(cells[2].split(" "))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
