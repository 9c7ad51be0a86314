package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.desktop.app.ConsolePreferences;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.ThrowawayPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team store's password, a distinctive string, never leaves the URI it was typed in: not in any command's output or
 * error, not in what HikariCP, Flyway or the driver log (captured at their finest level), not in exports, backups,
 * copies, {@code store info} or the console's remembered stores. A wrong one is exit 3 naming server, database and
 * user. {@code LIFEGUARD_DB} with {@code PGPASSWORD} or {@code ~/.pgpass} connects the CLI, in a process of its own.
 */
class TeamStorePasswordTest {

    private static final String PASSWORD = "Quokka-7731-tangerine";
    private static final String WRONG = "Wombat-2208-marmalade";
    private static final List<String> LOGGERS =
            List.of("", "com.zaxxer.hikari", "org.flywaydb", "org.postgresql", "dev.lifeguard");

    @TempDir
    Path dir;

    private final ConcurrentLinkedQueue<String> logged = new ConcurrentLinkedQueue<>();
    private final Map<String, Level> levelsBefore = new HashMap<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            // the formatted line holds the message with its parameters and the whole stack trace of a thrown error
            logged.add(formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private PostgresTarget database;
    private String uri;

    @BeforeEach
    void serverAndLogCapture() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        database = server.newDatabase("lg_secret_" + System.nanoTime() % 100_000, PASSWORD);
        uri = "postgresql://" + database.user() + ":" + PASSWORD + "@127.0.0.1:" + database.port() + "/"
                + database.database();
        capture.setLevel(Level.ALL);
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            levelsBefore.put(name, logger.getLevel());
            logger.setLevel(Level.ALL);
        }
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void restoreLogging() {
        Logger.getLogger("").removeHandler(capture);
        levelsBefore.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
    }

