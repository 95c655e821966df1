#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Case;

/// An event to record: the investigator's assertion of what happened (DESIGN §4).
struct NewEvent {
    QString when;          ///< EDTF (ISO 8601-2): "2014-03-02", "2023-22", "2023-03/2023-05", "2014-03-02T07:13:30"
    QString timeBasis;     ///< zone for `when` without its own zone; empty = the case's zone, marked assumed
    QString category;      ///< one of Vocabulary::eventCategories()
    QString summary;
    QString place;
    QVector<qint64> actors;      ///< person ids (offenders)
    QVector<qint64> others;      ///< person ids (victims, witnesses…)
    QVector<qint64> fromRecords; ///< record ids it is promoted from (their exhibits support it)
};

/// An event as a list shows it (pickers, the proof board).
struct EventSummary {
    qint64 id = 0;
    qint64 lowerUtcUs = 0;  ///< UTC microseconds
    qint64 upperUtcUs = 0;  ///< UTC microseconds, inclusive
    QString edtf;
    QString category;
    QString summary;
    QString place;
};

class Database;

/// Events. One transaction per write, audited.
class EventRepository {
public:
    /// Adds an event; returns its id. Throws CaseError(Usage) for a malformed EDTF, unknown category, unknown person
    /// or record, or an empty summary.
    static qint64 add(Case& c, const NewEvent& event);
    /**
     * Removes an event that no charge element is linked to (undo of an event just promoted in the GUI): its people,
     * record and exhibit links go with it; a protection it caused stays (protection is never removed). Audited.
     * Throws CaseError(Usage) for an unknown event or one with element links.
     */
    static void remove(Case& c, qint64 eventId);
    /// All events in time order (lower bound, upper bound, id). Throws CaseError on storage errors.
    static QVector<EventSummary> list(Database& db);
};

} // namespace tessera
