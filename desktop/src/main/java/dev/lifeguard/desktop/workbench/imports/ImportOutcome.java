package dev.lifeguard.desktop.workbench.imports;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one imported file.
 *
 * @param file        the file
 * @param incidentIds the ids stored (an incident log holds several); empty when it failed
 * @param report      how the file was read and anything left as it was, line by line
 * @param error       why it was skipped, or null
 */
public record ImportOutcome(
        Path file,
        List<String> incidentIds,
        List<String> report,
        @Nullable Exception error) {

    public ImportOutcome {
        requireNonNull(file, "outcome 'file' is required");
        incidentIds = List.copyOf(incidentIds);
        report = List.copyOf(report);
    }

    /** A file that was skipped. */
    public static ImportOutcome skipped(Path file, Exception error) {
        return new ImportOutcome(file, List.of(), List.of(), error);
    }

    /** True when the file was read and its incidents are in the store. */
    public boolean succeeded() {
        return error == null;
    }
}
