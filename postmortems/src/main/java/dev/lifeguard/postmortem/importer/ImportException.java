package dev.lifeguard.postmortem.importer;

/**
 * The one error an importer throws: the input is not a document it can read at all (empty, binary, too large,
 * unreadable). Anything merely unrecognised inside a document is reported, never thrown.
 */
public final class ImportException extends Exception {

    private final String source;

    /** An error about {@code source} (a file name or {@code <input>}). */
    public ImportException(String source, String reason) {
        super((source == null ? "<input>" : source) + ": " + reason);
        this.source = source;
    }

    /** The file or other source name. */
    public String source() {
        return source;
    }
}
