package dev.lifeguard.poolsim.demo;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The demo library whose pool metrics come from the virtual engine: each incident's story is a
 * bundled scenario ({@code dev/lifeguard/poolsim/demo/*.json}), run deterministically and laid on the
 * incident's clock. The incidents' words come from {@link DemoLibrary}; only their series are replaced. Loading them
 * into a store is the desktop's use case (its workbench), not this module's.
 */
public final class SimulatedDemo {

    /** How each demo incident's series is made: scenarios run one after another, and which pool to keep. */
    private record Recipe(List<String> scenarios, int instance, Duration step) {}

    private static final Map<String, Recipe> RECIPES = Map.of(
            "INC-20260312-LEAK", new Recipe(List.of("leak", "leak-after-rollback"), -1, Duration.ofSeconds(10)),
            "INC-20260604-SLOW", new Recipe(List.of("slow-queries"), -1, Duration.ofSeconds(5)),
            // Pod 11 started after the scale-out, when the database had 4 connections left for it.
            "INC-20260930-FLEET", new Recipe(List.of("fleet", "fleet-after-cap"), -1, Duration.ofSeconds(15)));

    private SimulatedDemo() {}

    /** The demo incidents with simulated series (about a second of work; run it off the UI thread). */
    public static List<Incident> incidents() {
        return incidents(id -> true);
    }

    /** The demo incidents whose id {@code wanted} accepts, with simulated series; only those are simulated. */
    public static List<Incident> incidents(Predicate<String> wanted) {
        List<Incident> incidents = new ArrayList<>();
        for (Incident sketch : DemoLibrary.incidents()) {
            if (!wanted.test(sketch.id())) {
                continue;
            }
            Recipe recipe = RECIPES.get(sketch.id());
            incidents.add(recipe == null || sketch.metrics().isEmpty() ? sketch : simulated(sketch, recipe));
        }
        return incidents;
    }

    private static Incident simulated(Incident sketch, Recipe recipe) {
        PoolMetricSeries original = sketch.metrics().get(0);
        Instant start = original.start().orElseThrow();
        List<PoolMetricSeries> runs = new ArrayList<>();
        for (String name : recipe.scenarios()) {
            SimulationResult result = new VirtualEngine().run(scenario(name), RunControl.defaults());
            runs.add(
                    recipe.instance() < 0
                            ? result.series()
                            : result.instanceSeries().get(recipe.instance()));
        }
        PoolMetricSeries series = SeriesSplice.join(
                original.pool(),
                "simulation:virtual demo/" + String.join("+", recipe.scenarios()),
                start,
                recipe.step(),
                runs);
        return sketch.toBuilder().metrics(List.of(series)).build();
    }

    /** The figures a reviewer checks: served, timeouts, acquire p99, peak utilization. */
    public static String figures(SimulationResult r) {
        return String.format(
                Locale.ROOT,
                "%d of %d requests served, %d timeouts, acquire p99 %.1f ms, peak" + " utilization %.0f %%",
                r.served(),
                r.requests(),
                r.timeouts(),
                r.acquireMs().p99(),
                r.utilization().max() * 100);
    }

    /** The bundled demo scenario {@code name} (e.g. {@code slow-queries-indexed}). */
    public static Scenario scenario(String name) {
        String resource = name + ".json";
        try (InputStream in = SimulatedDemo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo scenario missing: " + resource);
            }
            return Scenarios.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "demo/" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("demo scenario is invalid: " + e.getMessage(), e);
        }
    }
}
