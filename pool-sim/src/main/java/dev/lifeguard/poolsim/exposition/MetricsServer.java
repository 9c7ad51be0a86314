package dev.lifeguard.poolsim.exposition;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.poolsim.TrackedThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A tiny HTTP server (the JDK's {@code com.sun.net.httpserver}) answering {@code GET /metrics} and
 * {@code GET /actuator/prometheus} with an exposition. It binds to a loopback address only: a simulator's
 * metrics have no business on a network, and nothing listens unless the user asked for it.
 */
public final class MetricsServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    /** The executor's threads, joined on close: an executor terminates before its last thread has exited. */
    private final TrackedThreads threads;

    private MetricsServer(HttpServer server, ExecutorService executor, TrackedThreads threads) {
        this.server = server;
        this.executor = executor;
        this.threads = threads;
    }

    /**
     * Starts serving {@code body} on {@code address} (port 0 picks a free port).
     *
     * @throws IllegalArgumentException when the address is not a loopback address
     * @throws UncheckedIOException     when the port cannot be bound (the message names it)
     */
    public static MetricsServer start(InetSocketAddress address, Supplier<String> body) {
        if (address.getAddress() == null || !address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException(
                    "--serve-metrics binds to loopback only (127.0.0.1 or [::1]), was " + address.getHostString());
        }
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot serve metrics on " + address.getHostString() + ":" + address.getPort() + ": "
                            + e.getMessage(),
                    e);
        }
        TrackedThreads threads = new TrackedThreads("lifeguard-metrics-server " + address.getPort());
        ExecutorService executor = Executors.newSingleThreadExecutor(threads);
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, body));
        server.start();
        return new MetricsServer(server, executor, threads);
    }

    private static void answer(HttpExchange exchange, Supplier<String> body) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.equals("/metrics") && !path.equals("/actuator/prometheus")) {
                reply(exchange, 404, "text/plain; charset=utf-8", "try /metrics\n");
            } else if (!exchange.getRequestMethod().equals("GET")
                    && !exchange.getRequestMethod().equals("HEAD")) {
                reply(exchange, 405, "text/plain; charset=utf-8", "GET only\n");
            } else {
                reply(exchange, 200, PrometheusText.CONTENT_TYPE, body.get());
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Parses {@code HOST:PORT} as given to {@code --serve-metrics} ({@code 127.0.0.1:9404}, {@code [::1]:0},
     * {@code localhost:9404}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static InetSocketAddress parseAddress(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(
                    "--serve-metrics wants HOST:PORT, e.g. 127.0.0.1:9404, was '" + text + "'");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--serve-metrics: '" + text.substring(colon + 1) + "' is not a port");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--serve-metrics: port must be 0..65535, was " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--serve-metrics: unknown host '" + host + "'");
        }
    }

    /** The port bound (useful after asking for port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The exposition URL, e.g. {@code http://127.0.0.1:40123/metrics}. */
    public URI url() {
        InetAddress host = server.getAddress().getAddress();
        String h = host.getHostAddress().contains(":") ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return URI.create("http://" + h + ":" + port() + "/metrics");
    }

    /** Stops listening and ends the server thread. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
            threads.join(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
