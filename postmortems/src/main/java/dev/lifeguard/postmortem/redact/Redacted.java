package dev.lifeguard.postmortem.redact;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Text with its secrets masked, and what was masked.
 *
 * @param text       the text, each secret replaced by {@link Redactor#MASK}
 * @param redactions what was masked, in order
 */
public record Redacted(String text, List<Redaction> redactions) {

    public Redacted {
        requireNonNull(text, "redacted 'text' is required");
        redactions = List.copyOf(redactions);
    }
}
