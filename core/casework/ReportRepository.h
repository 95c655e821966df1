#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// One version of an investigator's report: a draft until signed, then frozen.
struct ReportVersion {
    qint64 reportId = 0;
    int version = 1;          ///< 1, 2, …: a new version starts only after the one before it was signed
    QString text;
    QString author;           ///< who last saved the text
    qint64 createdUtcUs = 0;  ///< UTC microseconds: the version's first save
    qint64 savedUtcUs = 0;    ///< UTC microseconds: its last save
    QString signedBy;         ///< empty while a draft
    qint64 signedUtcUs = 0;   ///< UTC microseconds; 0 while a draft
    QString sha256;           ///< SHA-256 of the text's UTF-8 bytes, lower-case hex; empty while a draft
    bool isSigned() const { return signedUtcUs != 0; }
};

/// A report with every version, oldest first (the last is the current one: a draft or the latest signed version).
struct Report {
    qint64 id = 0;
    QString title;            ///< e.g. "Investigative report", "Supplemental report #2"
    qint64 createdUtcUs = 0;  ///< UTC microseconds
    QVector<ReportVersion> versions;
    const ReportVersion& current() const { return versions.constLast(); }
    /// The latest signed version, or nullptr when the report was never signed.
    const ReportVersion* latestSigned() const;
};

/**
 * Investigator reports (issue 5 point 5, DESIGN §8, §10): the narrative an investigator writes with the writing prompts
 * and then signs. A report's latest version may be an unsigned draft, which each save overwrites. Signing records the
 * signer (the case's actor), the time (UTC µs) and the SHA-256 of the exact text, and freezes the version: migration
 * 0011's triggers refuse any change to it or its deletion. Saving after signing starts version n+1 as a new draft.
 * Every signed version and the current draft go into the production (CaseworkProduction): reports are discoverable.
 *
 * Nothing of the writing prompts is stored: the repository takes text only, never findings (issue 5 point 5). Each
 * write is one Transaction with an audit entry that names the report, version and hash, never the text.
 */
class ReportRepository {
public:
    /// SHA-256 of `text` as UTF-8, lower-case hex: the hash signing records.
    static QString textSha256(const QString& text);

    /// Adds a report titled `title` with `text` as its version 1 draft; returns the report id.
    /// Throws CaseError(Usage) for an empty title or text.
    static qint64 add(Case& c, const QString& title, const QString& text);
    /// Saves `text` as the report's draft: overwrites the current draft, or, when the current version is signed,
    /// starts version n+1 as a draft. Returns the draft's version number. Throws CaseError(Usage) for an unknown
    /// report, empty text, or text identical to the current version (nothing to save).
    static int saveDraft(Case& c, qint64 reportId, const QString& text);
    /// Discards the report's unsigned draft version n+1 (n ≥ 1 signed), leaving the signed version current: the undo
    /// of the save that started it. Throws CaseError(Usage) when the current version is signed or is version 1.
    static void discardDraft(Case& c, qint64 reportId);
    /// Signs the current draft as the case's actor now, and freezes it. When `expectedSha256` is given it must be the
    /// draft's hash (the text the signer saw); otherwise CaseError(Usage), nothing signed. Returns the signed version.
    /// Throws CaseError(Usage) for an unknown report or when the current version is already signed.
    static ReportVersion sign(Case& c, qint64 reportId, const QString& expectedSha256 = QString());

    /// Every report with all versions, oldest report first.
    static QVector<Report> list(Database& db);
    /// One report. Throws CaseError(Usage) for an unknown id.
    static Report get(Database& db, qint64 reportId);
};

} // namespace tessera
