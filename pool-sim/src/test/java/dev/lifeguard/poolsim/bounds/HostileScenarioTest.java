package dev.lifeguard.poolsim.bounds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Issue #16: no input gives a stack trace or an out-of-memory error. Seeded scenarios built from hostile numbers
 * (0, −1, 1e9, 1e308, NaN, overflowing integers, huge durations) go through parsing and the estimate, and the
 * ones that pass are run on the virtual engine under a small budget: every failure must be a document error or a
 * refusal naming a field, one line each.
 */
class HostileScenarioTest {

    static final String[] NUMBERS = {
        "0",
        "-1",
        "1",
        "2",
        "7",
        "30",
        "1.5",
        "1e9",
        "1e10",
        "1e308",
        "-1e308",
        "4.9e-324",
        "2147483647",
        "2147483648",
        "9223372036854775807",
        "9223372036854775808",
        "\"NaN\"",
        "\"Infinity\"",
        "\"-Infinity\"",
        "null",
        "\"abc\"",
        "true"
    };
    static final String[] DURATIONS = {
        "\"0ms\"",
        "\"1us\"",
        "\"5ms\"",
        "\"1s\"",
        "\"30s\"",
        "\"10m\"",
        "\"24h\"",
        "\"10000h\"",
        "\"600000h\"",
        "\"640000h\"",
        "\"99999999999h\"",
        "\"-1s\"",
        "\"1e9h\"",
        "\"NaNs\"",
        "0",
        "null",
        "\"\""
    };
    static final String[] PROBABILITIES = {"0", "0.01", "0.5", "1", "-0.1", "1.5", "1e308", "\"NaN\"", "null"};

    private final SplittableRandom random = new SplittableRandom(16);

