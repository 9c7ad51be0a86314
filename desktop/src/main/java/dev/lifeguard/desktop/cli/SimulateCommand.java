package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.SimulationException;
import dev.lifeguard.poolsim.bounds.RunBudget;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.exposition.ServedRun;
import dev.lifeguard.poolsim.result.ResultSummary;
import dev.lifeguard.poolsim.result.SeriesCsv;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code simulate SCENARIO.json [--engine real|virtual] [--speed N] [--out RESULT.json] [--series FILE.csv]}:
 * one run, a readable summary, and the result for other programs.
 */
@Command(
        name = "simulate",
        description = {
            "Run one scenario and print what happened.",
            "The real engine runs live HikariCP pools over a modelled SQLite database, time compressed by --speed;",
            "the virtual engine simulates the same requests in virtual time."
        })
public final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Parameters(paramLabel = "SCENARIO.json", description = "A lifeguard.scenario/1 file.")
    Path scenarioFile;

    @Option(
            names = "--engine",
            description = "real or virtual (default: " + EngineChoice.DEFAULT + ": deterministic and fast; real runs a"
                    + " live HikariCP pool).")
    String engine;

    @Option(
            names = "--speed",
            paramLabel = "N",
            description = "Real engine: compress time N-fold (default: the fastest speed with no distortion).")
    Double speed;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "RESULT.json",
            description = "Write the lifeguard.result/1 document.")
    Path out;

    @Option(names = "--series", paramLabel = "FILE.csv", description = "Write the pool's samples, one row per second.")
    Path series;

    @Option(
            names = "--serve-metrics",
            paramLabel = "HOST:PORT",
            description = {
                "While the run goes on, serve its pools' metrics in Prometheus text format (Micrometer's"
                        + " HikariCP names)",
                "at http://HOST:PORT/metrics, e.g. 127.0.0.1:9404 (port 0 picks one); loopback addresses only."
            })
    String serveMetrics;

    @Option(
            names = "--max-events",
            paramLabel = "N",
            description = {
                "Refuse scenarios estimated to need more than N simulated events (default: "
                        + RunBudget.DEFAULT_MAX_EVENTS + ", a few minutes at most).",
                "Memory is bounded separately, by half of Java's maximum heap (java -Xmx…)."
            })
    String maxEvents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioFiles.read(scenarioFile);
        SimulationEngine chosen = ScenarioFiles.engine(
                root.workbench().engines(), root.workbench().engines().nameFor(scenario, engine));
        RunBudget budget = ScenarioFiles.budget(maxEvents);
        ScenarioFiles.checkBounds(scenarioFile, scenario, budget, chosen.name());
        RunControl control = RunControl.defaults().budget(budget);
        try {
            control.speed(speed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--speed: " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        if (terminal) {
            control.progress((fraction, message) -> {
                int filled = (int) Math.round(fraction * 30);
                err.printf(
                        Locale.ROOT,
                        "\r[%s%s] %3.0f%% %s\u001b[K",
                        "#".repeat(filled),
                        " ".repeat(30 - filled),
                        fraction * 100,
                        message);
                err.flush();
            });
        }
        ServedRun served = serve(control, err);
        SimulationResult result;
        try {
            result = chosen.run(scenario, control);
        } catch (RunRefusedException e) {
            throw ScenarioFiles.refused(scenarioFile, e);
        } catch (SimulationException e) {
            err.println();
            err.println("lifeguard: " + e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            if (served != null) {
                served.close();
            }
            if (terminal) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ResultSummary.text(result));
        if (out != null) {
            ScenarioFiles.write(out, Documents.write(result, Formats.RESULT));
            stdout.println("wrote " + out);
        }
        if (series != null) {
            ScenarioFiles.write(series, SeriesCsv.write(result.series()));
            stdout.println("wrote " + series);
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /** Starts serving the run's metrics when {@code --serve-metrics} asks for it (nothing listens otherwise). */
    private ServedRun serve(RunControl control, PrintWriter err) {
        if (serveMetrics == null) {
            return null;
        }
        ServedRun served;
        try {
            served = ServedRun.start(serveMetrics, control);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        err.println("serving metrics on " + served.url());
        err.flush();
        return served;
    }
}
