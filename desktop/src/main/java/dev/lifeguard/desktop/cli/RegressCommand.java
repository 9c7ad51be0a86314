package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.regress.RecordedLoad;
import dev.lifeguard.desktop.workbench.regress.RegressionCase;
import dev.lifeguard.desktop.workbench.regress.RegressionReport;
import dev.lifeguard.desktop.workbench.regress.ReplayOutcome;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.PoolFile;
import dev.lifeguard.incident.pool.PoolConfig;
import dev.lifeguard.incident.store.IncidentStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regress --pool POOL.json [--service S] [--json]}: every past incident with a recorded load replayed against
 * a proposed pool; exit 1 when any would still run out, so a pool change can be gated in CI.
 */
@Command(
        name = "regress",
        description = "Replay every past incident with a recorded load against a proposed pool (POOL.json holds a"
                + " scenario's pool object); exit 1 if any would still exhaust.")
public final class RegressCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Mixin
    StoreOption store;

    @Option(names = "--pool", required = true, paramLabel = "POOL.json", description = "The proposed pool.")
    Path pool;

    @Option(names = "--service", paramLabel = "S", description = "Only incidents naming this service.")
    String service;

    @Option(names = "--json", description = "Print a lifeguard.regress/1 document.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PoolConfig proposed;
        try {
            proposed = PoolFile.read(pool);
        } catch (DocumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        List<RegressionCase> cases;
        try (IncidentStore s = store.openExisting()) {
            cases = root.workbench().regressions().cases(s);
        }
        PrintWriter err = spec.commandLine().getErr();
        int[] shown = {-1};
        RegressionReport report = root.workbench()
                .regressions()
                .runCases(
                        cases,
                        proposed,
                        service,
                        Runtime.getRuntime().availableProcessors(),
                        (fraction, message) -> {
                            int percent = (int) (fraction * 10) * 10;
                            synchronized (shown) {
                                if (!json && percent > shown[0]) {
                                    shown[0] = percent;
                                    err.println("regress: " + percent + " %");
                                    err.flush();
                                }
                            }
                        },
                        () -> Thread.currentThread().isInterrupted());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(RegressDocument.write(report));
        } else {
            print(report, out);
        }
        out.flush();
        return report.anyExhausts() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private static void print(RegressionReport report, PrintWriter out) {
        out.printf(
                "%-26s %-10s %14s %18s %9s %7s%n",
                "incident", "recorded", "recorded 1st", "proposed 1st", "peak use", "margin");
        for (ReplayOutcome o : report.replays()) {
            out.printf(
                    Locale.ROOT,
                    "%-26s %-10s %14s %18s %8.0f%% %6.0f%%%n",
                    TerminalText.line(o.incidentId()),
                    o.recordedPool(),
                    ReplayOutcome.elapsed(o.recordedTimeoutMs()),
                    o.survives() ? "survives" : ReplayOutcome.elapsed(o.firstTimeoutMs()) + " (" + o.timeouts() + ")",
                    o.peakUtilization() * 100,
                    o.margin() * 100);
            if (!o.recordedLoad().equals(RecordedLoad.FROM_SERIES)) {
                out.println("    load: " + TerminalText.line(o.recordedLoad()));
            }
            o.mapping().forEach(line -> out.println("    mapping: " + TerminalText.line(line)));
        }
        report.skipped().forEach(s -> out.println("skipped " + TerminalText.line(s.incidentId()) + ": " + s.reason()));
        long exhausting = report.replays().stream().filter(o -> !o.survives()).count();
        out.println(
                exhausting == 0
                        ? "every replayed incident survives ("
                                + report.replays().size() + ")"
                        : exhausting + " of " + report.replays().size() + " incidents would still exhaust the pool");
    }
}
