-- What-if runs attached to an incident, kept so action items and hazard controls can cite them.
CREATE TABLE simulation_run (
    id          TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    title       TEXT NOT NULL,
    document    TEXT NOT NULL
);

CREATE INDEX simulation_run_incident ON simulation_run (incident_id, created_at);
