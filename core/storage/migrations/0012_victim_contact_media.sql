-- Tessera case schema, migration 0012: the contact log of a person who was trafficked and the media requests that
-- concern them (issue 4, DESIGN §7). Append-only: never edit a shipped migration. Times are UTC microseconds.

-- One contact with a person who was trafficked or a protected witness, held only while their `contact` decision is
-- agreed (VictimChoicePolicy, contact-person). `channel` is the way they chose (phone, text, through the advocate…);
-- `safe_note` is how it was made safe (safe hours, code word, monitored phone). Never produced: the channel and the
-- safe-contact note stay out of every production (DESIGN §10); the prosecutor sees the log in the case.
CREATE TABLE victim_contact (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    contacted_utc INTEGER NOT NULL,              -- when the contact happened
    channel       TEXT NOT NULL,
    purpose       TEXT NOT NULL DEFAULT '',      -- what it was about (a notice, a court date, a check-in)
    safe_note     TEXT NOT NULL DEFAULT '',
    recorded_by   TEXT NOT NULL,
    recorded_utc  INTEGER NOT NULL
);
CREATE INDEX victim_contact_person ON victim_contact(person_id, id);

-- A media or press request that concerns a person who was trafficked, held only while their `media` decision is
-- agreed (VictimChoicePolicy, media-release). The agency controls its own releases; the person decides whether they
-- are mentioned or speak. Never produced.
CREATE TABLE media_request (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    received      TEXT NOT NULL,                 -- YYYY-MM-DD
    outlet        TEXT NOT NULL,                 -- the newspaper, station or reporter's outlet
    request       TEXT NOT NULL,                 -- what was asked
    response      TEXT NOT NULL DEFAULT '',      -- the agency's answer
    recorded_by   TEXT NOT NULL,
    recorded_utc  INTEGER NOT NULL
);
CREATE INDEX media_request_person ON media_request(person_id, id);

CREATE TRIGGER victim_contact_no_update BEFORE UPDATE ON victim_contact BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER victim_contact_no_delete BEFORE DELETE ON victim_contact BEGIN SELECT RAISE(ABORT, 'the contact log is append-only'); END;
CREATE TRIGGER media_request_no_update BEFORE UPDATE ON media_request BEGIN SELECT RAISE(ABORT, 'media requests are append-only'); END;
CREATE TRIGGER media_request_no_delete BEFORE DELETE ON media_request BEGIN SELECT RAISE(ABORT, 'media requests are append-only'); END;
