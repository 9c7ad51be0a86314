package dev.lifeguard.incident.pool;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A pool expressed in HikariCP terms, with a note for each setting saying whether the mapping is exact.
 *
 * @param hikari the equivalent HikariCP settings
 * @param notes  one note per mapped setting; empty when the source already was HikariCP
 */
public record PoolMapping(HikariPoolConfig hikari, List<MappingNote> notes) {

    public PoolMapping {
        requireNonNull(hikari, "hikari");
        notes = List.copyOf(notes);
    }

    /** True when every setting carried over exactly. */
    public boolean exact() {
        return notes.stream().allMatch(MappingNote::exact);
    }
}
