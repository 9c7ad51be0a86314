package dev.lifeguard.poolsim.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.LifeguardJson;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.List;

/**
 * Changes one setting of a scenario by its key. Works on the scenario's JSON and reads it back, so the
 * edited scenario is validated exactly as a file would be (an impossible value is reported by name).
 */
public final class ScenarioEditor {

    /** Pool keys, as HikariCP and SQLAlchemy spell them. */
    public static final List<String> POOL_KEYS = List.of(
            "maximumPoolSize",
            "minimumIdle",
            "connectionTimeout",
            "idleTimeout",
            "maxLifetime",
            "keepaliveTime",
            "leakDetectionThreshold",
            "validationTimeout",
            "pool_size",
            "max_overflow",
            "pool_timeout",
            "pool_recycle");
    /** Every key a sweep may vary. */
    public static final List<String> KEYS = List.of(
            "maximumPoolSize",
            "minimumIdle",
            "connectionTimeout",
            "idleTimeout",
            "maxLifetime",
            "keepaliveTime",
            "leakDetectionThreshold",
            "validationTimeout",
            "pool_size",
            "max_overflow",
            "pool_timeout",
            "pool_recycle",
            "maxConnections",
            "instances",
            "rate",
            "users",
            "leakProbability",
            "connectionsPerRequest",
            "seed");

    private ScenarioEditor() {}

    /**
     * {@code scenario} with {@code key} set to {@code value}. {@code rate} sets every constant phase's rate,
     * {@code users} every closed phase's users.
     *
     * @throws IllegalArgumentException when the key does not apply to this scenario or the value is invalid
     */
    public static Scenario with(Scenario scenario, String key, double value) {
        if (scenario.pool() instanceof HikariPoolConfig hikari && value == Math.rint(value) && value >= 1) {
            // keep HikariCP's coupled settings consistent, as HikariConfig would: a fixed pool stays fixed,
            // minimumIdle is capped, validationTimeout stays below connectionTimeout
            try {
                if (key.equals("maximumPoolSize") && value <= Integer.MAX_VALUE) {
                    return scenario.withPool(hikari.withMaximumPoolSize((int) value));
                }
                if (key.equals("connectionTimeout")) {
                    return scenario.withPool(hikari.withConnectionTimeout((long) value));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--vary " + key + "=" + (long) value + ": " + e.getMessage(), e);
            }
        }
        ObjectNode root = (ObjectNode) LifeguardJson.mapper().valueToTree(scenario);
        if (POOL_KEYS.contains(key)) {
            ObjectNode pool = (ObjectNode) root.get("pool");
            if (!pool.has(key)) {
                throw new IllegalArgumentException("--vary " + key + ": the scenario's pool (kind "
                        + pool.path("kind").asText() + ") has no '" + key + "'; its keys: "
                        + String.join(", ", poolKeys(scenario)));
            }
            put(pool, key, value);
        } else if (key.equals("maxConnections") || key.equals("instances")) {
            put(objectAt(root, "database"), key, value);
        } else if (key.equals("leakProbability") || key.equals("connectionsPerRequest")) {
            put(objectAt(root, "request"), key, value);
        } else if (key.equals("seed")) {
            root.put("seed", (long) value);
        } else {
            String type = key.equals("rate") ? "constant" : "closed";
            int changed = 0;
            for (JsonNode phase : root.path("load").path("phases")) {
                if (type.equals(phase.path("type").asText())) {
                    put((ObjectNode) phase, key, value);
                    changed++;
                }
            }
            if (changed == 0) {
                throw new IllegalArgumentException("--vary " + key + ": the scenario has no " + type + " load phase");
            }
        }
        try {
            String json = LifeguardJson.mapper().writeValueAsString(root);
            return Scenarios.read(
                    "{\"format\":\"lifeguard.scenario/1\"," + json.substring(1), "--vary " + key + "=" + value);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario '" + scenario.name() + "'", e);
        }
    }

    /** The pool keys a sweep of {@code scenario} can vary: its pool kind's own, in {@link #POOL_KEYS} order. */
    public static List<String> poolKeys(Scenario scenario) {
        JsonNode pool = LifeguardJson.mapper().valueToTree(scenario.pool());
        return POOL_KEYS.stream().filter(pool::has).toList();
    }

    private static ObjectNode objectAt(ObjectNode root, String field) {
        JsonNode node = root.get(field);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return root.putObject(field);
    }

    private static void put(ObjectNode node, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(key, (long) value);
        } else {
            node.put(key, value);
        }
    }
}
