-- Tessera case schema, migration 0001. Append-only: never edit a migration that has shipped; add 0002_… instead.
-- SQLite 3.15.2 underneath (SQLCipher 3.4.1): no JSON1, UPSERT, RETURNING, window functions, STRICT.
-- Times are UTC microseconds (INTEGER); JSON is stored as TEXT and parsed with QJsonDocument.

CREATE TABLE case_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The per-case Ed25519 integrity-seal key pair (DESIGN §10). The secret key never leaves the encrypted database.
CREATE TABLE seal_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    public_key  BLOB NOT NULL,
    secret_key  BLOB NOT NULL,
    created_utc INTEGER NOT NULL
);

CREATE TABLE person (
    id               INTEGER PRIMARY KEY,
    legal_name       TEXT NOT NULL,           -- protected identity for protected people (DESIGN §10)
    pseudonym        TEXT UNIQUE,             -- V-1, V-2… never reused
    date_of_birth    TEXT,                    -- YYYY-MM-DD
    dob_source       TEXT,                    -- where the date of birth comes from; 'victim-statement' is victim-sourced
    preferred_name   TEXT,
    pronouns         TEXT,
    language         TEXT,
    interpreter      INTEGER NOT NULL DEFAULT 0,
    protected        INTEGER NOT NULL DEFAULT 0, -- identity protected in every production
    created_utc      INTEGER NOT NULL
);

CREATE TABLE person_role (
    person_id INTEGER NOT NULL REFERENCES person(id),
    role      TEXT NOT NULL CHECK (role IN ('offender','suspect','victim','witness','sex-buyer','associate','other')),
    PRIMARY KEY (person_id, role)
) WITHOUT ROWID;

-- Pseudonym counters: a pseudonym is never reused, even if its person is later withdrawn.
CREATE TABLE pseudonym_counter (
    prefix TEXT PRIMARY KEY,
    last   INTEGER NOT NULL
);

CREATE TABLE identifier (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person(id),
    kind         TEXT NOT NULL,               -- phone, email, handle, payment-handle, plate, imei, address, ad-id, account
    value        TEXT NOT NULL,               -- normalised (E.164 for valid phone numbers)
    raw_value    TEXT NOT NULL,               -- as entered
    valid_from   INTEGER,                     -- UTC microseconds, inclusive; NULL = open
    valid_to     INTEGER,                     -- UTC microseconds, inclusive; NULL = open
    confidence   TEXT NOT NULL DEFAULT 'stated',
    exhibit_id   INTEGER REFERENCES exhibit(id),
    created_utc  INTEGER NOT NULL
);
CREATE INDEX identifier_value ON identifier(value);
CREATE INDEX identifier_person ON identifier(person_id);

CREATE TABLE exhibit (
    id                      INTEGER PRIMARY KEY,
    kind                    TEXT NOT NULL,
    title                   TEXT NOT NULL,
    original_file_name      TEXT NOT NULL,
    media_type              TEXT NOT NULL DEFAULT 'application/octet-stream',
    sha256                  TEXT NOT NULL UNIQUE,   -- lower-case hex of the native as received
    size_bytes              INTEGER NOT NULL,
    victim_sourced          INTEGER NOT NULL DEFAULT 0,
    provided_by_person_id   INTEGER REFERENCES person(id),
    obtained_utc            INTEGER,
    provenance              TEXT NOT NULL DEFAULT '',
    authentication_method   TEXT,                   -- business-record, hash-certificate, custodian, officer
    authentication_detail   TEXT,
    authentication_victim_dependent INTEGER NOT NULL DEFAULT 0,
    import_profile          TEXT,
    time_basis              TEXT,
    time_basis_assumed      INTEGER NOT NULL DEFAULT 0,
    subscriber              TEXT,                   -- normalised identifier whose records these are
    record_count            INTEGER NOT NULL DEFAULT 0,
    flagged_count           INTEGER NOT NULL DEFAULT 0,
    rejected_count          INTEGER NOT NULL DEFAULT 0,
    withdrawn               INTEGER NOT NULL DEFAULT 0,
    created_utc             INTEGER NOT NULL
);

-- The native file, as received, in 1 MiB chunks (DESIGN §3: attachments live inside the case).
CREATE TABLE exhibit_chunk (
    exhibit_id INTEGER NOT NULL REFERENCES exhibit(id),
    seq        INTEGER NOT NULL,
    data       BLOB NOT NULL,
    PRIMARY KEY (exhibit_id, seq)
) WITHOUT ROWID;

