package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogChunkBoundaryTest {

    /** The importer reads 1 MiB chunks. */
    private static final int CHUNK = 1 << 20;

    @Test
    void stackTraceLineOpeningTheNextChunk_takesTheTimestampOfTheRecordInThePreviousChunk(@TempDir Path dir)
            throws Exception {
        StringBuilder log = new StringBuilder();
        String filler = "2026-03-14 09:59:59.000  INFO 1 --- [main] c.e.Filler : ";
        int lines = 0;
        // 100-byte filler lines up to 76 bytes short of the chunk, then a 76-byte record header ending exactly there
        while (log.length() + 100 <= CHUNK - 76) {
            log.append(filler).append("x".repeat(100 - filler.length() - 1)).append('\n');
            lines++;
        }
        String header = "2026-03-14 10:00:00.500 ERROR 1 --- [x] Servlet : failed";
        header = header + " ".repeat(75 - header.length());
        log.append(header).append('\n');
        lines++;
        assertThat(log.length()).isEqualTo(CHUNK);
        log.append("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available,"
                + " request timed out after 30000ms.\n");
        log.append("\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n");
        Path file = dir.resolve("boundary.log");
        Files.writeString(file, log, StandardCharsets.US_ASCII);

        IngestResult result = Ingester.ingest(file, IngestOptions.defaults());
        int headerLine = lines;

        assertThat(result.summary().malformed()).isZero();
        assertThat(result.summary().linesRead()).isEqualTo(headerLine + 2);
        assertThat(result.timeline()).singleElement().satisfies((TimelineEntry e) -> {
            assertThat(e.at()).isEqualTo(OffsetDateTime.parse("2026-03-14T10:00:00.500Z"));
            assertThat(e.source()).isEqualTo("log:boundary.log:" + (headerLine + 1));
        });
    }
}
