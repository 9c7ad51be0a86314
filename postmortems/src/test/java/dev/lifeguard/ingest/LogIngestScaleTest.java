package dev.lifeguard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.ingest.bench.SyntheticLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogIngestScaleTest {

    @Test
    void syntheticLog_spanningManyChunks_countsEveryLineAndTimeout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.log");
        SyntheticLog.Written written = SyntheticLog.write(file, 60_000, 7);
        assertThat(Files.size(file)).isGreaterThan(3L << 20); // crosses several 1 MiB chunks

        IngestResult result = Ingester.ingest(file, IngestOptions.defaults());

        assertThat(result.summary().linesRead()).isEqualTo(written.lines());
        assertThat(result.summary().recognised())
                .containsEntry("HikariCP connection timeout", written.timeoutLines())
                .containsEntry("HikariCP pool stats", written.statsLines());
        assertThat(result.summary().malformed()).isZero();
        assertThat(written.timeoutLines()).isPositive();
        // bursts every 10 minutes of log time: far fewer entries than timeouts
        assertThat(result.timeline()).hasSizeLessThan((int) written.timeoutLines());
        var samples = result.series().get(0).samples();
        // timeout lines carry pool counts too, so they add samples; the last one has counted every timeout
        assertThat(samples).hasSizeGreaterThan((int) written.statsLines());
        assertThat(samples.get(samples.size() - 1).timeoutsTotal()).isEqualTo(written.timeoutLines());
    }

    @Test
    void cancelledImport_stopsEarlyAndSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.log");
        SyntheticLog.Written written = SyntheticLog.write(file, 60_000, 11);
        AtomicLong reports = new AtomicLong();
        IngestMonitor cancelAfterFirstChunk = new IngestMonitor() {
            @Override
            public void progress(long bytesRead, long totalBytes) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= 1;
            }
        };

        IngestResult result = Ingester.ingest(file, IngestOptions.defaults().withMonitor(cancelAfterFirstChunk));

        assertThat(result.summary().cancelled()).isTrue();
        assertThat(result.summary().linesRead()).isPositive().isLessThan(written.lines());
        assertThat(result.summary().describe()).contains("CANCELLED");
    }
}