-- Chain of custody: append-only (triggers below).
CREATE TABLE custody_entry (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibit(id),
    utc         INTEGER NOT NULL,
    action      TEXT NOT NULL,       -- received, imported, produced, …
    actor       TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX custody_exhibit ON custody_entry(exhibit_id);

-- One imported row: immutable evidence (DESIGN §4). Annotations live in other tables.
CREATE TABLE record (
    id               INTEGER PRIMARY KEY,
    exhibit_id       INTEGER NOT NULL REFERENCES exhibit(id),
    row_number       INTEGER NOT NULL,      -- 1-based line/row in the source file
    lower_utc        INTEGER NOT NULL,      -- UTC microseconds
    upper_utc        INTEGER NOT NULL,      -- UTC microseconds, inclusive
    precision        TEXT NOT NULL,
    time_text        TEXT NOT NULL,         -- as received
    time_basis       TEXT NOT NULL,         -- IANA zone or UTC
    time_flags       INTEGER NOT NULL DEFAULT 0, -- 1 basis assumed, 2 ambiguous (DST repeat), 4 nonexistent (DST gap), 8 repeat resolved by source order
    record_type      TEXT NOT NULL,         -- call, text, emergency-call, …
    direction        TEXT,                  -- out, in, NULL
    duration_s       INTEGER,
    originator       TEXT,                  -- normalised identifier of the party that initiated
    recipient        TEXT,                  -- normalised identifier of the other party
    location         TEXT,                  -- cell/antenna id or "lat,lon" as given (a sector, never a point)
    flags            TEXT NOT NULL DEFAULT '', -- comma-separated: contradictory-direction, invalid-number, …
    fields           TEXT NOT NULL,         -- JSON object of the original fields
    row_sha256       BLOB NOT NULL          -- SHA-256 of the original row bytes
);
CREATE INDEX record_time ON record(lower_utc, upper_utc, exhibit_id, row_number);
CREATE INDEX record_originator ON record(originator);
CREATE INDEX record_recipient ON record(recipient);

-- Rows that could not be read: file, row, field and reason; never the cell's value.
CREATE TABLE import_reject (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibit(id),
    file_name   TEXT NOT NULL,
    row_number  INTEGER NOT NULL,
    field       TEXT NOT NULL,
    reason      TEXT NOT NULL
);

-- Events: the investigator's assertions of what happened (DESIGN §4).
CREATE TABLE event (
    id           INTEGER PRIMARY KEY,
    lower_utc    INTEGER NOT NULL,
    upper_utc    INTEGER NOT NULL,
    precision    TEXT NOT NULL,
    edtf         TEXT NOT NULL,
    time_basis   TEXT NOT NULL,
    time_flags   INTEGER NOT NULL DEFAULT 0,
    category     TEXT NOT NULL CHECK (category IN ('recruitment','advertising','transport','lodging','commercial-sex',
                     'payment','violence','threat','document-control','communication','travel','other')),
    summary      TEXT NOT NULL,
    place        TEXT,
    created_utc  INTEGER NOT NULL
);
CREATE INDEX event_time ON event(lower_utc, upper_utc);

CREATE TABLE event_person (
    event_id  INTEGER NOT NULL REFERENCES event(id),
    person_id INTEGER NOT NULL REFERENCES person(id),
    role      TEXT NOT NULL CHECK (role IN ('actor','other')),
    PRIMARY KEY (event_id, person_id, role)
) WITHOUT ROWID;

CREATE TABLE event_record (
    event_id  INTEGER NOT NULL REFERENCES event(id),
    record_id INTEGER NOT NULL REFERENCES record(id),
    PRIMARY KEY (event_id, record_id)
) WITHOUT ROWID;

CREATE TABLE event_exhibit (
    event_id    INTEGER NOT NULL REFERENCES event(id),
    exhibit_id  INTEGER NOT NULL REFERENCES exhibit(id),
    contradicts INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, exhibit_id)
) WITHOUT ROWID;

-- Productions (discovery exports) and their Bates ranges: the production log (DESIGN §10).
CREATE TABLE production (
    id              INTEGER PRIMARY KEY,
    number          INTEGER NOT NULL UNIQUE,
    created_utc     INTEGER NOT NULL,
    designation     TEXT NOT NULL,
    first_bates     INTEGER NOT NULL,
    last_bates      INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    out_dir_name    TEXT NOT NULL
);

CREATE TABLE production_item (
    production_id INTEGER NOT NULL REFERENCES production(id),
    exhibit_id    INTEGER REFERENCES exhibit(id), -- NULL for the report itself
    first_bates   INTEGER NOT NULL,
    last_bates    INTEGER NOT NULL,
    path          TEXT NOT NULL
);

-- Audit log: append-only hash chain (DESIGN §3). Each hash covers the previous hash and this entry's canonical text.
CREATE TABLE audit_entry (
    id        INTEGER PRIMARY KEY,
    utc       INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,           -- JSON object; never a protected identity
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL
);

-- Evidence is immutable and ledgers are append-only: the database refuses edits, not only the code.
CREATE TRIGGER record_no_update BEFORE UPDATE ON record BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;
CREATE TRIGGER record_no_delete BEFORE DELETE ON record BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;
CREATE TRIGGER chunk_no_update BEFORE UPDATE ON exhibit_chunk BEGIN SELECT RAISE(ABORT, 'natives are immutable'); END;
CREATE TRIGGER chunk_no_delete BEFORE DELETE ON exhibit_chunk BEGIN SELECT RAISE(ABORT, 'natives are immutable'); END;
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody_entry BEGIN SELECT RAISE(ABORT, 'chain of custody is append-only'); END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody_entry BEGIN SELECT RAISE(ABORT, 'chain of custody is append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
