-- Issue 6: records from every kind of return (bank, OFX, timelines, calendars, mail, GPS, ads, lodging, plate reads).
-- What a record says beyond time and parties, for the records that say it (one row per such record).
-- Amounts are exact decimal text ('.' as decimal separator, a leading '-' for money out), never floating point.
CREATE TABLE IF NOT EXISTS record_detail (
    record_id   INTEGER PRIMARY KEY REFERENCES record(id),
    amount      TEXT,                      -- exact decimal text
    currency    TEXT,                      -- ISO 4217 code as given
    summary     TEXT                       -- one line from the source: message, payee, subject, title
);
CREATE TRIGGER IF NOT EXISTS record_detail_no_update BEFORE UPDATE ON record_detail
    BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;
CREATE TRIGGER IF NOT EXISTS record_detail_no_delete BEFORE DELETE ON record_detail
    BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;

-- Identifiers found in an exhibit (a contact card's numbers, an ad's phone and e-mail, a plate read): what the source
-- says, not yet attributed to a person (attribution stays `identifier`). record_id is NULL where the source has no
-- time (contact cards). Immutable like the records they come from.
CREATE TABLE IF NOT EXISTS record_identifier (
    id          INTEGER PRIMARY KEY,
    exhibit_id  INTEGER NOT NULL REFERENCES exhibit(id),
    record_id   INTEGER REFERENCES record(id),
    row_number  INTEGER NOT NULL,          -- row, line or entry number in the source
    kind        TEXT NOT NULL,             -- phone, email, handle, payment-handle, plate, imei, address, ad-id, account
    value       TEXT NOT NULL,             -- normalised (E.164 for valid phone numbers)
    raw_value   TEXT NOT NULL,             -- as received
    label       TEXT NOT NULL DEFAULT '',  -- the source's own label (contact name, TEL type)
    flags       TEXT NOT NULL DEFAULT ''   -- invalid-number, ambiguous-number, …
);
CREATE INDEX IF NOT EXISTS record_identifier_value ON record_identifier(value);
CREATE INDEX IF NOT EXISTS record_identifier_exhibit ON record_identifier(exhibit_id, row_number);
CREATE TRIGGER IF NOT EXISTS record_identifier_no_update BEFORE UPDATE ON record_identifier
    BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;
CREATE TRIGGER IF NOT EXISTS record_identifier_no_delete BEFORE DELETE ON record_identifier
    BEGIN SELECT RAISE(ABORT, 'records are immutable'); END;
