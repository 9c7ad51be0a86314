package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE…} saves all of its files or none, and a same-id race ends in a clear refusal. */
class ImportBatchTest {

    @TempDir
    Path dir;

    private String demoJson(String id, String title) {
        String db = dir.resolve("demo.db").toString();
        if (!Files.exists(dir.resolve("demo.db"))) {
            CliRun.of("demo", "--db", db);
        }
        return CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db)
                .out()
                .replace("INC-20260312-LEAK", id)
                .replace("\"demo\" : true", "\"demo\" : false")
                .replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"" + title + "\"");
    }

    private List<String> batch(int n, String prefix) throws Exception {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(Files.writeString(dir.resolve(prefix + i + ".json"), demoJson("INC-BATCH-" + i, "batch " + i))
                    .toString());
        }
        return files;
    }

    @Test
    void import_badDocumentLateInBatch_exits2AndSavesNothing() throws Exception {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(batch(11, "good"));
        args.add(Files.writeString(dir.resolve("late.md"), " \n").toString());
        args.addAll(List.of("--db", dir.resolve("b.db").toString()));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("late.md", "empty");
        assertThat(run.out()).isEmpty();
        assertThat(CliRun.of("list", "--db", dir.resolve("b.db").toString()).out())
                .contains("no incidents");
    }

    @Test
    void import_conflictLateInBatch_exits2WithReplaceHintAndSavesNothing() throws Exception {
        String db = dir.resolve("c.db").toString();
        Path stored = Files.writeString(dir.resolve("stored.json"), demoJson("INC-BATCH-11", "stored"));
        assertThat(CliRun.of("import", stored.toString(), "--db", db).exitCode())
                .isZero();
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(batch(11, "new"));
        args.add(Files.writeString(dir.resolve("other.json"), demoJson("INC-BATCH-11", "other"))
                .toString());
        args.addAll(List.of("--db", db));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("INC-BATCH-11 already exists (revision 1)", "--replace", "nothing was imported");
        assertThat(CliRun.of("list", "--json", "--db", db).out())
                .contains("INC-BATCH-11")
                .doesNotContain("INC-BATCH-0\"");
    }

    @Test
    void import_sameIdAtOnce_oneSavesTheOtherExits2WithReplaceHint() throws Exception {
        for (int round = 0; round < 6; round++) {
            String db = dir.resolve("race" + round + ".db").toString();
            // The store exists before the race, as a user's library does (list no longer creates one).
            CliRun.of("demo", "--db", db);
            Path a = Files.writeString(dir.resolve("a" + round + ".json"), demoJson("INC-RACE-" + round, "writer a"));
            Path b = Files.writeString(dir.resolve("b" + round + ".json"), demoJson("INC-RACE-" + round, "writer b"));
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(() -> race(start, a, db));
            CompletableFuture<CliRun> second = CompletableFuture.supplyAsync(() -> race(start, b, db));
            List<CliRun> runs = List.of(first.get(), second.get());

            assertThat(runs).extracting(CliRun::exitCode).containsExactlyInAnyOrder(0, 2);
            CliRun loser =
                    runs.stream().filter(r -> r.exitCode() == 2).findFirst().orElseThrow();
            assertThat(loser.err()).contains("INC-RACE-" + round + " already exists (revision 1)", "--replace");
            String winner = runs.get(0).exitCode() == 0 ? "writer a" : "writer b";
            assertThat(CliRun.of("show", "INC-RACE-" + round, "--db", db).out()).contains(winner);
        }
    }

    private static CliRun race(CyclicBarrier start, Path file, String db) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return CliRun.of("import", file.toString(), "--db", db);
    }
}
