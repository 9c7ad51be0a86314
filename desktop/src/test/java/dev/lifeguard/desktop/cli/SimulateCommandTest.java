package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.poolsim.result.SeriesCsv;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @TempDir
    Path dir;

    private Path bundled(String name) throws IOException {
        return BundledScenarioFiles.write(dir, name);
    }

    @Test
    void simulate_exhaustionOnRealEngine_printsSummaryAndWritesReadableResultAndSeries() throws Exception {
        Path result = dir.resolve("out/result.json");
        Path series = dir.resolve("out/series.csv");

        CliRun run = CliRun.of(
                "simulate",
                bundled("exhaustion-test").toString(),
                "--engine",
                "real",
                "--out",
                result.toString(),
                "--series",
                series.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("hazard log: exhaustion test — engine real at speed 5")
                .contains("requests 35: served 30, timed out 5, errors 0")
                .contains("timeout: HikariPool-1 - Connection is not available, request timed out after")
                .contains("SLO NOT met:")
                .contains("maxTimeoutRate: 5 of 35 requests timed out");
        SimulationResult back =
                Documents.read(Files.readString(result), "result.json", Formats.RESULT, SimulationResult.class);
        assertThat(back.timeouts()).isEqualTo(5);
        assertThat(back.engine()).isEqualTo("real");
        List<String> rows = Files.readAllLines(series);
        assertThat(rows.get(0)).isEqualTo(SeriesCsv.HEADER);
        assertThat(rows).hasSize(back.series().samples().size() + 1);
        // Not a terminal: no progress bar in the captured error stream.
        assertThat(run.err()).isEmpty();
    }

    @Test
    void simulate_virtualEngine_runsTheSameScenario() throws Exception {
        CliRun run = CliRun.of("simulate", bundled("exhaustion-test").toString(), "--engine", "virtual");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("engine virtual").contains("requests 35: served 30, timed out 5");
    }

    @Test
    void simulate_badScenario_exitsTwoWithOneLineNamingTheField() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Scenarios.write(Scenarios.bundled("load-test")).replace("\"1m\"", "\"one minute\""));

        CliRun run = CliRun.of("simulate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("lifeguard: " + bad + ":")
                .contains("'one minute' is not a duration");
    }

    @Test
    void simulate_badSpeedOrEngine_exitsTwo() throws Exception {
        Path file = bundled("cleanup-test");

        CliRun speed = CliRun.of("simulate", file.toString(), "--speed", "0.5");
        CliRun engine = CliRun.of("simulate", file.toString(), "--engine", "quantum");

        assertThat(speed.exitCode()).isEqualTo(2);
        assertThat(speed.err()).contains("--speed").contains("between 1 and 10000");
        assertThat(engine.exitCode()).isEqualTo(2);
        assertThat(engine.err())
                .contains("no engine 'quantum'")
                .contains("real")
                .contains("virtual");
    }
}
