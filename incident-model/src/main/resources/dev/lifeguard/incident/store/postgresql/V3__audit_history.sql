-- Every save, kept: who, when, which fields, and the document as it was (the base of a three-way merge).
CREATE TABLE incident_revision (
    seq            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id    TEXT NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    revision       BIGINT NOT NULL CHECK (revision >= 1),
    author         TEXT NOT NULL,
    saved_at       TEXT NOT NULL,
    fields_changed TEXT NOT NULL,
    document       TEXT NOT NULL,
    UNIQUE (incident_id, revision)
);