    @Test
    void wrongPassword_exitsThree_namingServerDatabaseAndUser_neverThePassword() {
        String wrongUri = uri.replace(PASSWORD, WRONG);
        for (List<String> command : List.of(
                List.of("list"),
                List.of("show", "INC-ANY"),
                List.of("store", "info"),
                List.of("demo"),
                List.of("review", "INC-ANY", "--to", "in-review"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--db", wrongUri));
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(3);
            assertThat(run.err())
                    .as(command.toString())
                    .contains("127.0.0.1:" + database.port(), "/" + database.database(), database.user())
                    .contains("wrong password")
                    .doesNotContain(WRONG)
                    .doesNotContain("\tat ");
            assertThat(run.out()).doesNotContain(WRONG);
        }
        assertThat(String.join("\n", logged)).doesNotContain(WRONG);
    }

    @Test
    void password_isNowhere_inOutput_errors_logs_exports_backups_copies_storeInfo_orPreferences() throws Exception {
        Path doc = Files.writeString(
                dir.resolve("note.md"),
                "# Password in a note\n\n**ID:** INC-20261120-NOTE\n**Severity:** SEV3\n"
                        + "**Started:** 2026-11-20T08:00:00Z\n\n## Summary\nA harmless incident.\n");
        List<List<String>> commands = List.of(
                List.of("demo", "--db", uri),
                List.of("import", doc.toString(), "--db", uri),
                List.of("list", "--db", uri),
                List.of("list", "--json", "--db", uri),
                List.of("show", "INC-20260312-LEAK", "--json", "--db", uri),
                List.of("show", "INC-20260312-LEAK", "--history", "--db", uri),
                List.of("store", "info", "--db", uri),
                List.of("review", "INC-20261120-NOTE", "--to", "in-review", "--as", "ann", "--db", uri),
                List.of(
                        "export",
                        "INC-20260312-LEAK",
                        "--format",
                        "md",
                        "--out",
                        dir.resolve("x.md") + "",
                        "--db",
                        uri),
                List.of(
                        "export",
                        "INC-20260312-LEAK",
                        "--format",
                        "html",
                        "--out",
                        dir.resolve("x.html") + "",
                        "--db",
                        uri),
                List.of(
                        "export",
                        "INC-20261120-NOTE",
                        "--format",
                        "json",
                        "--out",
                        dir.resolve("x.json") + "",
                        "--db",
                        uri),
                List.of("backup", "--to", dir.resolve("backup.db").toString(), "--db", uri),
                List.of(
                        "store",
                        "copy",
                        "--from",
                        uri,
                        "--to",
                        dir.resolve("copy.db").toString()),
                // failures: an unknown incident, a conflicting copy, a file that is not there
                List.of("show", "INC-NOPE", "--db", uri),
                List.of("store", "copy", "--from", dir.resolve("copy.db").toString(), "--to", uri),
                List.of("import", dir.resolve("missing.md").toString(), "--db", uri),
                List.of("list", "--db", uri + "?sslmode=bogus"));
        StringBuilder printed = new StringBuilder();
        for (List<String> command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = LifeguardCommand.run(new PrintWriter(out), new PrintWriter(err), command.toArray(String[]::new));
            printed.append(command.get(0))
                    .append(" exit ")
                    .append(code)
                    .append('\n')
                    .append(out)
                    .append(err);
        }

        assertThat(printed.toString())
                .contains("postgresql://" + database.user() + "@127.0.0.1:" + database.port())
                .contains("kind:           postgresql")
                .doesNotContain(PASSWORD);
        assertThat(logged).as("HikariCP and Flyway were heard").anyMatch(line -> line.contains("lifeguard-store-pg"));
        assertThat(String.join("\n", logged)).doesNotContain(PASSWORD);
        for (String file : List.of("x.md", "x.html", "x.json", "backup.db", "copy.db")) {
            assertThat(new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.ISO_8859_1))
                    .as(file)
                    .isNotEmpty()
                    .doesNotContain(PASSWORD);
        }

        Preferences node = Preferences.userRoot().node("/dev/lifeguard/test-password-" + System.nanoTime());
        try {
            ConsolePreferences preferences = new ConsolePreferences(node);
            preferences.addRecentStore(uri);
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            node.exportSubtree(saved);
            assertThat(preferences.recentStores()).hasSize(1);
            assertThat(preferences.recentStores().get(0))
                    .contains(database.database())
                    .doesNotContain(PASSWORD);
            assertThat(saved.toString(StandardCharsets.UTF_8)).doesNotContain(PASSWORD);
        } finally {
            node.removeNode();
        }
    }

    @Test
    void lifeguardDb_withPgpassword_orPgpass_connectsTheCli_inItsOwnProcess() throws Exception {
        String withoutPassword = uri.replace(":" + PASSWORD + "@", "@");
        Path home = Files.createDirectory(dir.resolve("home"));
        Path emptyHome = Files.createDirectory(dir.resolve("empty-home"));

        Launched viaEnvironment = launch(home, Map.of("LIFEGUARD_DB", withoutPassword, "PGPASSWORD", PASSWORD), "demo");
        Path pgpass = Files.writeString(
                home.resolve(".pgpass"),
                "127.0.0.1:" + database.port() + ":" + database.database() + ":" + database.user() + ":" + PASSWORD
                        + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Launched viaPgpass = launch(home, Map.of("LIFEGUARD_DB", withoutPassword), "list");
        Launched noPassword = launch(emptyHome, Map.of("LIFEGUARD_DB", withoutPassword), "list");

        assertThat(viaEnvironment.exitCode()).as(viaEnvironment.err()).isZero();
        assertThat(viaEnvironment.out()).contains("loaded 3 demo incident(s)");
        assertThat(viaPgpass.exitCode()).as(viaPgpass.err()).isZero();
        assertThat(viaPgpass.out()).contains("INC-20260312-LEAK", "INC-20260930-FLEET");
        assertThat(noPassword.exitCode()).isEqualTo(3);
        assertThat(noPassword.err()).contains("no password was given", database.user(), database.database());
        for (Launched run : List.of(viaEnvironment, viaPgpass, noPassword)) {
            assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
        }
    }

    private record Launched(int exitCode, String out, String err) {}

    /** The CLI in a JVM of its own, with {@code home} as its home folder and only {@code env} of the store settings. */
    private static Launched launch(Path home, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.lifeguard.desktop.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        for (String inherited : List.of("LIFEGUARD_DB", "PGPASSWORD", "PGPASSFILE", "PGUSER")) {
            builder.environment().remove(inherited);
        }
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish in 120 s: " + command);
        }
        return new Launched(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
