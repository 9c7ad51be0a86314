package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.insights.TrendFilter;
import dev.lifeguard.insights.Trends;
import dev.lifeguard.postmortem.render.ExportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code export-trends --format md|html|pdf [--from D] [--to D] [--service S] [--severity S] [-o FILE]}: the review
 * document of the trends (a quarterly review when the period is a quarter), with the Insights tab's charts and tables.
 */
@Command(
        name = "export-trends",
        description = "Export the review of trends across incidents (charts and tables) as Markdown (chart PNGs"
                + " beside it), self-contained HTML or PDF.")
public final class ExportTrendsCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    /** The formats this command writes. */
    enum Format {
        md,
        html,
        pdf
    }

    @Mixin
    StoreOption store;

    @Mixin
    TrendFilterOptions filterOptions;

    @Option(
            names = "--format",
            required = true,
            paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "Write here (default: incident-review.md, .html or .pdf).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrendFilter filter = filterOptions.filter(TrendsCommand.clock);
        ExportFormat documentFormat = ExportFormat.of(format.name());
        Path target = out != null ? out : Path.of("incident-review." + documentFormat.extension());
        Trends trends;
        try (IncidentStore s = store.openExisting()) {
            trends = root.workbench().insights().trends(s, filter);
        }
        for (Path written : root.workbench().insights().exportReview(trends, documentFormat, target)) {
            spec.commandLine().getErr().println("wrote " + written);
        }
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
