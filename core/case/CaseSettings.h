#pragma once

#include <QString>

namespace tessera {

class Database;

/**
 * The case's own settings, one typed table (STYLE: an enum key, a stored name, a default), kept inside the
 * encrypted case (never in QSettings: no case data in settings).
 */
class CaseSettings {
public:
    enum class Key {
        Title,        ///< case title
        CaseNumber,   ///< agency case number
        DisplayZone,  ///< IANA zone for display and the default time basis (marked assumed when used)
        Region,       ///< ISO 3166 region for phone numbers without a country code (libphonenumber), e.g. "US"
        BatesPrefix,  ///< Bates prefix, default "TSR"
        Agency,
        Investigator,
        CreatedUtc,   ///< UTC microseconds, as decimal text
        BackupKeep,   ///< how many rolling backups to keep beside the case (decimal, default 5; 0 = none)
    };

    /// The stored name of a key ("title", "case_number", …).
    static QString keyName(Key key);
    /// The default value of a key (empty for free text; "TSR" for BatesPrefix, "US" for Region, "UTC" zone).
    static QString defaultValue(Key key);

    explicit CaseSettings(Database& db) : m_db(db) {}
    /// The stored value or the key's default.
    QString value(Key key) const;
    /// Stores a value (inside the caller's transaction, if any). Throws CaseError; Usage ("--region: …") for a Region
    /// that libphonenumber does not know (PhoneNormalizer::isKnownRegion), which is stored upper-case.
    void setValue(Key key, const QString& value);

private:
    Database& m_db;
};

} // namespace tessera
