package dev.lifeguard.postmortem.importer;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.postmortem.redact.Redaction;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import recognised and what it did not, for the person running it.
 *
 * @param source       the file name
 * @param kind         what the document was read as: {@code postmortem}, {@code incident-log}, {@code hazard-log}
 * @param recognised   what was placed, e.g. {@code timeline: 7 entries}
 * @param unrecognised what could not be placed and went to the incident's notes
 * @param warnings     what may be wrong, e.g. an out-of-order timeline entry
 * @param redactions   secrets masked, by kind and line (never the secret)
 */
public record ImportReport(
        String source,
        String kind,
        List<String> recognised,
        List<String> unrecognised,
        List<String> warnings,
        List<Redaction> redactions) {

    public ImportReport {
        requireNonNull(source, "report 'source' is required");
        requireNonNull(kind, "report 'kind' is required");
        recognised = List.copyOf(recognised);
        unrecognised = List.copyOf(unrecognised);
        warnings = List.copyOf(warnings);
        redactions = List.copyOf(redactions);
    }

    /** The report as lines for a terminal. */
    public List<String> lines() {
        ArrayList<String> out = new ArrayList<>();
        out.add(source + ": read as " + kind);
        recognised.forEach(r -> out.add("  recognised: " + r));
        unrecognised.forEach(u -> out.add("  kept in notes: " + u));
        warnings.forEach(w -> out.add("  warning: " + w));
        redactions.forEach(r -> out.add("  redacted: " + r));
        return out;
    }
}
