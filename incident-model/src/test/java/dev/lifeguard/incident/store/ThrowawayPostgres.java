package dev.lifeguard.incident.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server for tests, one per JVM: {@code initdb} into a temp folder (as the {@code postgres} user
 * when running as root), {@code pg_ctl start} on a free loopback port, stopped at JVM exit. Each caller gets a
 * fresh database. Null when no server binary is installed (the tests then skip, saying why).
 */
public final class ThrowawayPostgres {

    public static final String USER = "lg";
    public static final String PASSWORD = "throwaway-pw";

    private static ThrowawayPostgres instance;
    private static int databases;

    private final Path bin;
    private final Path dir;
    private final int port;

    private ThrowawayPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** A server of the caller's own (to stop and restart), stopped at JVM exit; null when not installed. */
    public static ThrowawayPostgres startOwn() throws Exception {
        Path bin = findBin();
        if (bin == null) {
            return null;
        }
        Path dir = Files.createTempDirectory("lifeguard-pg-own");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ThrowawayPostgres server = new ThrowawayPostgres(bin, dir, port);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** The shared server, started on first use; null when PostgreSQL is not installed. */
    public static synchronized ThrowawayPostgres get() throws Exception {
        if (instance == null) {
            Path bin = findBin();
            if (bin == null) {
                return null;
            }
            Path dir = Files.createTempDirectory("lifeguard-pg");
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            ThrowawayPostgres server = new ThrowawayPostgres(bin, dir, port);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            instance = server;
        }
        return instance;
    }

    private static Path findBin() throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/local/bin")));
        Path lib = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(lib)) {
            try (var versions = Files.list(lib)) {
                versions.sorted().map(v -> v.resolve("bin")).forEach(candidates::add);
            }
        }
        return candidates.stream()
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .findFirst()
                .orElse(null);
    }

    private void start() throws Exception {
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-U",
                        USER,
                        "--pwfile=" + dir.resolve("pw"),
                        "--auth=scram-sha-256",
                        "-E",
                        "UTF8",
                        "--no-sync"),
                true);
        startServer();
    }

    /** Starts the stopped server again, same data and port. */
    public void startServer() throws Exception {
        run(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        dir.resolve("data").toString(),
                        "-w",
                        "-l",
                        dir.resolve("log").toString(),
                        "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + dir
                                + " -c fsync=off"),
                true,
                "start");
    }

    public void stop() {
        try {
            run(
                    List.of(
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            dir.resolve("data").toString(),
                            "-m",
                            "immediate",
                            "-w"),
                    true,
                    "stop");
        } catch (Exception e) {
            // the JVM is exiting anyway
        }
    }

    /** A new empty database's target, with the right password. */
    public synchronized PostgresTarget newDatabase() throws Exception {
        String name = "lg_test_" + (++databases);
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, PASSWORD);
                var st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return new PostgresTarget("127.0.0.1", port, name, USER, PASSWORD, Map.of());
    }

    /**
     * A new empty database owned by a new login role {@code user} with {@code password} (both made of letters,
     * digits, {@code -} and {@code _}, so they need no quoting), for tests about one password in particular.
     */
    public synchronized PostgresTarget newDatabase(String user, String password) throws Exception {
        if (!user.matches("[a-z_][a-z0-9_]*") || !password.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("test role names and passwords are plain words");
        }
        String name = "lg_test_" + (++databases);
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, PASSWORD);
                var st = c.createStatement()) {
            st.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
            st.execute("CREATE DATABASE " + name + " OWNER " + user);
        }
        return new PostgresTarget("127.0.0.1", port, name, user, password, Map.of());
    }

    public int port() {
        return port;
    }

    private void run(List<String> command, boolean asPostgres, String... extra) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres && isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        full.addAll(List.of(extra));
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", full) + "\n" + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
