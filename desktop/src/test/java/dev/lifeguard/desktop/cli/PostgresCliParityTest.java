package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.ThrowawayPostgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command of {@link LifeguardCommand} that takes {@code --db} (a test checks none is missed; {@code watch} has
 * its own, as its scrapes race its alerts), run with the same inputs on an SQLite file and
 * on a throwaway PostgreSQL server: the same exit codes, the same output (only the store's own name differs) and the
 * same incidents stored afterwards. Besides the store's name, only what is not the store's to decide is masked: the
 * history's save times (the commands run on a fixed clock, the saves on the wall clock), the random ids of attached
 * runs, and the few outputs each script names with its reason. Over 300 lines: one script per command, kept in one
 * place so that the coverage check and the scripts cannot drift apart.
 */
class PostgresCliParityTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final Pattern INSTANT =
            Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d))( *)");
    /** Attached runs get random ids ({@code RUN-} and 8 hex digits) on either store. */
    private static final Pattern RUN_ID = Pattern.compile("RUN-[0-9a-f]{8}");

    private static final String LEAK = "INC-20260312-LEAK";
    private static final String SLOW = "INC-20260604-SLOW";

    @TempDir
    static Path inputs;

    @TempDir
    Path work;

    /**
     * One command's script: steps run in order, {db}, {in} and {out} filled in per store; {@code masked} are
     * patterns of output that differ by nature, each with its reason where the script is made.
     */
    record Script(String command, List<List<String>> steps, List<String> masked) {
        @Override
        public String toString() {
            return command;
        }
    }

    @BeforeAll
    static void inputFiles() throws Exception {
        Files.writeString(inputs.resolve("checkout-outage.md"), """
                # Checkout outage: pool drained by a stuck report query

                **ID:** INC-20261002-CHKO
                **Severity:** SEV2
                **Services:** checkout-api, reporting
                **Started:** 2026-10-02T08:15:00Z
                **Resolved:** 2026-10-02T09:05:00Z

                ## Summary
                A nightly report held 18 of 20 pooled connections for forty minutes; checkout requests timed out.

                ## Root cause
                The report query lost its index after a migration and ran a sequential scan inside a transaction.

                ## Timeline
                - 08:15 Alert: checkout p99 above 5 s
                - 08:31 Report job killed, pool recovers
                - 09:05 Resolved

                ## Action items
                - [ ] Give reporting its own pool (owner: dana, due: 2026-11-01)
                - [ ] Statement timeout for report queries
                """);
        Files.writeString(inputs.resolve("pool-metrics.csv"), """
                time,pool,active,idle,pending,max,timeouts
                2026-03-12T09:00:00Z,orders,4,6,0,10,0
                2026-03-12T09:01:00Z,orders,9,1,2,10,0
                2026-03-12T09:02:00Z,orders,10,0,7,10,3
                2026-03-12T09:03:00Z,orders,6,4,0,10,3
                """);
        Files.writeString(
                inputs.resolve("checkout-outage-edited.md"),
                Files.readString(inputs.resolve("checkout-outage.md"))
                        .replace("forty minutes", "forty-two minutes")
                        .replace("Statement timeout", "A 30 s statement timeout"));
        Files.writeString(inputs.resolve("pool.json"), "{\"kind\": \"hikari\", \"maximumPoolSize\": 40}");
    }

    static Stream<Script> commands() {
        List<String> demo = List.of("demo", "--db", "{db}");
        return Stream.of(
                script("demo", demo, List.of("demo", "--db", "{db}"), List.of("demo", "--remove", "--db", "{db}")),
                script(
                        "list",
                        demo,
                        List.of("list", "--db", "{db}"),
                        List.of("list", "--json", "--db", "{db}"),
                        List.of("list", "--search", "leak", "--db", "{db}"),
                        List.of("list", "--search", "connect", "--db", "{db}"),
                        List.of("list", "--search", "nothing-matches-this", "--db", "{db}")),
                script(
                        "show",
                        demo,
                        List.of("show", LEAK, "--db", "{db}"),
                        List.of("show", SLOW, "--json", "--db", "{db}"),
                        List.of("show", LEAK, "--history", "--db", "{db}"),
                        List.of("show", "INC-NOPE", "--db", "{db}")),
                script(
                        "review",
                        demo,
                        List.of("review", LEAK, "--to", "in-review", "--as", "ann", "--db", "{db}"),
                        List.of("review", LEAK, "--to", "reviewed", "--as", "bob", "--db", "{db}"),
                        List.of("review", LEAK, "--to", "closed", "--as", "bob", "--db", "{db}"),
                        List.of("review", SLOW, "--to", "closed", "--as", "bob", "--db", "{db}"),
                        List.of("review", LEAK, "--to", "nonsense", "--db", "{db}")),
                new Script(
                        "store info",
                        List.of(demo, List.of("store", "info", "--db", "{db}")),
                        // what kind of store it is and its size on disk are what the command reports
                        List.of("(?m)^kind: .*$", "(?m)^size: .*$")),
                script(
                        "store copy",
                        demo,
                        List.of("store", "copy", "--from", "{db}", "--to", "{out}/copy.db"),
                        List.of("list", "--db", "{out}/copy.db"),
                        List.of("store", "copy", "--from", "{out}/copy.db", "--to", "{db}")),
                script(
                        "import",
                        List.of("import", "{in}/checkout-outage.md", "--db", "{db}"),
                        List.of("import", "{in}/checkout-outage.md", "--db", "{db}"),
                        List.of("import", "{in}/checkout-outage-edited.md", "--db", "{db}"),
                        List.of("import", "{in}/checkout-outage-edited.md", "--replace", "--db", "{db}"),
                        List.of("import", "{in}/checkout-outage.md", "--dry-run", "--db", "{db}"),
                        List.of("show", "INC-20261002-CHKO", "--history", "--db", "{db}"),
                        List.of("import", "{in}/missing.md", "--db", "{db}"),
                        List.of("list", "--db", "{db}")),
                script(
                        "export",
                        demo,
                        List.of("export", LEAK, "--format", "md", "--db", "{db}"),
                        List.of("export", SLOW, "--format", "html", "--db", "{db}"),
                        List.of("export", LEAK, "--format", "json", "--db", "{db}"),
                        List.of("export", LEAK, "--format", "md", "--template", "sre", "--db", "{db}"),
                        List.of("export", "INC-NOPE", "--format", "md", "--db", "{db}")),
                script(
                        "suggest",
                        demo,
                        List.of("suggest", LEAK, "--no-simulation", "--db", "{db}"),
                        List.of("suggest", SLOW, "--no-simulation", "--db", "{db}"),
                        List.of("suggest", LEAK, "--no-simulation", "--accept", "leak-detection", "--db", "{db}"),
                        List.of("suggest", SLOW, "--no-simulation", "--dismiss", "alert-rules", "--db", "{db}"),
                        List.of("show", LEAK, "--history", "--db", "{db}")),
                script(
                        "ingest",
                        demo,
                        List.of("ingest", "{in}/pool-metrics.csv", "--incident", LEAK, "--dry-run", "--db", "{db}"),
                        List.of("ingest", "{in}/pool-metrics.csv", "--incident", LEAK, "--db", "{db}"),
                        List.of("ingest", "{in}/pool-metrics.csv", "--incident", "INC-NOPE", "--db", "{db}")),
                new Script(
                        "backup",
                        List.of(
                                demo,
                                List.of("backup", "--to", "{out}/backup.db", "--db", "{db}"),
                                List.of("list", "--db", "{out}/backup.db"),
                                List.of("show", LEAK, "--history", "--db", "{out}/backup.db"),
                                List.of("backup", "--to", "{out}/backup.db", "--db", "{db}")),
                        // an online backup copies the file's pages as they are; a team store's copy is written anew
                        List.of("[\\d,]+ bytes")),
                script("trends", demo, List.of("trends", "--db", "{db}"), List.of("trends", "--json", "--db", "{db}")),
                script(
                        "export-trends",
                        demo,
                        List.of("export-trends", "--format", "csv", "--db", "{db}"),
                        List.of("export-trends", "--format", "json", "--db", "{db}")),
                new Script(
                        "regress",
                        List.of(
                                demo,
                                List.of(
                                        "regress",
                                        "--pool",
                                        "{in}/pool.json",
                                        "--service",
                                        "orders-api",
                                        "--db",
                                        "{db}")),
                        // progress lines follow the simulations' threads, whichever finishes first
                        List.of("(?m)(^regress: \\d+ %\n)+")));
    }

    @SafeVarargs
    private static Script script(String command, List<String>... steps) {
        return new Script(command, List.of(steps), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void command_onPostgres_printsAndStoresWhatItDoesOnAFile(Script script) throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        Path fileOut = Files.createDirectory(work.resolve("file"));
        Path serverOut = Files.createDirectory(work.resolve("server"));
        String file = fileOut.resolve("library.db").toString();
        PostgresTarget database = server.newDatabase();
        String uri = "postgresql://" + ThrowawayPostgres.USER + ":" + ThrowawayPostgres.PASSWORD + "@127.0.0.1:"
                + database.port() + "/" + database.database();

        String onFile = transcript(script, file, fileOut, List.of(file));
        String onServer = transcript(script, uri, serverOut, List.of(uri, database.display()));

        assertThat(onServer).isEqualTo(onFile);
        assertThat(contents(uri, List.of(uri, database.display()))).isEqualTo(contents(file, List.of(file)));
    }

    @Test
    void everyCommandTakingDb_isRunHere() {
        Set<String> takingDb = new TreeSet<>();
        commandsTakingDb(new CommandLine(new LifeguardCommand(new Workbench(CLOCK))), "", takingDb);
        Set<String> covered = commands().map(Script::command).collect(Collectors.toCollection(TreeSet::new));
        covered.add("watch"); // watchDeclare_onPostgres_declaresWhatItDeclaresOnAFile

        assertThat(takingDb).contains("list", "show", "watch", "store info");
        assertThat(covered).containsAll(takingDb);
    }

    private static void commandsTakingDb(CommandLine command, String prefix, Set<String> names) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            String name = (prefix + " " + sub.getKey()).strip();
            if (sub.getValue().getCommandSpec().findOption("--db") != null) {
                names.add(name);
            }
            commandsTakingDb(sub.getValue(), name, names);
        }
    }

    @Test
    void watchDeclare_onPostgres_declaresWhatItDeclaresOnAFile() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "no PostgreSQL server binary (initdb, pg_ctl) installed: skipped");
        PostgresTarget database = server.newDatabase();
        String uri = "postgresql://" + ThrowawayPostgres.USER + ":" + ThrowawayPostgres.PASSWORD + "@127.0.0.1:"
                + database.port() + "/" + database.database();
        String file = work.resolve("watch.db").toString();

        // How many scrapes land before the alert depends on timing, so the stored series is not compared; the
        // declaration, the incident's identity and what the alert said are.
        List<String> onFile = watchDeclare(file, List.of(file));
        List<String> onServer = watchDeclare(uri, List.of(uri, database.display()));

        assertThat(onServer).isEqualTo(onFile);
        assertThat(onFile.get(0)).isEqualTo("exit 1");
        assertThat(onFile).anyMatch(line -> line.startsWith("declared INC-20261120-WTCH"));
    }

    private static List<String> watchDeclare(String db, List<String> storeNames) throws Exception {
        AtomicInteger scrapes = new AtomicInteger();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/metrics", exchange -> {
            // every scrape adds a timeout: the default rule 'new_timeouts > 0' is critical from the second scrape
            byte[] body = ("hikaricp_connections_active{pool=\"orders\"} 3\n"
                            + "hikaricp_connections_max{pool=\"orders\"} 10\n"
                            + "hikaricp_connections_timeout_total{pool=\"orders\"} " + scrapes.incrementAndGet()
                            + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
        CliRun watch;
        try {
            watch = run(
                    "watch",
                    "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/metrics",
                    "--interval",
                    "100ms",
                    "--exit-on",
                    "critical",
                    "--declare",
                    "--id",
                    "INC-20261120-WTCH",
                    "--title",
                    "Orders pool timeouts seen by the watch",
                    "--for",
                    "60s",
                    "--db",
                    db);
        } finally {
            endpoint.stop(0);
        }
        List<String> seen = new ArrayList<>();
        seen.add("exit " + watch.exitCode());
        List<String> lines = watch.out().lines().toList();
        seen.add(lines.stream()
                .filter(line -> line.contains(" CRITICAL "))
                .findFirst()
                .orElse("no alert"));
        lines.stream().filter(line -> line.startsWith("declared ")).forEach(seen::add);
        lines.stream()
                .filter(line -> line.contains(": saved with "))
                .map(line -> line.replaceAll("\\d+ samples, \\d+ timeline entries \\(revision \\d+\\)", "<counts>"))
                .forEach(seen::add);
        seen.add(run("list", "--db", db).out());
        JsonNode incident = LifeguardJson.mapper()
                .readTree(run("show", "INC-20261120-WTCH", "--json", "--db", db).out());
        for (String field : List.of("id", "title", "severity", "status", "services", "startedAt", "detectedAt")) {
            seen.add(field + ": " + incident.get(field));
        }
        seen.add("first timeline entry: " + incident.get("timeline").get(0));
        return seen.stream()
                .map(line -> normalise(line, storeNames, Path.of("")))
                .toList();
    }

    private static String transcript(Script script, String db, Path out, List<String> storeNames) {
        StringBuilder text = new StringBuilder();
        for (List<String> step : script.steps()) {
            List<String> args = new ArrayList<>();
            for (String arg : step) {
                args.add(arg.replace("{db}", db)
                        .replace("{in}", inputs.toString())
                        .replace("{out}", out.toString()));
            }
            CliRun run = run(args.toArray(String[]::new));
            text.append("$ ").append(String.join(" ", step)).append('\n');
            text.append("exit ").append(run.exitCode()).append('\n');
            text.append(run.out()).append("--- stderr\n").append(run.err());
        }
        String normalised = normalise(text.toString(), storeNames, out);
        for (String pattern : script.masked()) {
            normalised = normalised.replaceAll(pattern, "<masked>");
        }
        return normalised;
    }

    /** Everything stored: the list, and each incident whole with its history. */
    private static String contents(String db, List<String> storeNames) throws Exception {
        StringBuilder text = new StringBuilder(run("list", "--json", "--db", db).out());
        JsonNode list = LifeguardJson.mapper().readTree(text.toString());
        for (JsonNode incident : list) {
            String id = incident.get("id").asText();
            text.append(run("show", id, "--json", "--db", db).out());
            text.append(run("show", id, "--history", "--db", db).out());
        }
        return normalise(text.toString(), storeNames, Path.of(""));
    }

    private static String normalise(String text, List<String> storeNames, Path out) {
        String result = text;
        for (String name : storeNames) {
            result = result.replace(name, "<store>");
        }
        if (!out.toString().isEmpty()) {
            result = result.replace(out.toString(), "<out>");
        }
        result = RUN_ID.matcher(result).replaceAll("RUN-<random>");
        // The fixed clock dates everything the commands make; an instant after it is a save's own wall-clock time.
        return INSTANT.matcher(result)
                .replaceAll(match ->
                        OffsetDateTime.parse(match.group(1)).toInstant().isAfter(CLOCK.instant())
                                ? (match.group(4).isEmpty() ? "<saved-at>" : "<saved-at> ")
                                : match.group());
    }

    private static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(new Workbench(CLOCK), new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
