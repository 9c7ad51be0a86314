package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tsvector index (GIN) of the PostgreSQL store, answering what {@link SqliteFullText} answers: the text is cut
 * into words at every character that is not a letter or digit, as FTS5's unicode61 does (PostgreSQL's own parser
 * would keep host names and file paths whole), stemmed in English without stop words (migration 1's
 * {@code lifeguard_search}), and each word of a query is a prefix.
 */
final class PostgresFullText implements FullTextIndex {

    @Override
    public void replace(Connection c, Incident incident) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO incident_fts (id, document)"
                + " VALUES (?, to_tsvector('lifeguard_search', ?))"
                + " ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document")) {
            st.setString(1, incident.id());
            st.setString(2, words(String.join("\n", FullTextIndex.fields(incident))));
            st.executeUpdate();
        }
    }

    @Override
    public void delete(Connection c, String id) {
        // incident_fts rows go with their incident (ON DELETE CASCADE).
    }

    @Override
    public String searchSql() {
        return "SELECT " + IncidentRows.summaryColumns("i.")
                + " FROM incident_fts f JOIN incident i ON i.id = f.id,"
                + " to_tsquery('lifeguard_search', ?) q WHERE f.document @@ q"
                + FullTextIndex.ORDER;
    }

    /** A tsquery of only letters, digits and operators: user text never reaches the query syntax unchecked. */
    @Override
    public String queryParameter(String text) {
        List<List<String>> words = FullTextIndex.words(text);
        if (words.isEmpty()) {
            return null;
        }
        return words.stream().map(w -> "(" + String.join(" <-> ", w) + ":*)").collect(Collectors.joining(" & "));
    }

    private static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]+", " ");
    }
}
