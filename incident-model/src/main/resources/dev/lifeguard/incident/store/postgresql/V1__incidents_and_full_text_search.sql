-- Incidents are stored whole as lifeguard.incident/1 JSON text (kept byte for byte, which jsonb would not);
-- the columns beside it exist for listing, sorting and filtering without parsing every document.
CREATE TABLE incident (
    id               TEXT PRIMARY KEY,
    revision         BIGINT NOT NULL CHECK (revision >= 1),
    title            TEXT NOT NULL,
    severity         TEXT NOT NULL,
    status           TEXT NOT NULL,
    review_status    TEXT NOT NULL,
    services         TEXT NOT NULL,
    tags             TEXT NOT NULL,
    started_at       TEXT,
    started_epoch_ms BIGINT,
    demo             INTEGER NOT NULL DEFAULT 0,
    document         TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX incident_started ON incident (started_epoch_ms DESC);

-- Full-text search answering what SQLite's FTS5 (porter, unicode61) answers: English stemming and no stop
-- words, so every word a user types counts on both stores.
CREATE TEXT SEARCH DICTIONARY lifeguard_english_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION lifeguard_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION lifeguard_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH lifeguard_english_stem;

CREATE TABLE incident_fts (
    id       TEXT PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    document TSVECTOR NOT NULL
);

CREATE INDEX incident_fts_document ON incident_fts USING GIN (document);
