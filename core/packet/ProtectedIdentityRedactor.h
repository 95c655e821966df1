#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace tessera {

class Database;

/**
 * Replaces protected identities in text that Tessera itself writes into a production (DESIGN §10: the report,
 * indexes, manifest and file names never show one; field-research §5.4, 18 U.S.C. §3509(d) for children).
 *
 * A protected person's legal name (whole, any letter case), each part of it of three or more letters as written
 * (case-sensitive, so "Rose" the name is caught but "rose" the verb is not), and every identifier attributed to them
 * (normalised and raw) are replaced by their pseudonym, visibly marked: "[V-1]". Matches respect word boundaries
 * (letters and digits). Natives are never touched: exhibits are produced as received.
 */
class ProtectedIdentityRedactor {
public:
    /// Loads the protected people and their identifiers from the case.
    explicit ProtectedIdentityRedactor(Database& db);
    /// `text` with every protected identity replaced by its marked pseudonym.
    QString redact(const QString& text) const;
    /// True when `text` holds a protected identity (for warnings at the point of entry).
    bool containsProtected(const QString& text) const;

private:
    QRegularExpression m_caseInsensitive;
    QRegularExpression m_caseSensitive;
    QHash<QString, QString> m_replacementFolded; ///< case-folded match → "[V-1]"
    QHash<QString, QString> m_replacementExact;  ///< exact match → "[V-1]"
};

} // namespace tessera
