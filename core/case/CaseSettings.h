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
        BackupIntervalMinutes, ///< the least time between two rolling backups, in minutes (decimal, default 60; 0 =
                               ///< a backup on every open after a change); see CaseBackups::due
    };

    /// The stored name of a key ("title", "case_number", …).
    static QString keyName(Key key);
    /// The default value of a key (empty for free text; "TSR" for BatesPrefix, "US" for Region, "UTC" zone,
    /// "5" backups kept, "60" minutes between backups).
    static QString defaultValue(Key key);

    /**
     * True for a safe Bates prefix: 1 to 16 characters of A-Z, 0-9, '-' and '_', starting and ending with a letter or
     * digit ("TSR", "SMITH-CF"). The prefix becomes part of every Bates number and of the production's file names
     * (natives/<PREFIX>-000001.csv), so a path separator, "..", a control character or a space must never reach it;
     * capital letters and digits follow the usual Bates convention (Sedona Conference, Commentary on ESI production:
     * a short alphanumeric producing-party prefix and a fixed-width number).
     */
    static bool isValidBatesPrefix(const QString& prefix);
    /// The rule of isValidBatesPrefix() in words, for an error message.
    static QString batesPrefixRule();

    explicit CaseSettings(Database& db) : m_db(db) {}
    /// The stored value or the key's default.
    QString value(Key key) const;
    /// Stores a value (inside the caller's transaction, if any). Throws CaseError(Usage) for an unsafe Bates prefix
    /// and ("--region: …") for a Region that libphonenumber does not know (PhoneNormalizer::isKnownRegion); a region is
    /// stored upper-case.
    void setValue(Key key, const QString& value);

private:
    Database& m_db;
};

} // namespace tessera
