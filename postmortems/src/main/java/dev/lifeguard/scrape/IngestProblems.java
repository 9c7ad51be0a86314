package dev.lifeguard.scrape;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts what a reader skipped, keeping the first few reasons (with line numbers) so the summary can show
 * where to look without holding every bad line in memory.
 */
public final class IngestProblems {

    /** How many malformed-line examples a summary keeps. */
    public static final int MAX_EXAMPLES = 10;

    private long malformed;
    private final List<String> examples = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** Records a skipped line. */
    public void malformed(long line, String reason) {
        malformed++;
        if (examples.size() < MAX_EXAMPLES) {
            examples.add("line " + line + ": " + reason);
        }
    }

    /** Records something the user should know that did not cost a line (once per distinct text). */
    public void warn(String text) {
        if (!warnings.contains(text) && warnings.size() < 50) {
            warnings.add(text);
        }
    }

    /** Lines skipped so far. */
    public long malformed() {
        return malformed;
    }

    /** The first few skipped lines with their reasons. */
    public List<String> examples() {
        return List.copyOf(examples);
    }

    /** Warnings so far. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
