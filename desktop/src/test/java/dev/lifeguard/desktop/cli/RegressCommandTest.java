package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.incident.json.LifeguardJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code regress} end to end over the demo library in a real SQLite store: the pool the slow-query incident had runs
 * out again (exit 1), the pool its sizing suggestion proposed survives (exit 0), a bad pool file is bad input (exit 2).
 */
class RegressCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("r.db").toString();
    }

    private String pool(String json) throws Exception {
        Path file = dir.resolve("pool-" + json.hashCode() + ".json");
        Files.writeString(file, json);
        return file.toString();
    }

    @Test
    void recordedPool_exhaustsAgain_exitOne_andSuggestedPool_survives_exitZero() throws Exception {
        assertThat(CliRun.of("demo", "--db", db()).exitCode()).isZero();

        CliRun own = CliRun.of(
                "regress",
                "--pool",
                pool("{\"kind\": \"hikari\", \"maximumPoolSize\": 20}"),
                "--service",
                "orders-api",
                "--json",
                "--db",
                db());
        assertThat(own.exitCode()).as(own.err()).isEqualTo(1);
        JsonNode doc = LifeguardJson.mapper().readTree(own.out());
        assertThat(doc.get("format").asText()).isEqualTo("lifeguard.regress/1");
        assertThat(doc.get("anyExhausts").asBoolean()).isTrue();
        JsonNode slow = doc.get("incidents").get(0);
        assertThat(slow.get("incidentId").asText()).isEqualTo("INC-20260604-SLOW");
        assertThat(slow.get("recordedTimeoutMs").asDouble()).isEqualTo(1_445_000.0);
        assertThat(slow.get("firstTimeoutMs").asDouble()).isBetween(1_448_345.0, 1_448_347.0);
        assertThat(doc.get("incidents").size()).isEqualTo(1);

        CliRun fixed = CliRun.of(
                "regress",
                "--pool",
                pool("{\"kind\": \"hikari\", \"maximumPoolSize\": 40}"),
                "--service",
                "orders-api",
                "--db",
                db());
        assertThat(fixed.exitCode()).as(fixed.err()).isZero();
        assertThat(fixed.out())
                .contains("INC-20260604-SLOW")
                .contains("survives")
                .contains("77%");
    }

    @Test
    void badPoolFile_isBadInput_namingTheFile() throws Exception {
        String file = pool("{\"kind\": \"hikari\", \"maximumPoolSize\": 0}");
        CliRun run = CliRun.of("regress", "--pool", file, "--db", db());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file);
    }
}
