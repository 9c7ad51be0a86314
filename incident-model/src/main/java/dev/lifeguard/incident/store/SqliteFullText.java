package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** The FTS5 index (porter stemming, unicode61 words) of the SQLite store. */
final class SqliteFullText implements FullTextIndex {

    @Override
    public void replace(Connection c, Incident incident) throws SQLException {
        delete(c, incident.id());
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO incident_fts (id, title, summary, root_cause, timeline) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, incident.id());
            List<String> fields = FullTextIndex.fields(incident);
            for (int i = 0; i < fields.size(); i++) {
                insert.setString(i + 2, fields.get(i));
            }
            insert.executeUpdate();
        }
    }

    @Override
    public void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                id == null
                        ? "DELETE FROM incident_fts WHERE id IN (SELECT id FROM incident WHERE demo = 1)"
                        : "DELETE FROM incident_fts WHERE id = ?")) {
            if (id != null) {
                st.setString(1, id);
            }
            st.executeUpdate();
        }
    }

    @Override
    public String searchSql() {
        return "SELECT " + IncidentRows.summaryColumns("i.")
                + " FROM incident_fts f JOIN incident i ON i.id = f.id WHERE incident_fts MATCH ?"
                + FullTextIndex.ORDER;
    }

    /** An FTS5 query: quotes keep FTS5 operators in user text literal; the last part of each word is a prefix. */
    @Override
    public String queryParameter(String text) {
        List<List<String>> words = FullTextIndex.words(text);
        if (words.isEmpty()) {
            return null;
        }
        return words.stream().map(w -> "\"" + String.join(" ", w) + "\"*").collect(Collectors.joining(" "));
    }
}
