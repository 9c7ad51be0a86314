package dev.lifeguard.incident.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.json.LifeguardJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The SQL that maps incidents to rows of the {@code incident} and {@code simulation_run} tables. */
final class IncidentRows {

    /** Newest start first, as {@link IncidentStore#list()} promises. */
    static final String LIST_ORDER = " ORDER BY started_epoch_ms DESC NULLS LAST, id";

    /** Every incident's id and document, in {@link #LIST_ORDER}. */
    static final String ALL_DOCUMENTS = "SELECT id, document FROM incident" + LIST_ORDER;

    private final boolean escapeNul;

    /**
     * @param escapeNul true on PostgreSQL, whose text columns cannot hold U+0000: titles are then stored with
     *                  {@code \\} for a backslash and {@code \0} for NUL, and read back exactly (documents are JSON,
     *                  where Jackson already escapes NUL)
     */
    IncidentRows(boolean escapeNul) {
        this.escapeNul = escapeNul;
    }

    /** The text as stored in a title column. */
    String encode(String text) {
        if (!escapeNul || text == null) {
            return text;
        }
        return text.replace("\\", "\\\\").replace("\u0000", "\\0");
    }

    /** The text read back from a title column. */
    String decode(String stored) {
        if (!escapeNul || stored == null || stored.indexOf('\\') < 0) {
            return stored;
        }
        StringBuilder text = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char ch = stored.charAt(i);
            if (ch == '\\' && i + 1 < stored.length()) {
                char next = stored.charAt(i + 1);
                if (next == '\\' || next == '0') {
                    text.append(next == '0' ? '\u0000' : '\\');
                    i++;
                    continue;
                }
            }
            text.append(ch);
        }
        return text.toString();
    }

    private static final List<String> SUMMARY_COLUMNS = List.of(
            "id", "title", "severity", "status", "review_status", "services", "tags", "started_at", "demo", "revision");

    /** The columns {@link #summary} reads, each prefixed with a table alias such as {@code "i."}. */
    static String summaryColumns(String alias) {
        return String.join(", ", SUMMARY_COLUMNS.stream().map(c -> alias + c).toList());
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    IncidentSummary summary(ResultSet rs) throws SQLException {
        String started = rs.getString(8);
        return new IncidentSummary(
                rs.getString(1),
                decode(rs.getString(2)),
                Severity.of(rs.getString(3)),
                IncidentStatus.of(rs.getString(4)),
                ReviewStatus.of(rs.getString(5)),
                strings(rs.getString(6)),
                strings(rs.getString(7)),
                started == null ? null : OffsetDateTime.parse(started),
                rs.getInt(9) != 0,
                rs.getLong(10));
    }

    /** The stored revision of an incident, 0 when there is none. */
    long revision(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT revision FROM incident WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    void upsert(Connection c, Incident incident, String document, long revision, boolean insert) throws SQLException {
        String sql = insert
                ? "INSERT INTO incident (title, severity, status, review_status, services, tags, started_at,"
                        + " started_epoch_ms, demo, document, updated_at, revision, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE incident SET title = ?, severity = ?, status = ?, review_status = ?, services = ?, tags = ?,"
                        + " started_at = ?, started_epoch_ms = ?, demo = ?, document = ?, updated_at = ?, revision = ?"
                        + " WHERE id = ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            OffsetDateTime started = incident.impactStart().orElse(null);
            st.setString(1, encode(incident.title()));
            st.setString(2, incident.severity().wire());
            st.setString(3, incident.status().wire());
            st.setString(4, incident.reviewStatus().wire());
            st.setString(5, json(incident.services()));
            st.setString(6, json(incident.tags()));
            st.setString(7, started == null ? null : started.toString());
            if (started == null) {
                st.setNull(8, Types.INTEGER);
            } else {
                st.setLong(8, started.toInstant().toEpochMilli());
            }
            st.setInt(9, incident.demo() ? 1 : 0);
            st.setString(10, document);
            st.setString(11, JdbcIncidentStore.now());
            st.setLong(12, revision);
            st.setString(13, incident.id());
            st.executeUpdate();
        }
    }

    String attachRun(DataSource dataSource, String incidentId, String title, String document) {
        String id = "RUN-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("INSERT INTO simulation_run"
                        + " (id, incident_id, created_at, title, document) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, id);
            st.setString(2, incidentId);
            st.setString(3, JdbcIncidentStore.now());
            st.setString(4, encode(title));
            st.setString(5, document);
            st.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IncidentStoreException(
                    "cannot attach a run to incident " + incidentId + ": " + e.getMessage(), e);
        }
    }

    /** Inserts a run as it was in another store (same id and time). */
    void insertRun(Connection c, AttachedRun run) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO simulation_run"
                + " (id, incident_id, created_at, title, document) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, run.id());
            st.setString(2, run.incidentId());
            st.setString(3, run.createdAt());
            st.setString(4, encode(run.title()));
            st.setString(5, run.document());
            st.executeUpdate();
        }
    }

    List<AttachedRun> runs(DataSource dataSource, String incidentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT id, incident_id, created_at, title, document"
                        + " FROM simulation_run WHERE incident_id = ? ORDER BY created_at, id")) {
            st.setString(1, incidentId);
            List<AttachedRun> runs = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    runs.add(new AttachedRun(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            decode(rs.getString(4)),
                            rs.getString(5)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IncidentStoreException("cannot list runs of incident " + incidentId + ": " + e.getMessage(), e);
        }
    }

    private static String json(List<String> values) {
        try {
            return LifeguardJson.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return LifeguardJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IncidentStoreException("corrupt list column: " + json, e);
        }
    }
}
