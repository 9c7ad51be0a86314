package dev.lifeguard.tools.bootcapture;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * Starts, then runs a fixed plan against its own HikariCP pool (5 connections, 2 s connection timeout): a steady
 * trickle of short borrows throughout, and two bursts of 35 callers that each hold a connection for 1.5 s, so 5 are
 * served at once, 5 after 1.5 s and 25 time out after 2 s. {@code /actuator/prometheus} is scraped over HTTP once a
 * second; each scrape is saved as it was served, with the times in {@code scrapes.txt}.
 */
@SpringBootApplication
public class CaptureApplication {

    private static final int SCRAPES = 16;
    private static final Duration SCRAPE_EVERY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final ConfigurableApplicationContext context;
    private final Path out;
    private final int port;

    public CaptureApplication(
            DataSource dataSource,
            ConfigurableApplicationContext context,
            @Value("${capture.out}") String out,
            @Value("${server.port}") int port) {
        this.dataSource = dataSource;
        this.context = context;
        this.out = Path.of(out);
        this.port = port;
    }

    public static void main(String[] args) {
        SpringApplication.run(CaptureApplication.class, args);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void capture() {
        Thread runner = new Thread(this::runPlan, "capture-plan");
        runner.start();
    }

    private void runPlan() {
        int exit = 0;
        try {
            Files.createDirectories(out);
            HttpClient http = HttpClient.newHttpClient();
            // one scrape thrown away first: the endpoint's first answer is slow (servlet set-up), and the plan's
            // times should be the pool's, not Tomcat's
            scrape(http);
            ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
            ExecutorService callers = Executors.newCachedThreadPool();
            AtomicInteger timeouts = new AtomicInteger();
            clock.scheduleAtFixedRate(() -> callers.submit(() -> borrow(5, timeouts)), 0, 50, TimeUnit.MILLISECONDS);
            clock.schedule(() -> burst(callers, timeouts), 2500, TimeUnit.MILLISECONDS);
            clock.schedule(() -> burst(callers, timeouts), 8500, TimeUnit.MILLISECONDS);
            List<String> times = new ArrayList<>();
            long start = System.currentTimeMillis();
            for (int i = 0; i < SCRAPES; i++) {
                long due = start + i * SCRAPE_EVERY.toMillis();
                Thread.sleep(Math.max(0, due - System.currentTimeMillis()));
                long at = System.currentTimeMillis();
                String body = scrape(http);
                Files.writeString(out.resolve(String.format("scrape-%02d.prom", i)), body);
                times.add(String.format("scrape-%02d.prom %d", i, at));
            }
            clock.shutdownNow();
            callers.shutdown();
            callers.awaitTermination(10, TimeUnit.SECONDS);
            times.add("# timeouts seen by the callers: " + timeouts.get());
            Files.write(out.resolve("scrapes.txt"), times);
        } catch (IOException | InterruptedException e) {
            e.printStackTrace();
            exit = 1;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private String scrape(HttpClient http) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private void burst(ExecutorService callers, AtomicInteger timeouts) {
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 35; i++) {
            callers.submit(() -> {
                go.await();
                borrow(1500, timeouts);
                return null;
            });
        }
        go.countDown();
    }

    private void borrow(long holdMs, AtomicInteger timeouts) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
            Thread.sleep(holdMs);
        } catch (SQLException e) {
            timeouts.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
