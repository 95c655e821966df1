#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Database;

/// One victim in an offender's pattern (by pseudonym: PatternSummary never holds a protected name).
struct PatternVictim {
    qint64 personId = 0;
    QString label;            ///< the pseudonym for a protected person
    int events = 0;           ///< events naming the offender as actor and this person as other involved
    qint64 firstUtcUs = 0;    ///< lower bound of the first such event, UTC microseconds
    qint64 lastUtcUs = 0;     ///< upper bound of the last, UTC microseconds (inclusive)
    QStringList categories;   ///< event categories, sorted
};

/// One place in an offender's pattern.
struct PatternPlace {
    QString place;            ///< as recorded on the events
    int events = 0;
    QStringList categories;   ///< sorted
};

/**
 * An offender's pattern (DESIGN §6; issue 3): acts by category over time, victims by pseudonym, places. Built from
 * the events that name the person as an actor; months are calendar months in the case's display zone of each event's
 * lower bound ("2024-03"). Records are not acts: `records` counts those carrying the offender's identifiers within
 * their attribution periods, for context.
 */
struct PatternSummary {
    qint64 offenderId = 0;
    QString offenderLabel;
    int events = 0;
    qint64 records = 0;
    qint64 firstUtcUs = 0;    ///< 0 when there are no events
    qint64 lastUtcUs = 0;
    /// category → month ("YYYY-MM") → number of events, both sorted.
    QMap<QString, QMap<QString, int>> actsByCategory;
    QVector<PatternVictim> victims;  ///< by first event
    QVector<PatternPlace> places;    ///< by number of events, then name

    /**
     * The pattern of one person (normally an offender or suspect). `displayZone` is an IANA zone for months (UTC when
     * invalid). Throws CaseError(Usage) for an unknown person, CaseError on storage errors.
     */
    static PatternSummary build(Database& db, qint64 personId, const QString& displayZone);
    /// The pattern of every person with the role offender or suspect, by person id.
    static QVector<PatternSummary> buildAll(Database& db, const QString& displayZone);
};

} // namespace tessera
