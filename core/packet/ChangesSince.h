#pragma once

#include <QPair>
#include <QSet>
#include <QString>

namespace tessera {

class Database;

/**
 * What changed in a case after one of its discovery productions, read from the audit log: every write appends an
 * audit entry in its own transaction (DESIGN §3), so the entries after the production's `export` entry name exactly
 * what was added or changed since (by id order, not by clock, so a production dated by SOURCE_DATE_EPOCH compares
 * correctly). A supplemental production (`export --supplemental`, issue 7) holds what is in here.
 *
 * Subjects read: `event:ID` (added, linked to an exhibit), `exhibit:ID` (added, imported, authentication certified
 * with a chain-of-custody entry, sealed, identifier linked, return checked against scope), `note:ID` (added or
 * revised: detail.version; withdrawn or reinstated, migration 0015), `person:ID` with action benefit.add (detail.benefit_id) or interview.add
 * (detail.interview_id). A note about an event or exhibit also marks that event or exhibit changed (an annotation);
 * a changed exhibit marks the events linked to it changed (their corroboration may have changed).
 */
struct ChangesSince {
    int production = 0;            ///< the production compared against
    QSet<qint64> addedEvents;      ///< events added since (event.add)
    QSet<qint64> events;           ///< events added or changed since (a superset of addedEvents); existing ones only
    QSet<qint64> removedEvents;    ///< events removed since (event.remove) that are gone from the case
    QSet<qint64> exhibits;         ///< exhibits added or changed since; existing, not withdrawn
    QSet<QPair<qint64, int>> noteVersions; ///< (note id, version) written since, plus the current version of a note
                                           ///< withdrawn or reinstated since (its withdrawn mark changed)
    QSet<qint64> withdrawnNotes;   ///< notes withdrawn since and still withdrawn (note.withdraw, CaseworkWithdrawal)
    QSet<qint64> reinstatedNotes;  ///< notes reinstated since and in force now (note.reinstate)
    QSet<qint64> benefits;         ///< benefit ledger entries recorded since
    QSet<qint64> interviews;       ///< interviews recorded since

    /// True when nothing is new or changed.
    bool isEmpty() const {
        return events.isEmpty() && removedEvents.isEmpty() && exhibits.isEmpty() && noteVersions.isEmpty() &&
               withdrawnNotes.isEmpty() && reinstatedNotes.isEmpty() &&
               benefits.isEmpty() && interviews.isEmpty();
    }
    /**
     * Reads the changes after production `number` (its `export` audit entry; a case file whose audit log lacks it is
     * compared from the production's created_utc). Throws CaseError(Usage) for an unknown production, CaseError on
     * storage errors.
     */
    static ChangesSince read(Database& db, int number);
};

} // namespace tessera
