#pragma once

#include <QString>
#include <QVector>

namespace tessera {

class Database;

/// An event a rule (or a selection of records) proposes; nothing is written until the investigator accepts it.
struct EventProposal {
    QString rule;              ///< the rule's id, or "selection" for records chosen by hand
    QString key;               ///< stable while the records are unpromoted: rule, people and day (accept by key)
    QString category;          ///< an event category (Vocabulary::eventCategories())
    QString when;              ///< EDTF: a day ("2014-03-02"), a day interval, or a time for a single record
    QString timeBasis;         ///< the zone `when` is written in (the case's display zone)
    QString summary;           ///< one line; people by label (victims by pseudonym)
    QVector<qint64> actors;    ///< person ids (the offender)
    QVector<qint64> others;    ///< person ids (the sex buyer, the victim…)
    QVector<qint64> records;   ///< the records it would be promoted from (their exhibits support the event)
};

/**
 * Rule-promoted events (DESIGN §4 "promoted from records, selected or by a rule"; issue 3). A rule looks at records,
 * never at events, and only proposes; accepting a proposal is `EventRepository::add` with its records
 * (`fromRecords`), so the records' exhibits support the new event. Records already promoted to an event are skipped.
 *
 * Rule `buyer-contact` (documented in docs/CLI.md `proposals`): calls and texts between a number attributed to an
 * offender or suspect and a number attributed to a sex buyer (both within their attribution periods) on the same
 * local day (the case's display zone) → one `communication` event per offender, buyer and day, actor the offender,
 * other the buyer. Such contact is a usual independent proof of the purpose element (commercial sex act).
 */
class PromotionRules {
public:
    /// The ids of the rules this build knows.
    static QStringList ruleIds();
    /// Every proposal of every rule, by day then key. `displayZone` is an IANA zone. Throws CaseError on storage errors.
    static QVector<EventProposal> propose(Database& db, const QString& displayZone);
    /**
     * A proposal for records chosen by hand (the GUI timeline's selection): `when` spans their bounds (one record: its
     * time; one local day: the day; else the day interval), category `communication` for calls and texts else `other`,
     * actors the offenders/suspects and others everyone else attributed to the records' parties. Throws
     * CaseError(Usage) for no records or an unknown record id.
     */
    static EventProposal fromRecords(Database& db, const QVector<qint64>& recordIds, const QString& displayZone);
};

} // namespace tessera
