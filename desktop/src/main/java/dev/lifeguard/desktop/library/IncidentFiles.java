package dev.lifeguard.desktop.library;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.nio.file.Path;

/** Reads the files a user drops or picks into incidents; other formats join here as importers land. */
final class IncidentFiles {

    private IncidentFiles() {
    }

    /** The incident in {@code file}. */
    static Incident read(Path file) throws DocumentException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".json")) {
            throw new DocumentException(file.toString(), 0, 0, "",
                    "not a Lifeguard incident file (expected a .json document with \"format\": \""
                            + Formats.INCIDENT + "\")", null);
        }
        return Documents.read(file, Formats.INCIDENT, Incident.class);
    }
}
