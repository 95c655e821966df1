#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// An identifier attributed to a person for a period (DESIGN §4).
struct Identifier {
    qint64 id = 0;
    qint64 personId = 0;
    QString kind;
    QString value;     ///< normalised (E.164 for valid phone numbers)
    QString rawValue;  ///< as entered
    qint64 validFromUtcUs = 0; ///< 0 = open
    qint64 validToUtcUs = 0;   ///< 0 = open
};

/// Identifiers and the records they link to a person.
class IdentifierRepository {
public:
    struct Added {
        Identifier identifier;
        qint64 linkedRecords = 0; ///< records already in the case that carry the value within the period
        QStringList flags;        ///< invalid-number, ambiguous-number: a phone kept as entered (as imports flag it)
    };
    /**
     * Attributes an identifier to a person. The value is normalised like imported values (phone → E.164 with
     * `region` or the case's region), so records imported before or after link to the person.
     * `from`/`to` are YYYY-MM-DD (whole days in the case's display zone) or empty.
     * Throws CaseError(Usage) for an unknown person or kind, an empty value, a malformed date, a period whose `to` is
     * before its `from`, a region libphonenumber does not know, an e-mail without one @ and a domain, or a phone value
     * that is not a number at all; a number that does not parse as valid is kept raw and flagged (Added::flags).
     */
    static Added add(Case& c, qint64 personId, const QString& kind, const QString& rawValue, const QString& region,
                     const QString& from, const QString& to);
    static QVector<Identifier> forPerson(Database& db, qint64 personId);
    static QVector<Identifier> all(Database& db);
};

} // namespace tessera
