package dev.lifeguard.desktop.workbench.watch;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.AlertRule;
import dev.lifeguard.watch.WatchSession;
import dev.lifeguard.watch.WatchSettings;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Watches an endpoint and declares incidents from it into one store, for the command line and the console
 * alike: the title and severity follow {@link DeclarationRules}, and saves merge through {@link WatchRecording}.
 */
public final class WatchService {

    private final IncidentStore store;
    private final Clock clock;

    /** Declares into {@code store}; times and new ids come from {@code clock}. */
    public WatchService(IncidentStore store, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
    }

    /** The clock the watches run on. */
    public Clock clock() {
        return clock;
    }

    /**
     * A watch of {@code endpoint} that has not started polling.
     *
     * @throws IllegalArgumentException when the endpoint is not http:// or https://
     */
    public WatchSession open(URI endpoint, WatchSettings settings, List<AlertRule> rules) {
        return new WatchSession(endpoint, settings, rules, clock);
    }

    /**
     * Declares an incident from {@code session} and stores it. Titled and graded by {@link DeclarationRules} over
     * every alert fired so far. When an earlier call declared it but the store refused the write, that same
     * incident (same id and title) is stored now, so retrying never makes a second one.
     *
     * @param id    the id to give it, or null for a new one
     * @param title the title typed, or null/blank for the one the alerts suggest
     * @return the recording that keeps it saved
     */
    public WatchRecording declare(WatchSession session, String id, String title) {
        Optional<Incident> pending = session.incident();
        Incident incident;
        if (pending.isPresent()) {
            incident = pending.get();
        } else {
            List<Alert> alerts = session.snapshot().alerts();
            incident = session.declareIncident(
                    id != null ? id : IncidentIds.newId(LocalDate.now(clock)),
                    DeclarationRules.title(title, alerts, session.endpoint()),
                    DeclarationRules.severity(alerts));
        }
        WatchRecording recording = new WatchRecording(store, session, incident.id());
        recording.create(incident);
        return recording;
    }
}
