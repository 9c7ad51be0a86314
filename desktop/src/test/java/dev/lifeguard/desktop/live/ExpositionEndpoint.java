package dev.lifeguard.desktop.live;

import com.sun.net.httpserver.HttpServer;
import dev.lifeguard.poolsim.exposition.ExposedPool;
import dev.lifeguard.poolsim.exposition.PrometheusText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real loopback endpoint serving one pool, {@code orders} (10 connections), in the exposition format the
 * simulator and Spring Boot use. Tests change its readings, or make it answer 503, while a watch polls it.
 */
public final class ExpositionEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-exposition-endpoint");
        t.setDaemon(true);
        return t;
    });
    private volatile ExposedPool orders = reading(4, 0, 0);
    private volatile boolean down;

    public ExpositionEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/metrics", exchange -> {
            byte[] body =
                    (down ? "maintenance" : PrometheusText.format(List.of(orders))).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", PrometheusText.CONTENT_TYPE);
            exchange.sendResponseHeaders(down ? 503 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The exposition URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics";
    }

    /** Serves {@code active} of 10 connections busy, {@code pending} threads waiting, {@code timeouts} so far. */
    public void serve(int active, int pending, long timeouts) {
        orders = reading(active, pending, timeouts);
    }

    /** Answers 503 until {@link #up()}. */
    public void down() {
        down = true;
    }

    /** Answers with the readings again. */
    public void up() {
        down = false;
    }

    private static ExposedPool reading(int active, int pending, long timeouts) {
        return new ExposedPool("orders", 10, active, 10 - active, pending, 10, 2, timeouts, 100L * active);
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