    @Test
    void hostileNumbers_throughParsingEstimateAndRun_giveOnlyFieldNamingErrors() {
        RunBudget small = new RunBudget(300_000, 256_000_000L);
        int parsed = 0;
        int refused = 0;
        int ran = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            String json = scenario();
            Scenario s;
            try {
                s = Scenarios.read(json, "hostile.json");
            } catch (DocumentException e) {
                expectOneLine(e.getMessage(), json, problems);
                assertThat(e.getMessage()).startsWith("hostile.json");
                continue;
            } catch (Throwable t) {
                problems.add("parsing threw " + t + "\n  " + json);
                continue;
            }
            parsed++;
            for (String engine : new String[] {VirtualEngine.NAME, RealEngine.NAME}) {
                try {
                    RunBounds.check(s, small, engine);
                    if (engine.equals(VirtualEngine.NAME) && ran < 150) {
                        ran++;
                        new VirtualEngine()
                                .run(s, RunControl.defaults().budget(small).wallLimit(Duration.ofSeconds(30)));
                    }
                } catch (RunRefusedException e) {
                    refused++;
                    expectOneLine(e.getMessage(), json, problems);
                    if (e.field().isBlank()) {
                        problems.add("refusal without a field: " + e.getMessage() + "\n  " + json);
                    }
                } catch (Throwable t) {
                    problems.add(engine + " threw " + t + "\n  " + json);
                }
            }
        }
        assertThat(problems).as("undeclared failures").isEmpty();
        // the generator reaches every stage
        assertThat(parsed).isGreaterThan(300);
        assertThat(refused).isGreaterThan(100);
        assertThat(ran).isEqualTo(150);
    }

    private static void expectOneLine(String message, String json, List<String> problems) {
        if (message == null || message.isBlank() || message.contains("\n")) {
            problems.add("message not one line: " + message + "\n  " + json);
        }
    }

    private String scenario() {
        StringJoiner top = new StringJoiner(", ", "{", "}");
        top.add("\"format\": \"lifeguard.scenario/1\"").add("\"name\": \"hostile\"");
        maybe(top, "seed", hostile("7"));
        maybe(top, "duration", pickDuration());
        top.add("\"pool\": " + pool());
        if (random.nextBoolean()) {
            top.add("\"database\": " + database());
        }
        StringJoiner phases = new StringJoiner(", ", "[", "]");
        for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
            phases.add(phase());
        }
        top.add("\"load\": {\"phases\": " + phases + "}");
        top.add("\"request\": " + request());
        return top.toString();
    }

    private String pool() {
        StringJoiner pool = new StringJoiner(", ", "{", "}");
        if (random.nextBoolean()) {
            pool.add("\"kind\": \"hikari\"");
            maybe(pool, "maximumPoolSize", pickSmall());
            maybe(pool, "minimumIdle", pickSmall());
            maybe(pool, "connectionTimeout", hostile("1000"));
            maybe(pool, "maxLifetime", hostile("60000"));
            maybe(pool, "idleTimeout", hostile("20000"));
        } else {
            pool.add("\"kind\": \"sqlalchemy\"");
            maybe(pool, "pool_size", pickSmall());
            maybe(pool, "max_overflow", pickSmall());
            maybe(pool, "pool_timeout", hostile("2"));
            maybe(pool, "pool_recycle", hostile("60"));
        }
        return pool.toString();
    }

    private String database() {
        StringJoiner db = new StringJoiner(", ", "{", "}");
        maybe(db, "maxConnections", hostile("100"));
        maybe(db, "instances", pickSmall());
        maybe(db, "connectLatency", pickDuration());
        if (random.nextInt(3) == 0) {
            db.add("\"events\": [{\"type\": \"restart\", \"at\": " + pickDuration() + ", \"duration\": "
                    + pickDuration() + "}]");
        }
        return db.toString();
    }

    private String phase() {
        StringJoiner phase = new StringJoiner(", ", "{", "}");
        switch (random.nextInt(5)) {
            case 0 -> {
                phase.add("\"type\": \"constant\"");
                maybe(phase, "rate", hostile("50"));
                maybe(phase, "duration", pickDuration());
            }
            case 1 -> {
                phase.add("\"type\": \"ramp\"");
                maybe(phase, "from", hostile("10"));
                maybe(phase, "to", hostile("80"));
                maybe(phase, "duration", pickDuration());
            }
            case 2 -> {
                phase.add("\"type\": \"burst\"");
                maybe(phase, "count", hostile("20"));
                maybe(phase, "at", pickDuration());
            }
            case 3 -> {
                phase.add("\"type\": \"closed\"");
                maybe(phase, "users", pickSmall());
                maybe(phase, "thinkTime", pickDuration());
                maybe(phase, "duration", pickDuration());
            }
            default -> {
                phase.add("\"type\": \"replay\"");
                phase.add("\"rates\": [" + hostile("40") + ", " + hostile("5") + "]");
                maybe(phase, "step", pickDuration());
            }
        }
        return phase.toString();
    }

    private String request() {
        StringJoiner request = new StringJoiner(", ", "{", "}");
        request.add("\"hold\": " + hold());
        maybe(request, "connectionsPerRequest", pickSmall());
        maybe(request, "leakProbability", random.nextInt(4) == 0 ? pick(PROBABILITIES) : "0");
        if (random.nextInt(4) == 0) {
            request.add("\"slow\": {\"fraction\": " + (random.nextInt(4) == 0 ? pick(PROBABILITIES) : "0.1")
                    + ", \"hold\": " + hold() + "}");
        }
        return request.toString();
    }

    private String hold() {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"dist\": \"constant\", \"value\": " + pickDuration() + "}";
            case 1 -> "{\"dist\": \"exponential\", \"mean\": " + pickDuration() + "}";
            case 2 -> "{\"dist\": \"lognormal\", \"p50\": " + pickDuration() + ", \"p99\": " + pickDuration() + "}";
            default -> "{\"dist\": \"empirical\", \"samples\": [" + pickDuration() + ", " + pickDuration() + "]}";
        };
    }

    /** Mostly a field, sometimes left out (the default applies). */
    private void maybe(StringJoiner object, String key, String value) {
        if (random.nextInt(5) != 0) {
            object.add("\"" + key + "\": " + value);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * One field in eight is hostile, the rest {@code sane}: a scenario has a dozen fields, so most scenarios carry
     * one or two hostile values and the later stages (estimate, run) see enough of them.
     */
    private String hostile(String sane) {
        return random.nextInt(8) == 0 ? pick(NUMBERS) : sane;
    }

    private String pickDuration() {
        return random.nextInt(8) == 0 ? pick(DURATIONS) : pick(new String[] {"\"5ms\"", "\"1s\"", "\"30s\"", "\"1m\""});
    }

    private String pickSmall() {
        return hostile(Integer.toString(1 + random.nextInt(40)));
    }
}
