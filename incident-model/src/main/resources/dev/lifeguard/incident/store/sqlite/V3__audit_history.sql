-- Every save, kept: who, when, which fields, and the document as it was (the base of a three-way merge).
CREATE TABLE incident_revision (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id    TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    author         TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    fields_changed TEXT NOT NULL,
    document       TEXT NOT NULL,
    UNIQUE (incident_id, revision)
);

-- The hand-written runner's version table: Flyway's history replaces it (an old library was baselined from it).
DROP TABLE IF EXISTS schema_version;
