#pragma once

#include "analysis/Timeline.h"

#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// One exhibit that carries a linking identifier, and how it carries it.
struct LinkedExhibit {
    qint64 exhibitId = 0;
    QString exhibitKind;
    QString title;
    qint64 records = 0;     ///< records of the exhibit that carry the value (originator or recipient); 0 when stated
    bool stated = false;    ///< the investigator stated that the exhibit shows it (exhibit-identifier add)
};

/// The same normalised identifier in two or more exhibits (DESIGN §6 identifier linking).
struct IdentifierLink {
    QString value;                  ///< normalised (E.164 for valid phone numbers)
    QString kind;                   ///< from a stated or attributed identifier; "record-party" when only records carry it
    QVector<PersonRef> people;      ///< people the identifier is attributed to (victims by pseudonym)
    QVector<LinkedExhibit> exhibits;///< at least two, by exhibit id
};

/**
 * Identifier linking across sources (DESIGN §6; issue 3): an ad's phone = a number in the call records = a payment
 * account's phone. An exhibit carries a value when one of its records has it as originator or recipient, or when the
 * investigator stated it (addToExhibit; identifier attributions citing the exhibit count too). Withdrawn exhibits are
 * left out. Values are compared normalised, exactly.
 */
class IdentifierLinks {
public:
    /**
     * Records that exhibit `exhibitId` shows an identifier (normalised like IdentifierRepository::add: phones to
     * E.164 with `region` or the case's region). Idempotent; one transaction with an audit entry (never the value).
     * Returns the normalised value. Throws CaseError(Usage) for an unknown exhibit or kind or an empty value.
     */
    static QString addToExhibit(Case& c, qint64 exhibitId, const QString& kind, const QString& rawValue,
                                const QString& region = {});
    /// Every value carried by two or more exhibits, by value. Throws CaseError on storage errors.
    static QVector<IdentifierLink> links(Database& db);
    /// The links that involve one exhibit.
    static QVector<IdentifierLink> linksOf(Database& db, qint64 exhibitId);
};

} // namespace tessera
