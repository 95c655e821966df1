-- Issue 8 §1: text a person was typing when the case locked (idle, screen lock or by hand), kept here — encrypted
-- with the rest of the case — until they unlock and take it back or discard it. Drafts are not evidence: nothing
-- reads this table for a production, a memo, an identity key or the timeline, and a draft is deleted once restored
-- or discarded (only the fact that drafts were kept, restored or discarded is audited, never their text).
CREATE TABLE IF NOT EXISTS draft (
    id          INTEGER PRIMARY KEY,
    window      TEXT NOT NULL,             -- objectName of the window the field was in (e.g. addPersonDialog)
    context     TEXT NOT NULL DEFAULT '',  -- that window's title, so a draft goes back only to the same dialog
    field       TEXT NOT NULL,             -- objectName path of the field inside the window
    label       TEXT NOT NULL DEFAULT '',  -- the field's accessible name, for the list of drafts
    text        BLOB NOT NULL,             -- the field's text, UTF-8, exactly as it was
    kept_utc    INTEGER NOT NULL           -- UTC microseconds
);
CREATE INDEX IF NOT EXISTS draft_place ON draft(window, context, field);
