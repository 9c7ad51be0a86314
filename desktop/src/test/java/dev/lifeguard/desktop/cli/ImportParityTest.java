package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.desktop.library.LibraryViewModel;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workbench.imports.FileKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One file of each kind the import sniffer knows, imported through {@code lifeguard import} and through the library's
 * import, each into its own SQLite store: both stores must then hold the same incidents (documents without an id get
 * a fresh random one on every import, so those are compared by everything else), and evidence files must be refused
 * by both with nothing stored.
 */
class ImportParityTest {

    private static final Workbench WORKBENCH =
            new Workbench(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC));

    /** The shape of an id the importer makes up for a document that states none. */
    private static final String GENERATED_ID = "INC-\\d{8}-[A-Z0-9]{4}";

    @TempDir
    Path dir;

    /**
     * One file given to import.
     *
     * @param name      the file name (its ending is part of what is sniffed)
     * @param text      the file's content
     * @param kind      what the sniffer must take it for
     * @param incidents how many incidents it holds (0: refused)
     * @param ids       the ids it states, which both front ends must keep
     */
    record Case(String name, String text, FileKind kind, int incidents, Set<String> ids) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("checkout-postmortem.md", PostmortemText.MARKDOWN, FileKind.DOCUMENT, 1, Set.of("INC-7301")),
                new Case("invoice-run.txt", PostmortemText.PLAIN, FileKind.DOCUMENT, 1, Set.of()),
                new Case("report-pool.html", PostmortemText.HTML, FileKind.DOCUMENT, 1, Set.of()),
                new Case(
                        "q3-incident-log.md",
                        PostmortemText.LOG,
                        FileKind.DOCUMENT,
                        2,
                        Set.of("INC-2026-081", "INC-2026-094")),
                new Case(
                        "platform-register.md",
                        PostmortemText.REGISTER,
                        FileKind.DOCUMENT,
                        2,
                        Set.of("OPS-41", "OPS-42")),
                new Case("failover-hazard.md", PostmortemText.HAZARD, FileKind.DOCUMENT, 1, Set.of()),
                new Case("own.json", json("INC-PARITY-JSON"), FileKind.INCIDENT_JSON, 1, Set.of("INC-PARITY-JSON")),
                new Case(
                        "exported-incident",
                        json("INC-PARITY-SNIFFED"),
                        FileKind.INCIDENT_JSON,
                        1,
                        Set.of("INC-PARITY-SNIFFED")),
                new Case("pool-metrics.csv", PostmortemText.CSV, FileKind.EVIDENCE, 0, Set.of()),
                new Case("pool-metrics.prom", PostmortemText.PROMETHEUS, FileKind.EVIDENCE, 0, Set.of()),
                new Case("pool-metrics.om", PostmortemText.PROMETHEUS + "# EOF\n", FileKind.EVIDENCE, 0, Set.of()),
                new Case("pool-metrics.tsv", PostmortemText.CSV.replace(',', '\t'), FileKind.EVIDENCE, 0, Set.of()),
                new Case("app.log", PostmortemText.LOG_LINES, FileKind.EVIDENCE, 0, Set.of()));
    }

    /** A Lifeguard incident with pool settings and hazards (the demo's hazard log), under {@code id}. */
    private static String json(String id) {
        Incident withHazards = DemoLibrary.incidents().stream()
                .filter(i -> !i.hazards().isEmpty() && i.pool() != null)
                .findFirst()
                .orElseThrow();
        return Documents.write(withHazards.toBuilder().id(id).demo(false).build(), Formats.INCIDENT);
    }

    @Test
    void cases_coverEveryKindTheSnifferKnows() {
        assertThat(cases().map(Case::kind).collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(FileKind.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void import_oneFileOfEachKind_sameIncidentsStoredByTheCliAndTheLibrary(Case c) throws Exception {
        Path file = Files.writeString(dir.resolve(c.name()), c.text());
        assertThat(FileKind.of(file)).isEqualTo(c.kind());
        Path viaCli = dir.resolve("cli.db");
        Path viaConsole = dir.resolve("console.db");

        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(
                WORKBENCH,
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "import",
                file.toString(),
                "--db",
                viaCli.toString());
        MessageCenter messages = new MessageCenter();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(viaConsole)) {
            new LibraryViewModel(store, new InlineTaskExecutor(), messages, WORKBENCH).importFiles(List.of(file));
        }
        List<UserMessage> errors = messages.history().stream()
                .filter(m -> m.severity() == UserMessage.Level.ERROR)
                .toList();

        Map<String, Incident> fromCli = FrontEndParityTest.stored(viaCli);
        Map<String, Incident> fromConsole = FrontEndParityTest.stored(viaConsole);
        if (c.incidents() == 0) {
            assertThat(code).as(err.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains(c.name()).contains("evidence");
            assertThat(errors)
                    .singleElement()
                    .satisfies(m -> assertThat(m.title() + m.text() + m.details())
                            .contains(c.name())
                            .contains("evidence"));
            assertThat(fromCli).isEmpty();
            assertThat(fromConsole).isEmpty();
            return;
        }
        assertThat(code).as(err.toString()).isZero();
        assertThat(errors).isEmpty();
        assertThat(fromCli).hasSize(c.incidents());
        assertThat(stated(fromCli)).isEqualTo(c.ids());
        assertThat(stated(fromConsole)).isEqualTo(c.ids());
        assertThat(comparable(fromConsole)).isEqualTo(comparable(fromCli));
    }

    @Test
    void hazardLogEntry_importedByBoth_sameHazardsWithTheirControlsAndScores() throws Exception {
        Path file = Files.writeString(dir.resolve("hazard.md"), PostmortemText.HAZARD);
        Path viaCli = dir.resolve("cli.db");
        Path viaConsole = dir.resolve("console.db");
        assertThat(LifeguardCommand.run(
                        WORKBENCH,
                        new PrintWriter(new StringWriter()),
                        new PrintWriter(new StringWriter()),
                        "import",
                        file.toString(),
                        "--db",
                        viaCli.toString()))
                .isZero();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(viaConsole)) {
            new LibraryViewModel(store, new InlineTaskExecutor(), new MessageCenter(), WORKBENCH)
                    .importFiles(List.of(file));
        }

        Incident cli = FrontEndParityTest.stored(viaCli).values().iterator().next();
        Incident console =
                FrontEndParityTest.stored(viaConsole).values().iterator().next();
        assertThat(cli.hazards()).hasSize(1);
        assertThat(cli.hazards().get(0).name()).isEqualTo("Pool keeps connections to a demoted primary");
        assertThat(cli.hazards().get(0).controls()).hasSize(3);
        assertThat(console.hazards()).isEqualTo(cli.hazards());
        assertThat(console.notes()).isEqualTo(cli.notes());
    }

    /** The ids the documents stated (made-up ones differ on every import). */
    private static Set<String> stated(Map<String, Incident> incidents) {
        return incidents.keySet().stream()
                .filter(id -> !id.matches(GENERATED_ID))
                .collect(Collectors.toSet());
    }

    /** The incidents by title, a made-up id replaced by one stand-in (everything else compared as it is). */
    private static Map<String, Incident> comparable(Map<String, Incident> incidents) {
        Map<String, Incident> all = new TreeMap<>();
        for (Incident i : incidents.values()) {
            all.put(
                    i.title(),
                    i.id().matches(GENERATED_ID)
                            ? i.toBuilder().id("INC-MADE-UP").build()
                            : i);
        }
        return all;
    }
}
