package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.store.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void review_followsTheRules_andTheSignOffIsExported() {
        // ann moves it first but did not write it: she may review it (below, bob does), its creator may not
        String db = dir.resolve("r.db").toString();
        CliRun.of("demo", "--db", db);
        String id = "INC-20260604-SLOW"; // a draft
        CliRun skip = CliRun.of("review", id, "--to", "reviewed", "--as", "bob", "--db", db);
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err()).contains("skips In review: state a reason");

        // The demo was loaded as the OS user: that is the author (revision 1), not ann who moves it first.
        String author = StoreOptions.osUser();
        assertThat(CliRun.of("review", id, "--to", "in-review", "--as", "ann", "--db", db)
                        .out())
                .contains("Draft → In review by ann");
        CliRun self = CliRun.of("review", id, "--to", "reviewed", "--as", author, "--db", db);
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err()).contains("reviewer must be someone other than the author (" + author + ")");
        assertThat(CliRun.of("review", id, "--to", "in-review", "--as", "ann", "--db", db)
                        .exitCode())
                .as("already in review")
                .isEqualTo(2);
        assertThat(CliRun.of("review", id, "--to", "reviewed", "--as", "bob", "--db", db)
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("show", id, "--json", "--db", db).out()).contains("\"author\" : \"" + author + "\"");

        CliRun md = CliRun.of("export", id, "--format", "md", "--template", "sre", "--db", db);
        assertThat(md.out()).contains("**Signed off:** bob, ");
        assertThat(CliRun.of("show", id, "--history", "--db", db).out()).contains("ann", "bob", "reviewStatus");
        assertThat(CliRun.of("review", id, "--to", "nonsense", "--db", db).exitCode())
                .isEqualTo(2);
    }

    @Test
    void importReplace_ofAClosedPostmortem_isRefusedNamingIt_andImportsNothing() throws Exception {
        String db = dir.resolve("c.db").toString();
        String doc = """
                # Search latency spike: replica pool starved by a batch reindex

                **ID:** INC-20261104-RIDX
                **Severity:** SEV3
                **Started:** 2026-11-04T02:10:00Z

                ## Summary
                A reindex job borrowed every replica connection for twelve minutes.
                """;
        Path original = Files.writeString(dir.resolve("ridx.md"), doc);
        Path edited = Files.writeString(dir.resolve("ridx-edited.md"), doc.replace("twelve", "fourteen"));
        Path other = Files.writeString(
                dir.resolve("other.md"),
                doc.replace("INC-20261104-RIDX", "INC-20261104-OTHR").replace("Search latency", "Feed latency"));
        assertThat(CliRun.of("import", original.toString(), "--db", db).exitCode())
                .isZero();
        CliRun closed = CliRun.of(
                "review", "INC-20261104-RIDX", "--to", "closed", "--as", "bob", "--reason", "no follow-up", "--db", db);
        assertThat(closed.exitCode()).as(closed.err()).isZero();

        CliRun replaced = CliRun.of("import", other.toString(), edited.toString(), "--replace", "--db", db);

        assertThat(replaced.exitCode()).isEqualTo(2);
        assertThat(replaced.err()).contains("INC-20261104-RIDX is closed", "nothing was imported");
        assertThat(CliRun.of("show", "INC-20261104-RIDX", "--db", db).out())
                .contains("twelve minutes")
                .doesNotContain("fourteen");
        assertThat(CliRun.of("list", "--db", db).out()).doesNotContain("INC-20261104-OTHR");
    }
}
