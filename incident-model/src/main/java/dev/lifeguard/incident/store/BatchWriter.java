package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.review.ReviewWorkflow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes a batch of incidents inside the caller's transaction: each is created, left alone when stored unchanged,
 * or replaced when allowed. Deciding inside the transaction (not from a read before it), with each incident's
 * write lock held, is what makes two imports of one id at once come out as one save and one clear refusal, never
 * a half-saved batch.
 */
final class BatchWriter {

    private final JdbcIncidentStore store;

    BatchWriter(JdbcIncidentStore store) {
        this.store = store;
    }

    /**
     * Writes every incident, calling {@code written} after each (still inside the transaction).
     *
     * @throws IncidentExistsException when one is stored with other content and {@code replace} is false
     * @throws ClosedIncidentException  when {@code replace} would change a closed (read-only) postmortem
     */
    List<BatchSave> write(Connection c, List<Incident> incidents, boolean replace, Consumer<String> written)
            throws SQLException {
        List<BatchSave> out = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            String document = Documents.write(incident, Formats.INCIDENT);
            store.lock(c, incident.id());
            Optional<StoredIncident> existing = store.stored(c, incident.id());
            if (existing.isEmpty()) {
                store.put(c, incident, document, null, 1);
                out.add(new BatchSave(incident.id(), BatchSave.Outcome.CREATED, 1));
            } else if (existing.get().incident().equals(incident)) {
                out.add(new BatchSave(
                        incident.id(),
                        BatchSave.Outcome.UNCHANGED,
                        existing.get().revision()));
            } else if (!replace) {
                throw new IncidentExistsException(incident.id(), existing.get().revision());
            } else if (!ReviewWorkflow.mayReplace(existing.get().incident(), incident)) {
                // A closed postmortem is read-only: replacing it refuses the whole batch, as a single save does.
                throw new ClosedIncidentException(incident.id());
            } else {
                long next = existing.get().revision() + 1;
                store.put(c, incident, document, existing.get().incident(), next);
                out.add(new BatchSave(incident.id(), BatchSave.Outcome.REPLACED, next));
            }
            written.accept(incident.id());
        }
        return out;
    }
}
