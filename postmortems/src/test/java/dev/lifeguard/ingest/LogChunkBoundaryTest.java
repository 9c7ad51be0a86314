package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogChunkBoundaryTest {

    /**
     * The importer reads 64 KiB at a time into chunks of up to 1 MiB: a record header ending exactly at either
     * size puts its stack trace at the start of the next read.
     */
    @ParameterizedTest
    @ValueSource(ints = {1 << 16, 1 << 20})
    void stackTraceLineOpeningTheNextChunk_takesTheTimestampOfTheRecordInThePreviousChunk(int chunk, @TempDir Path dir)
            throws Exception {
        StringBuilder log = new StringBuilder();
        String filler = "2026-03-14 09:59:59.000  INFO 1 --- [main] c.e.Filler : ";
        int lines = 0;
        // filler lines up to 76 bytes short of the chunk, then a 76-byte record header ending exactly there
        while (log.length() + 200 <= chunk - 76) {
            log.append(filler).append("x".repeat(100 - filler.length() - 1)).append('\n');
            lines++;
        }
        int last = chunk - 76 - log.length(); // 100..199 bytes: one filler line makes the header end on the boundary
        log.append(filler).append("x".repeat(last - filler.length() - 1)).append('\n');
        lines++;
        String header = "2026-03-14 10:00:00.500 ERROR 1 --- [x] Servlet : failed";
        header = header + " ".repeat(75 - header.length());
        log.append(header).append('\n');
        lines++;
        assertThat(log.length()).isEqualTo(chunk);
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
