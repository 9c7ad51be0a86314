package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {

    @TempDir
    Path dir;

    private String db(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void demo_thenList_showsTheThreeDemoIncidents() {
        CliRun demo = CliRun.of("demo", "--db", db("x.db"));
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("loaded 3 demo incident(s)");
        CliRun list = CliRun.of("list", "--db", db("x.db"));
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET", "[demo]");
        assertThat(CliRun.of("demo", "--db", db("x.db")).out()).contains("(already there)");
    }

    @Test
    void showJson_roundTripsThroughImportUnchanged() throws Exception {
        CliRun.of("demo", "--db", db("a.db"));
        CliRun shown = CliRun.of("show", "INC-20260604-SLOW", "--json", "--db", db("a.db"));
        assertThat(shown.exitCode()).isZero();
        Path file = Files.writeString(dir.resolve("slow.json"), shown.out());
        CliRun imported = CliRun.of("import", file.toString(), "--db", db("b.db"));
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out().strip()).isEqualTo("INC-20260604-SLOW");
        assertThat(CliRun.of("show", "INC-20260604-SLOW", "--json", "--db", db("b.db"))
                        .out())
                .isEqualTo(shown.out());
        assertThat(CliRun.of("export", "INC-20260604-SLOW", "--format", "json", "--db", db("b.db"))
                        .out())
                .isEqualTo(shown.out());
        // Importing the same document again changes nothing and says so.
        CliRun again = CliRun.of("import", file.toString(), "--db", db("b.db"));
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("unchanged");
    }

    @Test
    void import_badFile_exits2WithFileLineAndField_andImportsNothing() throws Exception {
        CliRun.of("demo", "--db", db("a.db"));
        String good = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("a.db"))
                .out();
        Path ok = Files.writeString(dir.resolve("ok.json"), good);
        Path bad = Files.writeString(
                dir.resolve("bad.json"), good.replace("\"kind\" : \"trigger\"", "\"kind\" : \"oops\""));
        CliRun run = CliRun.of("import", ok.toString(), bad.toString(), "--db", db("c.db"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("lifeguard: " + bad)
                .contains("timeline[0].kind", "'oops'")
                .doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(CliRun.of("list", "--db", db("c.db")).out()).contains("no incidents");
    }

    @Test
    void import_differentContentForExistingId_needsReplace() throws Exception {
        CliRun.of("demo", "--db", db("a.db"));
        String json = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("a.db"))
                .out();
        Path edited = Files.writeString(dir.resolve("e.json"), json.replace("export job leaked", "batch job leaked"));
        CliRun refused = CliRun.of("import", edited.toString(), "--db", db("a.db"));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists (revision 1)", "--replace");
        assertThat(CliRun.of("import", edited.toString(), "--replace", "--db", db("a.db"))
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("show", "INC-20260312-LEAK", "--db", db("a.db")).out())
                .contains("batch job leaked", "revision 2");
    }

    @Test
    void unknownIdAndMissingFile_exit2WithOneLine() {
        CliRun missing = CliRun.of("show", "INC-NOPE", "--db", db("x.db"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no incident 'INC-NOPE'");
        CliRun noFile = CliRun.of("import", dir.resolve("nope.json").toString(), "--db", db("x.db"));
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("nope.json", "no such file");
        CliRun badOption = CliRun.of("list", "--colour", "--db", db("x.db"));
        assertThat(badOption.exitCode()).isEqualTo(2);
    }

    @Test
    void listJson_andSearch() throws Exception {
        CliRun.of("demo", "--db", db("x.db"));
        String json = CliRun.of("list", "--json", "--db", db("x.db")).out();
        assertThat(json).contains("\"id\" : \"INC-20260930-FLEET\"", "\"demo\" : true");
        assertThat(CliRun.of("list", "--search", "max_connections", "--db", db("x.db"))
                        .out())
                .contains("INC-20260930-FLEET")
                .doesNotContain("INC-20260312-LEAK");
        assertThat(CliRun.of("demo", "--remove", "--db", db("x.db")).out()).contains("removed 3");
    }

    @Test
    void readOnlyCommands_onAMissingStore_sayKindlySo_andCreateNothing() {
        Path mistyped = dir.resolve("mistyped/dir/x.db");
        CliRun list = CliRun.of("list", "--db", mistyped.toString());
        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains("no store at", "does not exist", "nothing was created");
        assertThat(dir.resolve("mistyped")).doesNotExist();
        CliRun show = CliRun.of("show", "INC-X", "--db", db("never.db"));
        assertThat(show.exitCode()).isEqualTo(2);
        assertThat(show.err()).contains("no store at");
        assertThat(CliRun.of("list", "--db", db("never.db")).out()).contains("no incidents");
        assertThat(dir.resolve("never.db")).doesNotExist();
    }

    @Test
    void everyReadOnlyCommand_onAMissingFile_exits2_namesIt_andCreatesNothing() throws Exception {
        String never = db("never.db");
        Path pool = Files.writeString(dir.resolve("pool.json"), "{\"kind\": \"hikari\", \"maximumPoolSize\": 40}");
        List<List<String>> commands = List.of(
                List.of("show", "INC-X"),
                List.of(
                        "export",
                        "INC-X",
                        "--format",
                        "md",
                        "-o",
                        dir.resolve("x.md").toString()),
                List.of("suggest", "INC-X"),
                List.of("trends"),
                List.of(
                        "export-trends",
                        "--format",
                        "md",
                        "-o",
                        dir.resolve("review.md").toString()),
                List.of("regress", "--pool", pool.toString()),
                List.of("store", "info"),
                List.of("backup", "--to", dir.resolve("copy.db").toString()));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--db", never));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", command)).contains("no store at " + never);
            assertThat(Path.of(never))
                    .as(String.join(" ", command) + " created the store")
                    .doesNotExist();
        }
        assertThat(dir.resolve("x.md")).doesNotExist();
        assertThat(dir.resolve("review.md")).doesNotExist();
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }

    @Test
    void postgresUri_isNeverTakenForAFile_andItsPasswordIsNeverPrinted() {
        CliRun run = CliRun.of("list", "--db", "postgresql://lg:hunter2@127.0.0.1:1/lifeguard");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("postgresql://lg@127.0.0.1:1/lifeguard").doesNotContain("hunter2");
        assertThat(Path.of("postgresql:")).doesNotExist();
        CliRun bad = CliRun.of("list", "--db", "postgresql://lg:hunter2@db:port/lifeguard");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("port 'port' is not a number").doesNotContain("hunter2");
    }

    @Test
    void showHistory_andStoreInfo() throws Exception {
        CliRun.of("demo", "--db", db("h.db"));
        String json = CliRun.of("show", "INC-20260312-LEAK", "--json", "--db", db("h.db"))
                .out();
        Path edited = Files.writeString(dir.resolve("h.json"), json.replace("export job leaked", "batch job leaked"));
        assertThat(CliRun.of("import", edited.toString(), "--replace", "--db", db("h.db"))
                        .exitCode())
                .isZero();
        CliRun history = CliRun.of("show", "INC-20260312-LEAK", "--history", "--db", db("h.db"));
        assertThat(history.exitCode()).isZero();
        assertThat(history.out().lines().toList()).hasSize(3);
        assertThat(history.out()).contains("(created)", System.getProperty("user.name"));
        assertThat(history.out().lines().toList().get(2)).startsWith("2 ");
        CliRun info = CliRun.of("store", "info", "--db", db("h.db"));
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("kind:           sqlite", "schema version: 3", "incidents:      3");
    }

    @Test
    void storeCopy_movesEveryIncidentWithHistoryUnchanged() {
        CliRun.of("demo", "--db", db("src.db"));
        CliRun copy = CliRun.of("store", "copy", "--from", db("src.db"), "--to", db("dst.db"));
        assertThat(copy.exitCode()).isZero();
        assertThat(copy.out()).contains("copied 3 incident(s)");
        for (String id : List.of("INC-20260312-LEAK", "INC-20260604-SLOW", "INC-20260930-FLEET")) {
            assertThat(CliRun.of("show", id, "--json", "--db", db("dst.db")).out())
                    .isEqualTo(CliRun.of("show", id, "--json", "--db", db("src.db"))
                            .out());
            assertThat(CliRun.of("show", id, "--history", "--db", db("dst.db")).out())
                    .isEqualTo(CliRun.of("show", id, "--history", "--db", db("src.db"))
                            .out());
        }
        CliRun again = CliRun.of("store", "copy", "--from", db("src.db"), "--to", db("dst.db"));
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already in");
    }
}
