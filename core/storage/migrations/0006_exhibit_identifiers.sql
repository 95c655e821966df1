-- Identifiers an exhibit shows (issue 3): the phone in an ad, the phone on a payment account, the plate on a folio.
-- Stated by the investigator for exhibits that have no records; records carry theirs in originator/recipient.
-- Values are normalised like identifier.value (E.164 for valid phone numbers), so the same identifier links exhibits.
CREATE TABLE IF NOT EXISTS exhibit_identifier (
    exhibit_id  INTEGER NOT NULL REFERENCES exhibit(id),
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,
    raw_value   TEXT NOT NULL,
    created_utc INTEGER NOT NULL,
    PRIMARY KEY (exhibit_id, kind, value)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS exhibit_identifier_value ON exhibit_identifier(value);
