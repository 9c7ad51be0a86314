package dev.lifeguard.desktop.workbench.imports;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.postmortem.importer.ImportResult;
import dev.lifeguard.postmortem.importer.Retarget;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A document read but not stored, for the console's import preview: the incidents, the report and where every line
 * went, with the lines a person retargeted applied. {@link #toRead()} is what saving stores, so what was shown is
 * what is saved.
 *
 * @param file      the document
 * @param result    what the importer read, with {@code retargets} applied
 * @param retargets the lines a person sent elsewhere, by line number
 */
public record DocumentPreview(Path file, ImportResult result, Map<Integer, Retarget> retargets) {

    public DocumentPreview {
        requireNonNull(file, "preview 'file' is required");
        requireNonNull(result, "preview 'result' is required");
        retargets = Map.copyOf(new TreeMap<>(retargets));
    }

    /** The read to save, the same one {@code lifeguard import} saves for this document. */
    public FileRead toRead() {
        return new FileRead(
                file, FileKind.DOCUMENT, result.incidents(), result.report().lines(), result.explain());
    }
}
