#pragma once

#include <QString>

namespace tessera {

class Case;

/// How an exhibit can be admitted (CLI `exhibit certify`). DESIGN §4 "authentication".
struct Certification {
    /// "business-record" (certified record of regularly conducted activity, FRE 803(6), 902(11)),
    /// "hash-certificate" (certified copy of a device or file identified by its hash, FRE 902(14)),
    /// "custodian" or "officer" (a witness with knowledge, FRE 901(b)(1)).
    QString method;
    QString certificateFile; ///< optional: the signed certificate, stored in the case as its own exhibit
    QString noticeServed;    ///< optional YYYY-MM-DD: written notice to the adverse party (FRE 902(11), 902(14))
    QString witness;         ///< optional: who will testify (custodian, officer); a role or name, never a victim's name
};

/// An exhibit's recorded authentication as stored (exhibit.authentication_*): what an undo puts back.
struct AuthenticationState {
    QString method;              ///< empty: none recorded
    QString detail;              ///< compact JSON as certify() wrote it, or empty
    bool victimDependent = false;
};

/**
 * Evidence links that are not records: attaching a file as an exhibit, recording its authentication path, and linking
 * an event to an exhibit that supports or contradicts it. Each write is one Transaction with an audit entry.
 */
class EvidenceLinks {
public:
    /// The authentication methods: business-record, hash-certificate, custodian, officer.
    static const QStringList& certificationMethods();
    /**
     * Attaches the file at `path` as an exhibit of `kind` (CLI.md exhibit kinds); returns its id. It is victim-sourced
     * when the kind is (a victim's statement, device or records) or when `providedBy` is a person with the role victim
     * (DESIGN §4). A device extraction or medical record provided by a victim needs their choice first
     * (VictimChoicePolicy: CaseError(HeldByVictimChoice) naming the decision point), and a victim-device-extraction
     * needs `providedBy`. Throws CaseError(Usage) for an unknown kind or person, CaseError(BadInput) for an unreadable
     * file or one already in the case (same SHA-256; the message names the exhibit).
     */
    static qint64 addExhibitFile(Case& c, const QString& path, const QString& kind, const QString& title,
                                 qint64 providedBy = 0);
    /**
     * Records how exhibit `exhibitId` can be admitted. The path depends on the victim when the method is "custodian"
     * and the exhibit was provided by a victim (the victim would be the custodian). A business record without a
     * notice date is recorded, and the detail says the notice is still to be served. Throws CaseError(Usage) for an
     * unknown exhibit or method or a malformed date; CaseError(BadInput) for an unreadable certificate file.
     */
    static void certify(Case& c, qint64 exhibitId, const Certification& cert);
    /// The authentication recorded for exhibit `exhibitId` now. Throws CaseError(Usage) for an unknown exhibit.
    static AuthenticationState authentication(Case& c, qint64 exhibitId);
    /**
     * Puts back an earlier authentication state (the GUI's undo and redo of certify()). The exhibit row's
     * authentication columns are its only mutable part; the change is still recorded: a chain-of-custody entry
     * ("authentication withdrawn" or "authentication recorded") and an audit entry (exhibit.certify-restore) in one
     * transaction. A certificate stored as its own exhibit stays in the case either way (exhibits are never deleted).
     * Throws CaseError(Usage) for an unknown exhibit or method.
     */
    static void restoreAuthentication(Case& c, qint64 exhibitId, const AuthenticationState& state);
    /**
     * Links an event to an exhibit that supports it, or (`contradicts`) that contradicts it; a later link between the
     * same pair replaces the direction. Contradicting links are disclosed and never count as support (DESIGN §6).
     * Throws CaseError(Usage) for an unknown event or exhibit.
     */
    static void linkEventExhibit(Case& c, qint64 eventId, qint64 exhibitId, bool contradicts);
};

} // namespace tessera
