#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

class Case;
class Database;

/// A person in the case (DESIGN §4). legalName is a protected identity when isProtected.
struct Person {
    qint64 id = 0;
    QStringList roles;
    QString legalName;
    QString pseudonym;     ///< "V-1" for victims; empty for people who need none
    QString dateOfBirth;   ///< YYYY-MM-DD or empty
    bool isProtected = false;

    /// How the person appears wherever the case does not need their name: the pseudonym when protected.
    QString label() const { return isProtected && !pseudonym.isEmpty() ? pseudonym : legalName; }
};

/// People and their roles. Writes are one transaction each, with an audit entry that never holds a name.
class PersonRepository {
public:
    /**
     * Adds a person. Victims get the next pseudonym V-n (never reused); minors or people of unknown age who are
     * witnesses get W-n (DESIGN §4, 18 U.S.C. §3509(d) for children). `dateOfBirth` is YYYY-MM-DD or empty.
     * Throws CaseError(Usage) for an unknown role, an empty name or a malformed date.
     */
    static Person add(Case& c, const QStringList& roles, const QString& legalName, const QString& dateOfBirth);
    static QVector<Person> list(Database& db);
    static std::optional<Person> get(Database& db, qint64 id);
};

} // namespace tessera
