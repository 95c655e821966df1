-- Tessera case schema, migration 0003: victim-choice checkpoints, sealed exhibits, interviews and the benefit ledger
-- (issue 4, DESIGN §4 and §7). Append-only: never edit a shipped migration. Times are UTC microseconds.

-- One decision by a person at a decision point of resources/checkpoints/catalogue.json. Append-only: a newer decision
-- supersedes an older one (the latest rules), nothing is updated or deleted. Never produced (DESIGN §7, §10): what a
-- person declined and their safe-contact notes stay out of every production.
CREATE TABLE checkpoint_decision (
    id                INTEGER PRIMARY KEY,
    person_id         INTEGER NOT NULL REFERENCES person(id),
    point             TEXT NOT NULL,              -- catalogue id: interview, device-extraction, …
    decision          TEXT NOT NULL CHECK (decision IN ('agreed','declined','deferred','withdrawn')),
    scope_from        TEXT,                       -- YYYY-MM-DD, inclusive; NULL = open
    scope_to          TEXT,                       -- YYYY-MM-DD, inclusive; NULL = open
    scope_items       TEXT NOT NULL DEFAULT '[]', -- JSON array of items agreed to (e.g. apps); empty = no limit by item
    explained         INTEGER NOT NULL DEFAULT 0, -- the catalogue's explain checklist was gone through
    advocate_present  INTEGER NOT NULL DEFAULT 0,
    note              TEXT NOT NULL DEFAULT '',
    recorded_by       TEXT NOT NULL,
    recorded_utc      INTEGER NOT NULL,
    catalogue_version TEXT NOT NULL
);
CREATE INDEX checkpoint_decision_person ON checkpoint_decision(person_id, point, id);

-- An exhibit sealed after a person withdrew a choice (DESIGN §7): further review stops; the exhibit is kept, flagged for
-- the prosecutor, never purged. An annotation beside the exhibit; append-only.
CREATE TABLE exhibit_seal (
    id           INTEGER PRIMARY KEY,
    exhibit_id   INTEGER NOT NULL REFERENCES exhibit(id),
    person_id    INTEGER NOT NULL REFERENCES person(id),
    point        TEXT NOT NULL,
    decision_id  INTEGER NOT NULL REFERENCES checkpoint_decision(id),
    sealed_utc   INTEGER NOT NULL
);
CREATE UNIQUE INDEX exhibit_seal_exhibit ON exhibit_seal(exhibit_id);

-- An interview of a victim or witness (DESIGN §4). Held only when the `interview` decision is agreed.
CREATE TABLE interview (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    lead            TEXT NOT NULL,               -- who leads (agent, prosecutor, forensic interviewer)
    note_taker      TEXT NOT NULL,               -- the single designated note-taker
    advocate        TEXT NOT NULL DEFAULT '',    -- advocate present (name or role), empty = none
    interpreter     TEXT NOT NULL DEFAULT '',    -- interpreter (name or role), empty = none
    recorded        INTEGER NOT NULL DEFAULT 0,  -- the `recording` decision was agreed when it was held
    prompts         TEXT NOT NULL DEFAULT '{}',  -- JSON: interview-mode prompts confirmed (phase → ids)
    held_utc        INTEGER NOT NULL,
    recorded_by     TEXT NOT NULL
);
CREATE INDEX interview_person ON interview(person_id);

-- Anything given or promised to a victim or witness: potential Giglio material, disclosed in the disclosure register.
-- Amounts are exact decimal text, never floating point. Continued Presence is never conditioned on cooperation.
CREATE TABLE benefit (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person(id),
    kind         TEXT NOT NULL CHECK (kind IN ('lodging','transport','money','services','continued-presence','t-visa',
                                               'u-visa','promise','other')),
    date         TEXT NOT NULL,                  -- YYYY-MM-DD
    amount       TEXT,                           -- exact decimal, e.g. '125.50'; NULL when not money-valued
    note         TEXT NOT NULL DEFAULT '',
    recorded_by  TEXT NOT NULL,
    created_utc  INTEGER NOT NULL
);
CREATE INDEX benefit_person ON benefit(person_id);

CREATE TRIGGER checkpoint_decision_no_update BEFORE UPDATE ON checkpoint_decision BEGIN SELECT RAISE(ABORT, 'checkpoint decisions are append-only'); END;
CREATE TRIGGER checkpoint_decision_no_delete BEFORE DELETE ON checkpoint_decision BEGIN SELECT RAISE(ABORT, 'checkpoint decisions are append-only'); END;
CREATE TRIGGER exhibit_seal_no_update BEFORE UPDATE ON exhibit_seal BEGIN SELECT RAISE(ABORT, 'exhibit seals are append-only'); END;
CREATE TRIGGER exhibit_seal_no_delete BEFORE DELETE ON exhibit_seal BEGIN SELECT RAISE(ABORT, 'exhibit seals are append-only'); END;
CREATE TRIGGER interview_no_update BEFORE UPDATE ON interview BEGIN SELECT RAISE(ABORT, 'interviews are append-only'); END;
CREATE TRIGGER interview_no_delete BEFORE DELETE ON interview BEGIN SELECT RAISE(ABORT, 'interviews are append-only'); END;
CREATE TRIGGER benefit_no_update BEFORE UPDATE ON benefit BEGIN SELECT RAISE(ABORT, 'the benefit ledger is append-only'); END;
CREATE TRIGGER benefit_no_delete BEFORE DELETE ON benefit BEGIN SELECT RAISE(ABORT, 'the benefit ledger is append-only'); END;
