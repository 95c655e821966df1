-- Tessera case schema, migration 0010: withdrawing casework entries (issue 10). Notes, leads and legal process are
-- append-only ledgers (0004), so the GUI's undo of "add a note / a lead / legal process" cannot delete the row: it
-- appends a withdrawal here, and a redo appends a reinstatement. The latest entry for a subject rules. A withdrawn
-- entry stays in the case and in the audit chain; it leaves the working views (notes, leads, the due view) and stops
-- counting as a deadline. A withdrawn note is still produced (notes are discoverable, DESIGN §4), marked withdrawn.
CREATE TABLE casework_withdrawal (
    id          INTEGER PRIMARY KEY,
    subject     TEXT NOT NULL CHECK (subject IN ('note','lead','process')),
    subject_id  INTEGER NOT NULL,
    withdrawn   INTEGER NOT NULL CHECK (withdrawn IN (0, 1)), -- 1 withdrawn, 0 reinstated
    actor       TEXT NOT NULL,
    created_utc INTEGER NOT NULL
);
CREATE INDEX casework_withdrawal_subject ON casework_withdrawal(subject, subject_id);
CREATE TRIGGER casework_withdrawal_no_update BEFORE UPDATE ON casework_withdrawal
BEGIN SELECT RAISE(ABORT, 'casework withdrawals are append-only'); END;
CREATE TRIGGER casework_withdrawal_no_delete BEFORE DELETE ON casework_withdrawal
BEGIN SELECT RAISE(ABORT, 'casework withdrawals are append-only'); END;
