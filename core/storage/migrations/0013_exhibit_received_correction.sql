-- Tessera case schema, migration 0013: corrections of when an exhibit was received (issue 7). An exhibit's
-- created_utc is the workstation's clock when the file entered the case; when the agency received it earlier (a
-- return delivered on a disc weeks before it was imported) or the clock was wrong, the corrected time is recorded
-- here, beside the exhibit — never by editing it. Append-only: a later correction supersedes an earlier one.
-- Times are UTC microseconds (bounds of an EDTF span).
CREATE TABLE IF NOT EXISTS exhibit_received_correction (
    id           INTEGER PRIMARY KEY,
    exhibit_id   INTEGER NOT NULL REFERENCES exhibit(id),
    lower_utc    INTEGER NOT NULL,
    upper_utc    INTEGER NOT NULL,
    precision    TEXT NOT NULL,
    edtf         TEXT NOT NULL,
    time_basis   TEXT NOT NULL,
    reason       TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    recorded_utc INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS exhibit_received_correction_exhibit ON exhibit_received_correction(exhibit_id, id);
CREATE TRIGGER IF NOT EXISTS exhibit_received_correction_no_update BEFORE UPDATE ON exhibit_received_correction
BEGIN SELECT RAISE(ABORT, 'received-time corrections are append-only'); END;
CREATE TRIGGER IF NOT EXISTS exhibit_received_correction_no_delete BEFORE DELETE ON exhibit_received_correction
BEGIN SELECT RAISE(ABORT, 'received-time corrections are append-only'); END;
