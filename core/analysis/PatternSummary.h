#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Database;

/// How many of an offender's events involve one person who was trafficked (by pseudonym), and when.
struct PatternVictim {
    QString label;          ///< pseudonym for a protected person
    int events = 0;
    qint64 firstUtcUs = 0;  ///< lower bound of the first such event, UTC microseconds
    qint64 lastUtcUs = 0;   ///< upper bound of the last such event, UTC microseconds
};

/// One offender's pattern (DESIGN §6): acts by category over time, across victims and places.
struct OffenderPattern {
    qint64 personId = 0;
    QString label;               ///< the offender's name (offenders are not protected)
    int events = 0;              ///< events naming the person as an actor
    qint64 firstUtcUs = 0;       ///< lower bound of the first event, UTC microseconds (0 when none)
    qint64 lastUtcUs = 0;        ///< upper bound of the last event, UTC microseconds (0 when none)
    QStringList categories;      ///< categories that occur, in Vocabulary order
    /// Per month ("YYYY-MM" in the display zone, by each event's lower bound): category → count. Sorted by month.
    QMap<QString, QMap<QString, int>> byMonth;
    QVector<PatternVictim> victims; ///< people with the role victim among the events' others, most events first
    QMap<QString, int> places;      ///< place as written → events there
};

/**
 * The offender pattern section of the prosecution memo (DESIGN §6 "offender's pattern"): for every person with the role
 * offender or suspect, the events naming them as an actor, counted by category per month, by victim (pseudonym) and by
 * place. Events only (the investigator's assertions, each backed by exhibits); records are counted on the timeline.
 * States counts, never a legal conclusion. Throws CaseError on storage errors.
 */
class PatternSummary {
public:
    /// Builds the patterns, offenders in person-id order. `displayZone` (IANA id) buckets events by local month.
    static QVector<OffenderPattern> build(Database& db, const QString& displayZone);
};

} // namespace tessera
