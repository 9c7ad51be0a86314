package dev.lifeguard.incident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.lifeguard.incident.json.LifeguardJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the audit history ({@code incident_revision}), the same on both databases. */
final class RevisionRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String COLUMNS = "incident_id, revision, author, saved_at, fields_changed, document";

    private RevisionRows() {}

    static void append(Connection c, IncidentRevision revision) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("INSERT INTO incident_revision (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, revision.incidentId());
            st.setLong(2, revision.revision());
            st.setString(3, revision.author());
            st.setString(4, revision.savedAt());
            st.setString(5, LifeguardJson.mapper().writeValueAsString(revision.fieldsChanged()));
            st.setString(6, revision.document());
            st.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The history of one incident, oldest first. */
    static List<IncidentRevision> of(Connection c, String incidentId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM incident_revision WHERE incident_id = ? ORDER BY revision")) {
            st.setString(1, incidentId);
            List<IncidentRevision> history = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    history.add(read(rs));
                }
            }
            return history;
        }
    }

    /** The highest sequence number so far (0 for none): where a poller starts. */
    static long lastSeq(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM incident_revision");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Saves after sequence number {@code seq}, in order, each with its own sequence number. */
    static List<Sequenced> since(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT seq, incident_id, revision, author" + " FROM incident_revision WHERE seq > ? ORDER BY seq")) {
            st.setLong(1, seq);
            List<Sequenced> changes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Sequenced(
                            rs.getLong(1), new StoreChange(rs.getString(2), rs.getLong(3), rs.getString(4))));
                }
            }
            return changes;
        }
    }

    /** A change with its place in the history. */
    record Sequenced(long seq, StoreChange change) {}

    private static IncidentRevision read(ResultSet rs) throws SQLException {
        try {
            return new IncidentRevision(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    LifeguardJson.mapper().readValue(rs.getString(5), STRINGS),
                    rs.getString(6));
        } catch (JsonProcessingException e) {
            throw new IncidentStoreException("corrupt fields_changed column: " + rs.getString(5), e);
        }
    }
}
