package dev.lifeguard.incident.pool;

import dev.lifeguard.incident.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How one setting of a library carries over to HikariCP.
 *
 * @param from    the source library's setting
 * @param to      the HikariCP setting it becomes ({@code null} when there is none)
 * @param exact   true when the two behave the same
 * @param meaning what differs, in a sentence
 */
public record MappingNote(String from, @Nullable String to, boolean exact, String meaning) {

    public MappingNote {
        Checks.notBlank(from, "mapping 'from'");
        Checks.notBlank(meaning, "mapping 'meaning'");
    }

    static MappingNote exact(String from, @Nullable String to, String meaning) {
        return new MappingNote(from, to, true, meaning);
    }

    static MappingNote approximate(String from, @Nullable String to, String meaning) {
        return new MappingNote(from, to, false, meaning);
    }

    static MappingNote none(String from, String meaning) {
        return new MappingNote(from, null, false, meaning);
    }
}
