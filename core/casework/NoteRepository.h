#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// What a note is about: the case, or one person, exhibit or event.
struct NoteSubject {
    QString kind = QStringLiteral("case"); ///< "case", "person", "exhibit" or "event"
    qint64 id = 0;                         ///< 0 for the case

    /// Parses "case", "person:ID", "exhibit:ID" or "event:ID" (CLI `note add --about`). Throws CaseError(Usage).
    static NoteSubject parse(const QString& text);
    /// "case" or "person:3".
    QString text() const;
};

/// One version of a note: the text as it stood after that edit.
struct NoteVersion {
    qint64 noteId = 0;
    int version = 1;       ///< 1 for the first text; each revision adds one
    QString text;
    QString author;
    qint64 createdUtcUs = 0; ///< UTC microseconds
};

/// A note with every version, oldest first (the last is the current text).
struct Note {
    qint64 id = 0;
    NoteSubject about;
    qint64 createdUtcUs = 0; ///< UTC microseconds
    QVector<NoteVersion> versions;
    bool withdrawn = false;  ///< withdrawn (the GUI's undo of adding it, CaseworkWithdrawal): kept and produced, not shown
    const NoteVersion& current() const { return versions.constLast(); }
};

/**
 * Investigator notes (DESIGN §4): append-only and versioned — a revision is a new version, nothing is changed or
 * deleted (migration 0004's triggers refuse it), and every version is discoverable (it goes into the production).
 * Each write is one Transaction with an audit entry that names the note, never its text.
 */
class NoteRepository {
public:
    /// Adds a note about `about` (which must exist) with its first version; returns the note id.
    /// Throws CaseError(Usage) for empty text or an unknown person, exhibit or event.
    static qint64 add(Case& c, const QString& text, const NoteSubject& about = {});
    /// Appends version n+1 of note `noteId`; returns the new version number. Throws CaseError(Usage) for an unknown
    /// note or empty text; a revision identical to the current text is refused (Usage) as it would add nothing.
    static int revise(Case& c, qint64 noteId, const QString& text);
    /// Every note with all versions, oldest note first.
    static QVector<Note> list(Database& db);
    /// The notes about one subject.
    static QVector<Note> about(Database& db, const NoteSubject& subject);
};

} // namespace tessera
