package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.bounds.RunBudget;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.sizing.CheckOutcome;
import dev.lifeguard.poolsim.sizing.ScenarioCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check SCENARIO.json}: the CI gate. Exit 0 when the SLO holds, 1 with a report when not, 2 on bad input. */
@Command(
        name = "check",
        description = {
            "Run a scenario and judge it against its SLO (a CI gate).",
            "Exit 0: the SLO holds. 1: it does not (the report says which clause and by how much). 2: bad input."
        })
public final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Parameters(paramLabel = "SCENARIO.json", description = "A lifeguard.scenario/1 file with an 'slo'.")
    Path scenarioFile;

    @Option(
            names = "--engine",
            defaultValue = EngineChoice.DEFAULT,
            description = "Engine (default: ${DEFAULT-VALUE}: deterministic and fast, so CI results repeat).")
    String engine;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "RESULT.json",
            description = "Also write the lifeguard.result/1 document.")
    Path out;

    @Option(
            names = "--max-events",
            paramLabel = "N",
            description = "Refuse scenarios estimated to need more than N simulated events (default: "
                    + RunBudget.DEFAULT_MAX_EVENTS + ").")
    String maxEvents;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario scenario = ScenarioFiles.read(scenarioFile);
        SimulationEngine chosen = ScenarioFiles.engine(root.workbench().engines(), engine);
        RunBudget budget = ScenarioFiles.budget(maxEvents);
        // refused at once, before the gate runs: a scenario that cannot finish must not hang CI
        ScenarioFiles.checkBounds(scenarioFile, scenario, budget, chosen.name());
        CheckOutcome outcome;
        try {
            outcome = ScenarioCheck.run(scenario, chosen, RunControl.defaults().budget(budget));
        } catch (RunRefusedException e) {
            throw ScenarioFiles.refused(scenarioFile, e);
        }
        spec.commandLine().getOut().print(outcome.text());
        if (out != null) {
            ScenarioFiles.write(out, Documents.write(outcome.result(), Formats.RESULT));
        }
        spec.commandLine().getOut().flush();
        return outcome.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
