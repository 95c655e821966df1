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
    QString dobSource;     ///< victim-statement, document, record, other, or empty (victim-statement is victim-sourced)
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
     * `dobSource` says where the date of birth comes from (dobSources(); empty: not stated); a date of birth known only
     * from the victim's own statement ("victim-statement") is victim-sourced on the proof board (DESIGN §4).
     * Throws CaseError(Usage) for an unknown role, an empty name, a malformed date, an unknown dobSource or a
     * dobSource without a date of birth.
     */
    static Person add(Case& c, const QStringList& roles, const QString& legalName, const QString& dateOfBirth,
                      const QString& dobSource = {});
    /// Where a date of birth can come from: victim-statement, document, record, other.
    static const QStringList& dobSources();
    /**
     * Makes a victim or witness who is or may have been a minor during [lowerUtcUs, upperUtcUs] protected, as the
     * default (DESIGN §4, §6; 18 U.S.C. 3509(d)): by date of birth against the span (MinorLogic, in `zone`), or
     * because the age is unknown. A person who becomes protected gets a pseudonym (V-n for victims, W-n otherwise)
     * when they have none. Never removes protection. Runs inside the caller's transaction and appends an audit
     * entry when it changes anything. Returns true when it did.
     */
    static bool protectIfMayHaveBeenMinor(Case& c, qint64 personId, qint64 lowerUtcUs, qint64 upperUtcUs);
    static QVector<Person> list(Database& db);
    static std::optional<Person> get(Database& db, qint64 id);
};

} // namespace tessera
