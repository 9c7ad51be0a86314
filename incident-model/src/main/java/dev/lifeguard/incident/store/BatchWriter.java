package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a batch of incidents inside the caller's transaction: each is created, left alone when stored unchanged,
 * or replaced when allowed. Deciding inside the transaction (not from a read before it) is what makes two imports
 * of one id at once come out as one save and one clear refusal, never a half-saved batch.
 */
final class BatchWriter {

    private final IncidentRows rows;
    private final String location;

    BatchWriter(IncidentRows rows, String location) {
        this.rows = rows;
        this.location = location;
    }

    /**
     * Writes every incident, calling {@code written} after each (still inside the transaction).
     *
     * @throws IncidentExistsException when one is stored with other content and {@code replace} is false
     */
    List<BatchSave> write(Connection c, List<Incident> incidents, boolean replace, Consumer<String> written)
            throws SQLException {
        List<BatchSave> out = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            String document = Documents.write(incident, Formats.INCIDENT);
            Stored existing = stored(c, incident.id());
            if (existing == null) {
                rows.upsert(c, incident, document, 1, true);
                FullText.replace(c, incident);
                out.add(new BatchSave(incident.id(), BatchSave.Outcome.CREATED, 1));
            } else if (existing.incident().equals(incident)) {
                out.add(new BatchSave(incident.id(), BatchSave.Outcome.UNCHANGED, existing.revision()));
            } else if (!replace) {
                throw new IncidentExistsException(incident.id(), existing.revision());
            } else {
                rows.upsert(c, incident, document, existing.revision() + 1, false);
                FullText.replace(c, incident);
                out.add(new BatchSave(incident.id(), BatchSave.Outcome.REPLACED, existing.revision() + 1));
            }
            written.accept(incident.id());
        }
        return out;
    }

    private record Stored(Incident incident, long revision) {}

    private Stored stored(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT document, revision FROM incident WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Stored(
                        Documents.read(rs.getString(1), location + "#" + id, Formats.INCIDENT, Incident.class),
                        rs.getLong(2));
            }
        } catch (DocumentException e) {
            throw new IncidentStoreException(
                    "incident " + id + " in " + location + " cannot be read: " + e.getMessage(), e);
        }
    }
}
