package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters in stored text reach the terminal as visible escapes, never as commands. */
class TerminalTextTest {

    private static final String ID = "INC-20260314-ESC";

    @TempDir
    Path dir;

    /** True when {@code text} holds a control character other than a line feed. */
    private static boolean hasControls(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n');
    }

    @Test
    void line_escapesC0DelAndC1_keepsOtherText() {
        assertThat(TerminalText.line("a\u001b[31mred\u0007\rb\u007f\u009b2Jc\td\ne é ✓"))
                .isEqualTo("a\\x1b[31mred\\x07\\rb\\x7f\\u009b2Jc\\td\\ne é ✓");
        assertThat(TerminalText.block("one\n\ttwo\u001b]0;t\u0007")).isEqualTo("one\n\ttwo\\x1b]0;t\\x07");
        assertThat(TerminalText.line("plain")).isEqualTo("plain");
        assertThat(TerminalText.line(null)).isNull();
    }

    @Test
    void errorMessages_quotingTheInput_areEscaped() throws Exception {
        String db = dir.resolve("err.db").toString();
        Path scenario = dir.resolve("hostile.json");
        Files.writeString(
                scenario, "{\"format\": \"lifeguard.scenario/1\", \"name\": \"x\", \"duration\": \"1\\u001b[2Jm\"}");

        CliRun show = CliRun.of("show", "NO-SUCH\u001b]0;pwned\u0007", "--db", db);
        CliRun check = CliRun.of("check", scenario.toString());

        assertThat(show.exitCode()).isNotZero();
        assertThat(check.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        for (CliRun run : List.of(show, check)) {
            assertThat(run.err()).startsWith("lifeguard: ");
            assertThat(hasControls(run.err())).as(run.err()).isFalse();
        }
        assertThat(check.err()).contains("\\x1b[2J");
    }

    @Test
    void listAndShow_printTitleSummaryTimelineAndNotesEscaped() throws Exception {
        String db = dir.resolve("esc.db").toString();
        Incident hostile = Incident.builder(ID, "orders \u001b[2J\u001b]0;pwned\u0007pool", Severity.SEV2)
                .services(List.of("shop\u009b31m"))
                .summary("first line\r\noverwritten?\u001b[1A")
                .timeline(List.of(new TimelineEntry(
                        OffsetDateTime.parse("2026-03-14T10:00:00Z"),
                        TimelineKind.NOTE,
                        "log said \u001b[5mBLINK\u001b[0m",
                        null,
                        "log:app.log:3")))
                .addNote("note with a bell\u0007")
                .build();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            store.create(hostile);
        }

        CliRun list = CliRun.of("list", "--db", db);
        CliRun search = CliRun.of("list", "--search", "zzz\u001b[2J", "--db", db);
        CliRun show = CliRun.of("show", ID, "--db", db);

        assertThat(list.exitCode()).isZero();
        assertThat(hasControls(list.out())).as(list.out()).isFalse();
        assertThat(list.out()).contains("orders \\x1b[2J\\x1b]0;pwned\\x07pool");
        assertThat(hasControls(search.out())).isFalse();
        assertThat(show.exitCode()).isZero();
        assertThat(hasControls(show.out())).as(show.out()).isFalse();
        assertThat(show.out())
                .contains("orders \\x1b[2J\\x1b]0;pwned\\x07pool")
                .contains("services: shop\\u009b31m")
                .contains("first line\\r\n  overwritten?\\x1b[1A")
                .contains("log said \\x1b[5mBLINK\\x1b[0m")
                .contains("note with a bell\\x07");
        // the store keeps the text as it was given: only the terminal sees escapes
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            assertThat(store.get(ID).orElseThrow().incident().title()).isEqualTo(hostile.title());
        }
        assertThat(Files.exists(Path.of(db))).isTrue();
    }

    @Test
    void ingestSummary_echoesABadLinesValueEscaped() throws Exception {
        String db = dir.resolve("ingest.db").toString();
        CliRun.of("demo", "--db", db);
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(csv, "time,pool,active\n2026-03-12T10:00:00Z,p,\u001b[2Jmany\n2026-03-12T10:00:10Z,p,3\n");

        CliRun run = CliRun.of("ingest", csv.toString(), "--incident", "INC-20260312-LEAK", "--db", db);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 malformed skipped").contains("'\\x1b[2Jmany' is not a number");
        assertThat(hasControls(run.out())).isFalse();
    }
}
