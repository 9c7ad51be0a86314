package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.bounds.RunBudget;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.sweep.Sweep;
import dev.lifeguard.poolsim.sweep.SweepAxis;
import dev.lifeguard.poolsim.sweep.SweepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sweep SCENARIO.json --vary KEY=FROM..TO[:STEP] …}: a scenario over a grid of settings. */
@Command(
        name = "sweep",
        description = {
            "Run a scenario over a grid of settings, in parallel, and print a table.",
            "Keys: maximumPoolSize, minimumIdle, connectionTimeout, pool_size, max_overflow, pool_timeout, rate, users,"
                    + " instances, maxConnections, leakProbability, connectionsPerRequest, seed, …"
        })
public final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Parameters(paramLabel = "SCENARIO.json", description = "A lifeguard.scenario/1 file.")
    Path scenarioFile;

    @Option(
            names = "--vary",
            required = true,
            paramLabel = "KEY=FROM..TO[:STEP]",
            description = "A setting and its values (also KEY=V1,V2,…); repeat for a grid, first varies slowest.")
    List<String> vary = new ArrayList<>();

    @Option(
            names = "--engine",
            defaultValue = EngineChoice.DEFAULT,
            description = "Engine for every point (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--threads", description = "Worker threads (default: all cores); the output does not depend on it.")
    Integer threads;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Also write the sweep: FILE.csv as CSV, anything else as lifeguard.sweep/1 JSON.")
    Path out;

    @Option(
            names = "--max-events",
            paramLabel = "N",
            description = "Refuse points estimated to need more than N simulated events each (default: "
                    + RunBudget.DEFAULT_MAX_EVENTS + ").")
    String maxEvents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioFiles.read(scenarioFile);
        List<SweepAxis> axes = new ArrayList<>();
        SweepResult result;
        try {
            for (String v : vary) {
                axes.add(SweepAxis.parse(v));
            }
            Sweep.grid(scenario, axes); // validate every point before the first run
            ScenarioFiles.engine(root.workbench().engines(), engine);
            int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            if (workers < 1) {
                throw new BadInputException("--threads must be ≥ 1, was " + workers);
            }
            RunControl control = RunControl.defaults()
                    .budget(ScenarioFiles.budget(maxEvents))
                    .progress((fraction, message) -> {
                        spec.commandLine().getErr().printf(Locale.ROOT, "\r%3.0f%% %s", fraction * 100, message);
                        spec.commandLine().getErr().flush();
                    });
            result = Sweep.run(
                    scenario, axes, () -> ScenarioFiles.engine(root.workbench().engines(), engine), workers, control);
            spec.commandLine().getErr().println();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(scenarioFile + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().print(result.table());
        if (out != null) {
            ScenarioFiles.write(
                    out, out.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? result.csv() : result.json());
            spec.commandLine().getOut().println("wrote " + out);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
