-- Tessera case schema, migration 0002: charges and element links (issue 3, DESIGN §4 and §6). Append-only.
-- Exhibit authentication lives in exhibit.authentication_* (0001); event ↔ exhibit links in event_exhibit (0001).

-- A statute template applied to an offender (and, where the template concerns one, a victim). The template as it was
-- when the charge was added is kept (template_json), so the board reads the same elements on any machine, whatever
-- templates that machine's agency has installed.
CREATE TABLE charge (
    id                  INTEGER PRIMARY KEY,
    statute_id          TEXT NOT NULL,
    statute_version     TEXT NOT NULL,
    template_json       TEXT NOT NULL,         -- the template (JSON) at the time the charge was added
    offender_person_id  INTEGER NOT NULL REFERENCES person(id),
    victim_person_id    INTEGER REFERENCES person(id),
    created_utc         INTEGER NOT NULL        -- UTC microseconds
);
CREATE INDEX charge_offender ON charge(offender_person_id);

-- An event offered as proof of one element of a charge. element_id is the template's element id.
CREATE TABLE element_link (
    charge_id   INTEGER NOT NULL REFERENCES charge(id),
    element_id  TEXT NOT NULL,
    event_id    INTEGER NOT NULL REFERENCES event(id),
    created_utc INTEGER NOT NULL,
    PRIMARY KEY (charge_id, element_id, event_id)
) WITHOUT ROWID;
CREATE INDEX element_link_event ON element_link(event_id);
