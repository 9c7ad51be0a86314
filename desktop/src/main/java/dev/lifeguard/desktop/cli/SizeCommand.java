package dev.lifeguard.desktop.cli;

import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.bounds.RunBudget;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.scenario.Slo;
import dev.lifeguard.poolsim.sizing.SizeAdvisor;
import dev.lifeguard.poolsim.sizing.SizeReport;
import dev.lifeguard.poolsim.sizing.SizeRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code size --rate R --hold H [--timeout T] [SLO options]} or {@code size SCENARIO.json}: pool sizing advice. */
@Command(
        name = "size",
        description = {
            "The smallest pool meeting an SLO: from the M/M/c+D closed form, confirmed on"
                    + " the virtual engine, with the margin.",
            "Without SLO options the objective is: no timeouts and at most 80 %% utilization.",
            "When the simulation misses, the pool grows (doubling steps, then bisection) until it meets the"
                    + " SLO or reaches"
                    + " the bound (--max-size), which the answer then names."
        })
public final class SizeCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "SCENARIO.json",
            arity = "0..1",
            description = "Take rate (peak constant/ramp), hold, timeout and SLO from a scenario instead.")
    Path scenarioFile;

    @Option(names = "--rate", paramLabel = "R", description = "Peak getConnection calls per second.")
    Double rate;

    @Option(names = "--hold", paramLabel = "H", description = "Mean connection hold time, e.g. 20ms (exponential).")
    String hold;

    @Option(
            names = "--timeout",
            paramLabel = "T",
            defaultValue = "30s",
            description = "connectionTimeout / pool_timeout (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--slo-p99", paramLabel = "D", description = "Acquire p99 objective, e.g. 50ms.")
    String sloP99;

    @Option(
            names = "--max-timeout-rate",
            paramLabel = "X",
            description = "Largest share of requests that may time out.")
    Double maxTimeoutRate;

    @Option(names = "--max-utilization", paramLabel = "U", description = "Largest busy share of the pool, 0..1.")
    Double maxUtilization;

    @Option(
            names = "--max-events",
            paramLabel = "N",
            description = "Refuse confirming simulations estimated to need" + " more than N simulated events (default: "
                    + RunBudget.DEFAULT_MAX_EVENTS + ").")
    String maxEvents;

    @Option(
            names = "--max-size",
            paramLabel = "N",
            description = "Simulate no pool larger than N (default: 4 × the"
                    + " closed form's answer, at least 64 more); the answer names this bound when no pool up"
                    + " to it meets the"
                    + " SLO.")
    Integer maxSize;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SizeRequest request;
        try {
            if (scenarioFile != null) {
                if (rate != null || hold != null) {
                    throw new BadInputException("size: give either SCENARIO.json or --rate and --hold, not both");
                }
                request = SizeRequest.of(ScenarioFiles.read(scenarioFile));
            } else {
                if (rate == null || hold == null) {
                    throw new BadInputException("size: --rate and --hold are required (or give SCENARIO.json)");
                }
                Slo slo = sloP99 == null && maxTimeoutRate == null && maxUtilization == null
                        ? new Slo(null, 0.0, 0.8)
                        : new Slo(
                                sloP99 == null ? null : duration(sloP99, "--slo-p99"), maxTimeoutRate, maxUtilization);
                request = SizeRequest.exponential(rate, duration(hold, "--hold"), duration(timeout, "--timeout"), slo);
            }
            RunControl control = RunControl.defaults().budget(ScenarioFiles.budget(maxEvents));
            SizeReport report = SizeAdvisor.advise(request, control, maxSize);
            spec.commandLine().getOut().print(report.text());
        } catch (RunRefusedException e) {
            throw new BadInputException(
                    "size: the confirming simulation at the peak rate is refused: " + e.reason(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static SimDuration duration(String text, String option) {
        try {
            return SimDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage(), e);
        }
    }
}
