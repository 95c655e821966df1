#pragma once

#include <QString>

namespace tessera {

/**
 * Phone-number normalisation to E.164 with libphonenumber (DESIGN §9). The raw text is always kept by callers;
 * nothing is silently "fixed".
 */
class PhoneNormalizer {
public:
    enum class Status {
        Valid,      ///< parsed and IsValidNumber() holds for its region: `e164` is set
        Invalid,    ///< looks like a phone number but fails IsValidNumber(): flag it, keep the raw text
        NotANumber, ///< letters, hashes or other handles: keep as a raw handle
        Ambiguous,  ///< valid both as a national number of the region and as an international one (digits without
                    ///< '+' that also read as a country code): kept raw and flagged, never guessed
    };
    struct Result {
        Status status = Status::NotANumber;
        QString e164;      ///< "+14125550147" when Valid
        QString value;     ///< what to store and link on: e164 when Valid, else the trimmed raw text
    };

    /// `defaultRegion`: ISO 3166-1 alpha-2 ("US", "SN") for numbers without a country code. A leading "00" or the
    /// region's own international prefix (011 in the US) is read as '+' (libphonenumber's rules per region).
    /// A number of 11 or more digits without '+' that is valid both in the region and read as international with
    /// different results is Ambiguous.
    static Result normalize(const QString& raw, const QString& defaultRegion);
    /// True when `region` (any case) is an ISO 3166-1 alpha-2 region libphonenumber supports
    /// (PhoneNumberUtil::GetSupportedRegions: "US", "GB", "SN"…); false for "ZZ", "XX", "" or anything else.
    static bool isKnownRegion(const QString& region);
    /// Throws CaseError(Usage) "OPTION: unknown phone region …" unless `region` is empty or isKnownRegion().
    /// `option` names the CLI option or field ("--region").
    static void requireKnownRegion(const QString& region, const QString& option = QStringLiteral("--region"));
    /// Normalises any identifier kind for storage and linking: phone via normalize(); email lower-cased; plate
    /// upper-cased without spaces and hyphens; others trimmed with inner whitespace collapsed.
    static QString normalizeIdentifier(const QString& kind, const QString& raw, const QString& defaultRegion);
};

} // namespace tessera
