package dev.lifeguard.desktop.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.lifeguard.desktop.workbench.regress.RegressionReport;
import dev.lifeguard.desktop.workbench.regress.ReplayOutcome;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.pool.PoolConfig;
import java.util.List;

/**
 * The {@code lifeguard.regress/1} document: the proposed pool, whether any incident would still run out, and one entry
 * per replayed incident (times in milliseconds from the recording's start; {@code firstTimeoutMs} null when it
 * survives), every key present.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RegressDocument(
        PoolConfig pool,
        String service,
        boolean anyExhausts,
        List<ReplayOutcome> incidents,
        List<RegressionReport.SkippedIncident> skipped) {

    /** The format this document declares. */
    public static final String FORMAT = "lifeguard.regress/1";

    /** The document of {@code report}, as JSON text with its format key first. */
    public static String write(RegressionReport report) {
        return Documents.write(
                new RegressDocument(
                        report.proposed(), report.service(), report.anyExhausts(), report.replays(), report.skipped()),
                FORMAT);
    }
}
