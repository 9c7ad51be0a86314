-- Incidents are stored whole as lifeguard.incident/1 JSON; the columns beside it exist for listing,
-- sorting and filtering without parsing every document.
CREATE TABLE incident (
    id               TEXT PRIMARY KEY,
    revision         INTEGER NOT NULL CHECK (revision >= 1),
    title            TEXT NOT NULL,
    severity         TEXT NOT NULL,
    status           TEXT NOT NULL,
    review_status    TEXT NOT NULL,
    services         TEXT NOT NULL,
    tags             TEXT NOT NULL,
    started_at       TEXT,
    started_epoch_ms INTEGER,
    demo             INTEGER NOT NULL DEFAULT 0,
    document         TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX incident_started ON incident (started_epoch_ms DESC);

-- Full-text search over what people remember of an incident.
CREATE VIRTUAL TABLE incident_fts USING fts5(
    id UNINDEXED, title, summary, root_cause, timeline, tokenize = 'porter unicode61'
);
