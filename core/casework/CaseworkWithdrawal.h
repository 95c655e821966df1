#pragma once

#include <QSet>
#include <QString>

namespace tessera {

class Case;
class Database;

/**
 * Withdrawing a note, a lead or legal process that was added in error (the GUI's undo of adding one, issue 10).
 * Notes, leads and legal process are append-only ledgers (migration 0004), so nothing is deleted: a withdrawal is a row
 * appended to casework_withdrawal (migration 0015), and reinstating it (the redo) appends another; the latest entry for
 * a subject rules. Withdrawn entries leave the working views (the notes, leads and due-and-expiring lists) and stop
 * counting as deadlines; they stay in the case, in the audit chain, and — for notes, which are discoverable — in the
 * production's notes.csv, marked withdrawn. Each write is one Transaction with an audit entry.
 */
class CaseworkWithdrawal {
public:
    /// The subjects: "note", "lead", "process".
    static const QStringList& subjects();
    /**
     * Withdraws (`withdrawn` true) or reinstates (false) note, lead or process `id`. Throws CaseError(Usage) for an
     * unknown subject kind or id, CaseError(BadInput) when it is already in that state.
     */
    static void set(Case& c, const QString& subject, qint64 id, bool withdrawn);
    /// Whether `subject` `id` is withdrawn now.
    static bool isWithdrawn(Database& db, const QString& subject, qint64 id);
    /// The ids of `subject` that are withdrawn now.
    static QSet<qint64> withdrawnIds(Database& db, const QString& subject);
};

} // namespace tessera
