package dev.lifeguard.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a seeded Spring Boot style application log: mostly ordinary request lines, with HikariCP pool-stats
 * lines every 30 s and timeouts (each followed by a short stack trace) in bursts. Returns what it wrote so
 * tests can check the importer's counts exactly.
 */
public final class SyntheticLog {

    /** The literal every timeout line carries, for {@code grep -c}. */
    public static final String TIMEOUT_SIGNATURE = "Connection is not available";

    /**
     * What was written.
     *
     * @param lines        lines in the file
     * @param timeoutLines lines holding a timeout with its own timestamp
     * @param statsLines   pool-stats lines
     */
    public record Written(long lines, long timeoutLines, long statsLines) {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private SyntheticLog() {}

    /** Writes about {@code lines} lines (a few more when a stack trace ends the file). */
    public static Written write(Path file, long lines, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime t = LocalDateTime.of(2026, 3, 14, 8, 0);
        long written = 0;
        long timeouts = 0;
        long stats = 0;
        long nextStatsMs = 0;
        long elapsedMs = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < lines) {
                long step = random.nextInt(20);
                elapsedMs += step;
                t = t.plusNanos(step * 1_000_000);
                String stamp = STAMP.format(t);
                boolean inBurst = (elapsedMs / 60_000) % 10 == 7;
                if (elapsedMs >= nextStatsMs) {
                    nextStatsMs += 30_000;
                    int active = inBurst ? 10 : random.nextInt(8);
                    out.write(stamp + " DEBUG 4242 --- [l-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        :"
                            + " HikariPool-1 - Before cleanup stats (total=10, active=" + active + ", idle="
                            + (10 - active) + ", waiting=" + (inBurst ? 5 : 0) + ")\n");
                    stats++;
                    written++;
                } else if (inBurst && random.nextInt(50) == 0) {
                    out.write(stamp + " ERROR 4242 --- [nio-8080-exec-" + random.nextInt(200)
                            + "] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - " + TIMEOUT_SIGNATURE
                            + ", request timed out after 30000ms (total=10, active=10, idle=0, waiting=5)\n");
                    out.write("\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:709)\n");
                    out.write("\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:188)\n");
                    timeouts++;
                    written += 3;
                } else {
                    out.write(stamp + "  INFO 4242 --- [nio-8080-exec-" + random.nextInt(200)
                            + "] c.e.shop.web.RequestLoggingFilter        : GET /api/orders/"
                            + random.nextInt(1_000_000) + " status=200 took " + random.nextInt(300) + "ms user="
                            + Long.toHexString(random.nextLong())
                            + "\n");
                    written++;
                }
            }
        }
        return new Written(written, timeouts, stats);
    }
}
