#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// One entry of the benefit ledger: anything given or promised to a victim or witness (potential Giglio material).
struct Benefit {
    qint64 id = 0;
    qint64 personId = 0;
    QString kind;        ///< lodging, transport, money, services, continued-presence, t-visa, u-visa, promise, other
    QString date;        ///< YYYY-MM-DD
    QString amount;      ///< exact decimal text ("125.50"), empty when not money-valued; never floating point
    QString note;
    QString recordedBy;
    qint64 createdUtcUs = 0; ///< UTC microseconds
};

/**
 * The benefit ledger (table `benefit`, append-only; a correction is a new entry with a note). It goes to the
 * prosecutor in the disclosure register as potential Giglio material: everything done to secure cooperation must be
 * disclosed (Giglio v. United States, 405 U.S. 150 (1972); field research §5.1). Continued Presence is never
 * conditioned on cooperation (DHS, Continued Presence): the UI says so where it is recorded.
 */
class BenefitLedger {
public:
    /// The kinds, in CLI order.
    static const QStringList& kinds();
    /// The reminder shown wherever Continued Presence is recorded.
    static QString continuedPresenceNote();
    /// True for an exact non-negative decimal: digits, optionally a point and more digits ("125", "125.50").
    static bool isDecimal(const QString& amount);
    /**
     * Appends a benefit; returns its id. The person must be a victim or witness. Throws CaseError(Usage) naming the
     * option for an unknown person or kind, a malformed date or an amount that is not an exact decimal.
     */
    static qint64 add(Case& c, qint64 personId, const QString& kind, const QString& date, const QString& amount,
                      const QString& note);
    /// Every benefit, oldest first (personId 0), or one person's.
    static QVector<Benefit> list(Database& db, qint64 personId = 0);
};

} // namespace tessera
