-- Tessera case schema, migration 0004: casework (issue 10) — investigator notes, leads, legal process, returns checked
-- against scope. Append-only ledgers: the database refuses edits and deletions (triggers at the end). Dates that are
-- whole days (served, due, expires) are YYYY-MM-DD text; instants are UTC microseconds.

-- A note is attached to the case or to one person, exhibit or event (about_kind/about_id). Its text lives in versions:
-- a revision is a new version; nothing is ever changed or deleted (notes are discoverable, DESIGN §4 and §10).
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    about_kind  TEXT NOT NULL CHECK (about_kind IN ('case','person','exhibit','event')),
    about_id    INTEGER,                   -- NULL for the case
    created_utc INTEGER NOT NULL
);
CREATE TABLE note_version (
    note_id     INTEGER NOT NULL REFERENCES note(id),
    version     INTEGER NOT NULL,          -- 1, 2, …
    text        TEXT NOT NULL,
    author      TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    PRIMARY KEY (note_id, version)
) WITHOUT ROWID;

-- A lead: a task that would close a gap, optionally carrying the charge element it would prove.
CREATE TABLE lead (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    charge_id   INTEGER REFERENCES charge(id),
    element_id  TEXT,                      -- the charge template's element id
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT,                      -- YYYY-MM-DD
    created_utc INTEGER NOT NULL
);
-- Status changes of a lead, append-only; the latest rules. Closing records the outcome.
CREATE TABLE lead_status (
    id          INTEGER PRIMARY KEY,
    lead_id     INTEGER NOT NULL REFERENCES lead(id),
    status      TEXT NOT NULL CHECK (status IN ('open','in-progress','closed')),
    outcome     TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL,
    created_utc INTEGER NOT NULL
);
CREATE INDEX lead_status_lead ON lead_status(lead_id);
-- What a lead produced (exhibits), linked when it is closed.
CREATE TABLE lead_exhibit (
    lead_id    INTEGER NOT NULL REFERENCES lead(id),
    exhibit_id INTEGER NOT NULL REFERENCES exhibit(id),
    PRIMARY KEY (lead_id, exhibit_id)
) WITHOUT ROWID;

-- Legal process (18 U.S.C. 2703, 2705): its kind, provider, dates and scope (identifiers and a time window).
CREATE TABLE legal_process (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('subpoena','court-order','search-warrant','preservation','delayed-notice')),
    provider       TEXT NOT NULL,
    lead_id        INTEGER REFERENCES lead(id),
    served_date    TEXT,                   -- YYYY-MM-DD
    due_date       TEXT,                   -- YYYY-MM-DD: the return is due
    expires_date   TEXT,                   -- YYYY-MM-DD: preservation period or delayed-notice order ends
    scope_from_utc INTEGER,                -- UTC microseconds, inclusive; NULL = open
    scope_to_utc   INTEGER,                -- UTC microseconds, inclusive; NULL = open
    scope_from     TEXT,                   -- the window as given (YYYY-MM-DD, case display zone)
    scope_to       TEXT,
    created_utc    INTEGER NOT NULL
);
-- The identifiers a process names; value is the identifier's normalised value when the process was added.
CREATE TABLE legal_process_identifier (
    process_id    INTEGER NOT NULL REFERENCES legal_process(id),
    identifier_id INTEGER NOT NULL REFERENCES identifier(id),
    value         TEXT NOT NULL,
    PRIMARY KEY (process_id, identifier_id)
) WITHOUT ROWID;
-- A preservation request renewed for 90 more days (18 U.S.C. 2703(f)(2)): at most once (the primary key).
CREATE TABLE legal_process_renewal (
    process_id   INTEGER PRIMARY KEY REFERENCES legal_process(id),
    served_date  TEXT NOT NULL,
    expires_date TEXT NOT NULL,
    created_utc  INTEGER NOT NULL
);
-- An exhibit imported as the return of a process (its provenance).
CREATE TABLE legal_process_return (
    exhibit_id  INTEGER PRIMARY KEY REFERENCES exhibit(id),
    process_id  INTEGER NOT NULL REFERENCES legal_process(id),
    created_utc INTEGER NOT NULL
);
CREATE INDEX legal_process_return_process ON legal_process_return(process_id);
-- Records outside the scope of the process they were returned under: kept (records are immutable), excluded from
-- analysis and from every derived document, listed for the prosecutor (DESIGN §10).
CREATE TABLE record_quarantine (
    record_id  INTEGER PRIMARY KEY REFERENCES record(id),
    process_id INTEGER NOT NULL REFERENCES legal_process(id),
    reason     TEXT NOT NULL               -- outside-time-window, identifier-not-in-scope, or both comma-separated
);

CREATE TRIGGER note_no_update BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER note_no_delete BEFORE DELETE ON note BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER note_version_no_update BEFORE UPDATE ON note_version BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER note_version_no_delete BEFORE DELETE ON note_version BEGIN SELECT RAISE(ABORT, 'notes are append-only'); END;
CREATE TRIGGER lead_no_update BEFORE UPDATE ON lead BEGIN SELECT RAISE(ABORT, 'leads are append-only'); END;
CREATE TRIGGER lead_no_delete BEFORE DELETE ON lead BEGIN SELECT RAISE(ABORT, 'leads are append-only'); END;
CREATE TRIGGER lead_status_no_update BEFORE UPDATE ON lead_status BEGIN SELECT RAISE(ABORT, 'leads are append-only'); END;
CREATE TRIGGER lead_status_no_delete BEFORE DELETE ON lead_status BEGIN SELECT RAISE(ABORT, 'leads are append-only'); END;
CREATE TRIGGER lead_exhibit_no_delete BEFORE DELETE ON lead_exhibit BEGIN SELECT RAISE(ABORT, 'leads are append-only'); END;
CREATE TRIGGER process_no_update BEFORE UPDATE ON legal_process BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER process_no_delete BEFORE DELETE ON legal_process BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER process_id_no_update BEFORE UPDATE ON legal_process_identifier BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER process_id_no_delete BEFORE DELETE ON legal_process_identifier BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER renewal_no_update BEFORE UPDATE ON legal_process_renewal BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER renewal_no_delete BEFORE DELETE ON legal_process_renewal BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER return_no_update BEFORE UPDATE ON legal_process_return BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER return_no_delete BEFORE DELETE ON legal_process_return BEGIN SELECT RAISE(ABORT, 'legal process is append-only'); END;
CREATE TRIGGER quarantine_no_update BEFORE UPDATE ON record_quarantine BEGIN SELECT RAISE(ABORT, 'quarantine is append-only'); END;
CREATE TRIGGER quarantine_no_delete BEFORE DELETE ON record_quarantine BEGIN SELECT RAISE(ABORT, 'quarantine is append-only'); END;
