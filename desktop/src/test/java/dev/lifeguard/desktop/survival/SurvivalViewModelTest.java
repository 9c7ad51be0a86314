package dev.lifeguard.desktop.survival;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lifeguard.desktop.cli.LifeguardCommand;
import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.regress.RegressionSuite;
import dev.lifeguard.desktop.workbench.regress.ReplayOutcome;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.json.PoolFile;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's "Would this config have survived?" without the toolkit: the same store and pool give the same
 * outcomes as {@code regress --json} (one suite behind both), and a refused pool field blocks the run.
 */
class SurvivalViewModelTest {

    private static final String SLOW = "INC-20260604-SLOW";

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void demoStore() {
        db = dir.resolve("survival.db").toString();
        cli(0, "demo", "--db", db);
    }

    private static String cli(int exit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LifeguardCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isEqualTo(exit);
        return out.toString();
    }

    private static SurvivalViewModel model(SqliteIncidentStore store, InlineTaskExecutor executor) {
        return new SurvivalViewModel(store, executor, new MessageCenter(), new RegressionSuite(), 2);
    }

    @Test
    void sameStoreAndPool_sameOutcomesAsRegressJson() throws Exception {
        String pool = "{\"kind\": \"hikari\", \"maximumPoolSize\": 20, \"connectionTimeout\": 30000}";
        Path file = dir.resolve("pool-20.json");
        Files.writeString(file, pool);
        JsonNode doc = LifeguardJson.mapper()
                .readTree(
                        cli(1, "regress", "--pool", file.toString(), "--service", "orders-api", "--json", "--db", db));

        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            InlineTaskExecutor executor = new InlineTaskExecutor();
            SurvivalViewModel model = model(store, executor);
            model.load();
            assertThat(model.recordedPools())
                    .extracting(RecordedPool::incidentId)
                    .contains(SLOW);
            assertThat(model.services()).contains("orders-api");
            assertThat(model.usePoolText(pool)).isEmpty();
            model.serviceProperty().set("orders-api");
            model.run();

            List<ReplayOutcome> console = model.reportProperty().get().replays();
            assertThat(console).hasSize(doc.get("incidents").size()).hasSize(1);
            for (int i = 0; i < console.size(); i++) {
                ReplayOutcome o = console.get(i);
                JsonNode cli = doc.get("incidents").get(i);
                assertThat(o.incidentId()).isEqualTo(cli.get("incidentId").asText());
                assertThat(o.recordedTimeoutMs())
                        .isEqualTo(cli.get("recordedTimeoutMs").asDouble());
                assertThat(o.firstTimeoutMs())
                        .isEqualTo(cli.get("firstTimeoutMs").asDouble());
                assertThat(o.timeouts()).isEqualTo(cli.get("timeouts").asLong());
                assertThat(o.peakUtilization())
                        .isEqualTo(cli.get("peakUtilization").asDouble());
                assertThat(o.margin()).isEqualTo(cli.get("margin").asDouble());
                assertThat(o.recordedLoad()).isEqualTo(cli.get("recordedLoad").asText());
            }
            assertThat(model.reportProperty().get().proposed()).isEqualTo(PoolFile.read(pool, "cli"));
            SurvivalRow row = model.rows().get(0);
            assertThat(row.incident()).isEqualTo(SLOW);
            assertThat(row.recordedFirst()).isEqualTo("24m05s");
            assertThat(row.proposedFirst()).startsWith("24m08s (");
            assertThat(row.margin()).isEqualTo("0%");
            assertThat(model.verdictProperty().get()).isEqualTo("1 of 1 incidents would still exhaust the pool");
            assertThat(model.ranWithProperty().get())
                    .startsWith("Replayed with HikariCP maximumPoolSize 20, ")
                    .contains("connectionTimeout 30000")
                    .endsWith("; service orders-api");
        }
    }

    @Test
    void refusedField_staysMarked_andBlocksTheRun_untilFixed() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            InlineTaskExecutor executor = new InlineTaskExecutor();
            SurvivalViewModel model = model(store, executor);
            model.load();
            RecordedPool slow = model.recordedPools().stream()
                    .filter(p -> p.incidentId().equals(SLOW))
                    .findFirst()
                    .orElseThrow();
            model.use(slow);
            assertThat(model.settings()).extracting(s -> s.key()).contains("maximumPoolSize", "connectionTimeout");

            // HikariCP's own floor: a connectionTimeout under 250 ms is refused, as in the What-if lab.
            assertThat(model.edit("connectionTimeout", "100")).isPresent();
            assertThat(model.edit("maximumPoolSize", "ten")).contains("'ten' is not a number");
            int before = executor.executedCount();
            model.run();
            assertThat(executor.executedCount()).isEqualTo(before);
            assertThat(model.problemProperty().get())
                    .startsWith("Fix or revert the refused settings first: ")
                    .contains("maximumPoolSize = 'ten' rejected");
            assertThat(model.fields()
                            .text(model.settings().stream()
                                    .filter(s -> s.key().equals("maximumPoolSize"))
                                    .findFirst()
                                    .orElseThrow()))
                    .isEqualTo("ten");

            assertThat(model.edit("maximumPoolSize", "40")).isEmpty();
            model.fields().revert("connectionTimeout");
            assertThat(model.poolProperty().get()).isInstanceOf(HikariPoolConfig.class);
            assertThat(((HikariPoolConfig) model.poolProperty().get()).maximumPoolSize())
                    .isEqualTo(40);
            assertThat(model.fields().rejected()).isEmpty();
        }
    }

    @Test
    void unreadablePastedPool_saysWhere_andNothingIsProposed() {
        try (SqliteIncidentStore store = SqliteIncidentStore.open(Path.of(db))) {
            SurvivalViewModel model = model(store, new InlineTaskExecutor());
            assertThat(model.usePoolText("{\"kind\": \"hikari\", \"maximumPoolSize\": 0}"))
                    .isPresent();
            assertThat(model.problemProperty().get()).contains("pasted pool").contains("maximumPoolSize");
            assertThat(model.poolProperty().get()).isNull();
            model.run();
            assertThat(model.problemProperty().get()).startsWith("Choose a pool first");
        }
    }
}
