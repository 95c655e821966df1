-- Tessera case schema, migration 0011: signed investigator reports (issue 5 point 5, DESIGN §8 and §10).
-- A report (an investigative or supplemental report) is drafted, then signed. Its text lives in versions: the latest
-- version may be an unsigned draft, which each save overwrites; signing records who signed, when (UTC microseconds)
-- and the SHA-256 of the exact text (UTF-8, hex) and freezes that version for good. Changing a signed report starts a
-- new draft version, which is signed in turn. Every signed version stays (reports are discoverable). Nothing here
-- stores the writing prompts' findings: they are drafting help, never evidence.
CREATE TABLE report (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,             -- e.g. "Investigative report", "Supplemental report #2"
    created_utc INTEGER NOT NULL
);
CREATE TABLE report_version (
    report_id   INTEGER NOT NULL REFERENCES report(id),
    version     INTEGER NOT NULL,          -- 1, 2, …; a new one only after the one before was signed
    text        TEXT NOT NULL,
    author      TEXT NOT NULL,             -- who last saved the text
    created_utc INTEGER NOT NULL,          -- the version's first save
    saved_utc   INTEGER NOT NULL,          -- its last save (the draft's; for a signed version, the text signed)
    signed_by   TEXT,                      -- NULL while a draft
    signed_utc  INTEGER,                   -- UTC microseconds; NULL while a draft
    sha256      TEXT,                      -- of the text's UTF-8 bytes, lower-case hex; NULL while a draft
    PRIMARY KEY (report_id, version)
) WITHOUT ROWID;

CREATE TRIGGER report_no_update BEFORE UPDATE ON report BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
CREATE TRIGGER report_no_delete BEFORE DELETE ON report BEGIN SELECT RAISE(ABORT, 'reports are append-only'); END;
-- A version starts as a draft, and only once the version before it is signed (at most one draft per report).
CREATE TRIGGER report_version_insert BEFORE INSERT ON report_version
WHEN NEW.signed_utc IS NOT NULL OR NEW.signed_by IS NOT NULL OR NEW.sha256 IS NOT NULL
  OR (NEW.version <> 1 AND NOT EXISTS (SELECT 1 FROM report_version WHERE report_id = NEW.report_id
                                       AND version = NEW.version - 1 AND signed_utc IS NOT NULL))
  OR (NEW.version = 1 AND EXISTS (SELECT 1 FROM report_version WHERE report_id = NEW.report_id))
BEGIN SELECT RAISE(ABORT, 'a report version starts as a draft after the signed one before it'); END;
-- A signed version is frozen: nothing in it changes again.
CREATE TRIGGER report_version_signed_frozen BEFORE UPDATE ON report_version WHEN OLD.signed_utc IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed report version is frozen; a change makes a new version'); END;
-- A draft keeps its place, and is signed with all three of signer, time and hash.
CREATE TRIGGER report_version_draft_update BEFORE UPDATE ON report_version
WHEN NEW.report_id IS NOT OLD.report_id OR NEW.version IS NOT OLD.version OR NEW.created_utc IS NOT OLD.created_utc
  OR ((NEW.signed_utc IS NULL) <> (NEW.signed_by IS NULL)) OR ((NEW.signed_utc IS NULL) <> (NEW.sha256 IS NULL))
BEGIN SELECT RAISE(ABORT, 'a report draft changes only its text or is signed with signer, time and hash'); END;
-- A signed version, and the first version, are never deleted; a later unsigned draft may be discarded.
CREATE TRIGGER report_version_no_delete BEFORE DELETE ON report_version WHEN OLD.signed_utc IS NOT NULL OR OLD.version = 1
BEGIN SELECT RAISE(ABORT, 'a signed report version, or a first version, is never deleted'); END;
