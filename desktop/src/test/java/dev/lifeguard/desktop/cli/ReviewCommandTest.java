package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void review_followsTheRules_andTheSignOffIsExported() {
        String db = dir.resolve("r.db").toString();
        CliRun.of("demo", "--db", db);
        String id = "INC-20260604-SLOW"; // a draft
        CliRun skip = CliRun.of("review", id, "--to", "reviewed", "--as", "bob", "--db", db);
        assertThat(skip.exitCode()).isEqualTo(2);
        assertThat(skip.err()).contains("skips In review: state a reason");

        assertThat(CliRun.of("review", id, "--to", "in-review", "--as", "ann", "--db", db)
                        .out())
                .contains("Draft → In review by ann");
        CliRun self = CliRun.of("review", id, "--to", "reviewed", "--as", "ann", "--db", db);
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err()).contains("reviewer must be someone other than the author (ann)");
        assertThat(CliRun.of("review", id, "--to", "reviewed", "--as", "bob", "--db", db)
                        .exitCode())
                .isZero();

        CliRun md = CliRun.of("export", id, "--format", "md", "--template", "sre", "--db", db);
        assertThat(md.out()).contains("**Signed off:** bob, ");
        assertThat(CliRun.of("show", id, "--history", "--db", db).out()).contains("ann", "bob", "reviewStatus");
        assertThat(CliRun.of("review", id, "--to", "nonsense", "--db", db).exitCode())
                .isEqualTo(2);
    }
}
