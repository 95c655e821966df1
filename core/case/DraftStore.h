#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// Text a person was typing in one field when the case locked or closed (issue 8 §1). Not evidence: never produced.
struct Draft {
    qint64 id = 0;        ///< 0 until kept
    QString window;       ///< objectName of the window (dialog) the field was in
    QString context;      ///< that window's title when the text was typed ("" for the main window)
    QString field;        ///< objectName path of the field inside the window
    QString label;        ///< the field's accessible name (for the list of drafts)
    QString text;         ///< the text exactly as typed
    qint64 keptUtcUs = 0; ///< UTC microseconds
};

/**
 * Drafts kept inside the (encrypted) case when it locks, until they are restored or discarded (issue 8 §1, DESIGN §3:
 * "keep unsaved drafts encrypted inside the case"). Table `draft` (migration 0014). Drafts are not evidence: no
 * production, memo, identity key, timeline or analysis reads them. Each change is one transaction with an audit
 * entry that records how many drafts and which fields (labels), never their text.
 */
class DraftStore {
public:
    /**
     * Records that the case locked (`reason`: idle, screen-locked, by-user) and keeps `drafts` in the same
     * transaction (audit `case.lock`, with the number of drafts and their field labels). A draft replaces an older
     * one for the same window, context and field. Throws CaseError on storage errors (nothing is kept then).
     */
    static void keepOnLock(Case& c, const QVector<Draft>& drafts, const QString& reason);
    /**
     * Keeps `drafts` as the case closes (`reason`: close, quit, logout, terminate — the window closed, the desktop
     * session ended, or SIGTERM), so half-typed text is offered back at the next open exactly as after an unlock. One
     * transaction, audited `draft.keep` with the reason, the number of drafts and their field labels (never the text).
     * Writes nothing when `drafts` is empty. Throws CaseError on storage errors (a read-only file: nothing is kept).
     */
    static void keepOnClose(Case& c, const QVector<Draft>& drafts, const QString& reason);
    /// Every kept draft, oldest first. Throws CaseError on storage errors.
    static QVector<Draft> list(Database& db);
    /// Whether any draft is kept (cheap). Throws CaseError on storage errors.
    static bool any(Database& db);
    /**
     * Deletes the drafts `ids` after they went back into their fields (`restored`, audit `draft.restore`) or were
     * discarded (audit `draft.discard`). Unknown ids are ignored. Throws CaseError on storage errors.
     */
    static void remove(Case& c, const QVector<qint64>& ids, bool restored);
};

} // namespace tessera
