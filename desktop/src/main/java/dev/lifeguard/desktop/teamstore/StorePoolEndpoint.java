package dev.lifeguard.desktop.teamstore;

import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.incident.store.PoolStats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * This console's own store pool as a Prometheus endpoint on loopback, so the Live view watches it like any other
 * HikariCP pool: {@code hikaricp_connections_active}, {@code _idle}, {@code _pending}, {@code _max} and the total,
 * read from the pool's MXBean at each scrape. Bound to 127.0.0.1 on a free port; nothing is exposed elsewhere.
 */
public final class StorePoolEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService scrapes = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lifeguard-store-pool-metrics");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param pool    the pool's connections now (the store's {@code poolStats})
     * @param maximum the pool's maximumPoolSize
     * @param name    the pool's label value
     */
    public StorePoolEndpoint(Supplier<PoolStats> pool, int maximum, String name) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store pool's metrics endpoint on loopback", e);
        }
        server.createContext("/metrics", exchange -> {
            byte[] body = text(pool.get(), maximum, name).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(scrapes);
        server.start();
    }

    /** The Prometheus text for one reading, with HikariCP's metric names as Micrometer exports them. */
    static String text(PoolStats s, int maximum, String name) {
        String label = "{pool=\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        return "# TYPE hikaricp_connections gauge\nhikaricp_connections" + label + " " + s.total() + "\n"
                + "# TYPE hikaricp_connections_active gauge\nhikaricp_connections_active" + label + " " + s.active()
                + "\n# TYPE hikaricp_connections_idle gauge\nhikaricp_connections_idle" + label + " " + s.idle() + "\n"
                + "# TYPE hikaricp_connections_pending gauge\nhikaricp_connections_pending" + label + " " + s.waiting()
                + "\n# TYPE hikaricp_connections_max gauge\nhikaricp_connections_max" + label + " " + maximum + "\n";
    }

    /** The URL the Live view watches. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics";
    }

    @Override
    public void close() {
        server.stop(0);
        scrapes.shutdownNow();
    }
}
