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
    };
    struct Result {
        Status status = Status::NotANumber;
        QString e164;      ///< "+14125550147" when Valid
        QString value;     ///< what to store and link on: e164 when Valid, else the trimmed raw text
    };

    /// `defaultRegion`: ISO 3166-1 alpha-2 ("US", "SN") for numbers without a country code.
    static Result normalize(const QString& raw, const QString& defaultRegion);
    /// Normalises any identifier kind for storage and linking: phone via normalize(); email lower-cased; others
    /// trimmed with inner whitespace collapsed.
    static QString normalizeIdentifier(const QString& kind, const QString& raw, const QString& defaultRegion);
};

} // namespace tessera
