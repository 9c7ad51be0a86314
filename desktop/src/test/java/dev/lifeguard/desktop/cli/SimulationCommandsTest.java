package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationCommandsTest {

    @TempDir
    Path dir;

    private Path bundled(String name) throws IOException {
        return BundledScenarioFiles.write(dir, name);
    }

    @Test
    void simulate_scenarioLongerThanFiveMinutes_defaultsToTheVirtualEngine() throws IOException {
        CliRun run = CliRun.of("simulate", bundled("stress-test").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("engine virtual");
    }

    @Test
    void check_sloHolds_exitsZero() throws IOException {
        CliRun run = CliRun.of("check", bundled("stress-test").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("PASS hazard log: stress test (engine virtual");
    }

    @Test
    void check_sloBroken_exitsOneSayingWhichClauseAndByHowMuch() throws IOException {
        Path result = dir.resolve("out/result.json");
        CliRun run = CliRun.of("check", bundled("exhaustion-test").toString(), "--out", result.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("FAIL")
                .contains("failed maxTimeoutRate (value 14.29 %, limit 0.00 %): 5 of 35 requests timed out");
        assertThat(Files.readString(result)).contains("\"format\" : \"lifeguard.result/1\"");
    }

    @Test
    void check_badFile_exitsTwoNamingTheField() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(
                bad,
                "{\"format\":\"lifeguard.scenario/1\",\"name\":\"x\",\"pool\":{\"kind\":\"hikari\","
                        + "\"maximumPoolSize\":0},\"load\":{\"phases\":[{\"type\":\"burst\",\"count\":1}]},"
                        + "\"request\":{\"hold\":{\"dist\":\"constant\",\"value\":\"1s\"}}}");
        CliRun run = CliRun.of("check", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.json").contains("maximumPoolSize");
    }

    @Test
    void sweep_poolSizes_printsATableAndWritesCsv() throws IOException {
        Path csv = dir.resolve("sweep.csv");
        CliRun run = CliRun.of(
                "sweep",
                bundled("exhaustion-test").toString(),
                "--vary",
                "maximumPoolSize=30..40:5",
                "--out",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).limit(3))
                .extracting(line -> line.trim().split("\\s+")[2])
                .containsExactly("5", "0", "0");
        assertThat(Files.readAllLines(csv)).hasSize(4).first().asString().startsWith("maximumPoolSize,requests");
    }

    @Test
    void sweep_hikariKeyOnASqlalchemyPool_exitsTwoListingThePoolsOwnKeys() throws IOException {
        CliRun run = CliRun.of("sweep", bundled("load-test").toString(), "--vary", "maximumPoolSize=10..20:5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("the scenario's pool (kind sqlalchemy) has no 'maximumPoolSize'; its keys:"
                        + " pool_size, max_overflow, pool_timeout, pool_recycle");
        CliRun ok = CliRun.of("sweep", bundled("load-test").toString(), "--vary", "pool_size=10..20:10");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @Test
    void sweep_unknownKey_exitsTwo() throws IOException {
        CliRun run = CliRun.of("sweep", bundled("stress-test").toString(), "--vary", "poolsize=1..3");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown key 'poolsize'");
    }

    @Test
    void size_rateAndHold_recommendsAConfirmedPool() {
        CliRun run = CliRun.of("size", "--rate", "200", "--hold", "50ms", "--timeout", "1s", "--slo-p99", "20ms");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("closed form")
                .contains("virtual engine")
                .contains("recommendation")
                .contains("margin            acquire p99");
    }

    @Test
    void size_theIssuesCase_recommendsAPoolAboveTheOldGiveUpPoint() {
        CliRun run = CliRun.of("size", "--rate", "1000", "--hold", "2s", "--timeout", "30s");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String recommendation = run.out()
                .lines()
                .filter(l -> l.startsWith("recommendation"))
                .findFirst()
                .orElseThrow();
        int size = Integer.parseInt(recommendation.replaceAll("^recommendation\\s+(\\d+) connections.*", "$1"));
        assertThat(size).isGreaterThan(2564);
        assertThat(run.out())
                .contains("virtual engine    " + size + " connections:")
                .contains("SLO met")
                .contains("one fewer (" + (size - 1) + ")");
    }

    @Test
    void size_boundBelowTheAnswer_exitsTwoNamingTheBound() {
        CliRun run = CliRun.of("size", "--rate", "1000", "--hold", "2s", "--timeout", "30s", "--max-size", "2510");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no pool up to 2510 connections meets the SLO in simulation (--max-size 2510)");
    }

    @Test
    void check_fleetOverMaxConnections_exitsOneNamingMaxErrorRateAndTheOvercommit() throws IOException {
        Path fleet = dir.resolve("fleet.json");
        Files.writeString(
                fleet,
                "{\"format\":\"lifeguard.scenario/1\",\"name\":\"fleet\",\"pool\":{\"kind\":"
                        + "\"sqlalchemy\",\"pool_size\":10,\"max_overflow\":5,\"pool_timeout\":30},\"database\":"
                        + "{\"maxConnections\":40,\"instances\":3},"
                        + "\"load\":{\"phases\":[{\"type\":\"burst\",\"count\":45}]},"
                        + "\"request\":{\"hold\":{\"dist\":\"constant\",\"value\":\"2s\"}},\"duration\":\"10s\"}");
        CliRun run = CliRun.of("check", fleet.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("FAIL fleet")
                .contains("failed maxErrorRate (value 11.11 %, limit 0.00 %): 5 of 45 requests failed")
                .contains("failed fleetOvercommit (value 45 connections, limit 40 connections)");
        Path allowed = dir.resolve("allowed.json");
        Files.writeString(
                allowed,
                Files.readString(fleet)
                        .replace("\"instances\":3", "\"instances\":3,\"allowFleetOvercommit\":true")
                        .replace("\"duration\"", "\"slo\":{\"maxErrorRate\":0.2},\"duration\""));
        CliRun ok = CliRun.of("check", allowed.toString());
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("warning: fleet overcommit accepted (allowFleetOvercommit)");
    }

    @Test
    void size_missingHold_exitsTwo() {
        CliRun run = CliRun.of("size", "--rate", "200");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rate and --hold are required");
    }
}
