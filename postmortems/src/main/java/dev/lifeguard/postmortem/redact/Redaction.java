package dev.lifeguard.postmortem.redact;

import dev.lifeguard.incident.Checks;

/**
 * One secret that was masked. The secret itself is never kept.
 *
 * @param kind what it was: a secret form's kind, e.g. {@code URL credentials}, {@code password},
 *             {@code PEM private key}
 * @param line the 1-based line it was on
 */
public record Redaction(String kind, int line) {

    public Redaction {
        Checks.notBlank(kind, "redaction 'kind'");
        if (line < 1) {
            throw new IllegalArgumentException("redaction 'line' must be ≥ 1, was " + line);
        }
    }

    @Override
    public String toString() {
        return kind + " on line " + line;
    }
}
