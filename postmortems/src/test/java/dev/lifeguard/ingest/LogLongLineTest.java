package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.TimelineEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLongLineTest {

    private static final String TIMEOUT = " ERROR 1 --- [x] o.h.e.j.s.SqlExceptionHelper : HikariPool-1 -"
            + " Connection is not available, request timed out after 30000ms.";

    @Test
    void lineLongerThanOneRead_isReadWhole_andOneOverTheLimitIsSkippedAndCounted(@TempDir Path dir) throws Exception {
        StringBuilder log = new StringBuilder();
        log.append("2026-03-14 10:00:00.000  INFO 1 --- [main] c.e.App : started\n");
        // 300 kB: several reads long, well under the 1 MiB line limit
        log.append("2026-03-14 10:00:01.000")
                .append(TIMEOUT)
                .append(" ")
                .append("x".repeat(300_000))
                .append('\n');
        // 1.5 MiB: over the limit, skipped; the lines after it are still read and numbered
        log.append("y".repeat(1_500_000)).append('\n');
        log.append("2026-03-14 10:05:00.000").append(TIMEOUT).append('\n');
        Path file = dir.resolve("long.log");
        Files.writeString(file, log, StandardCharsets.US_ASCII);

        IngestResult result = Ingester.ingest(file, IngestOptions.defaults());

        assertThat(result.summary().linesRead()).isEqualTo(4);
        assertThat(result.summary().malformed()).isEqualTo(1);
        assertThat(result.summary().malformedExamples())
                .containsExactly("line 3: line longer than 1048576 bytes skipped");
        assertThat(result.summary().recognised()).containsEntry("HikariCP connection timeout", 2L);
        assertThat(result.timeline())
                .extracting(TimelineEntry::source)
                .containsExactly("log:long.log:2", "log:long.log:4");
        assertThat(result.timeline())
                .extracting(TimelineEntry::at)
                .containsExactly(
                        OffsetDateTime.parse("2026-03-14T10:00:01Z"), OffsetDateTime.parse("2026-03-14T10:05:00Z"));
    }
}
