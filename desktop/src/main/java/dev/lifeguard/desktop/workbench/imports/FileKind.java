package dev.lifeguard.desktop.workbench.imports;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** What a file given to import is: the one sniffer both front ends use. */
public enum FileKind {
    /** A Lifeguard document ({@code lifeguard.incident/1}): a {@code .json} name, or text that starts with '{'. */
    INCIDENT_JSON,
    /** A metric export or a log: evidence for an incident (ingest), never an incident of its own. */
    EVIDENCE,
    /** A postmortem, incident log or hazard-log entry in Markdown or plain text, for the document importer. */
    DOCUMENT;

    /** Endings of metric exports and logs, which belong in an incident rather than the library. */
    private static final Set<String> EVIDENCE_ENDINGS = Set.of(".log", ".prom", ".csv", ".tsv", ".om");

    /** The kind of {@code file}, by its name and, for JSON without the ending, its first character. */
    public static FileKind of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json") || startsWithBrace(file)) {
            return INCIDENT_JSON;
        }
        return EVIDENCE_ENDINGS.stream().anyMatch(lower::endsWith) ? EVIDENCE : DOCUMENT;
    }

    private static boolean startsWithBrace(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            int c;
            do {
                c = reader.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            return c == '{';
        } catch (IOException e) {
            // Unreadable: let the importer say why, with the file name.
            return false;
        }
    }
}
