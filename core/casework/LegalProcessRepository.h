#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

class Case;
class Database;

/// What a caller says about new legal process (CLI `process add`). Dates are YYYY-MM-DD or empty.
struct NewLegalProcess {
    QString kind;     ///< subpoena, court-order, search-warrant, preservation, delayed-notice
    QString provider; ///< who it is served on (a carrier, an ad site, a bank)
    QString served;   ///< day it was served
    QString due;      ///< day the return is due
    QString expires;  ///< preservation: defaults to served + 90 days; delayed-notice: the order's end date (required)
    QVector<qint64> identifierIds; ///< scope: identifiers (their normalised values are what records are checked against)
    QString scopeFrom; ///< scope: first day of the time window (case display zone), empty = open
    QString scopeTo;   ///< scope: last day of the time window, inclusive, empty = open
    qint64 leadId = 0; ///< the lead it serves, 0 = none
};

/// A scope identifier of a process.
struct ScopeIdentifier {
    qint64 identifierId = 0;
    QString value;     ///< normalised value, as records carry it
    QString kind;      ///< phone, email, handle…
};

/// Legal process as stored, with its effective dates.
struct LegalProcess {
    qint64 id = 0;
    QString kind;
    QString provider;
    qint64 leadId = 0;
    QDate served;
    QDate due;
    QDate expires;          ///< effective: after a renewal, the renewed end
    QDate originalExpires;  ///< before any renewal
    QDate renewalServed;    ///< invalid when not renewed
    QString scopeFrom;      ///< YYYY-MM-DD as given, or empty
    QString scopeTo;
    std::optional<qint64> scopeFromUtcUs; ///< UTC microseconds, inclusive
    std::optional<qint64> scopeToUtcUs;   ///< UTC microseconds, inclusive
    QVector<ScopeIdentifier> identifiers;
    QVector<qint64> returns; ///< exhibits imported as its return
    qint64 createdUtcUs = 0;
    bool withdrawn = false; ///< withdrawn (the GUI's undo of adding it, CaseworkWithdrawal): no deadlines, not a return target
    bool renewed() const { return renewalServed.isValid(); }
};

/// One deadline of a process that needs action.
struct ProcessDeadline {
    QDate date;
    QString action;  ///< plain words: "return due", "preservation ends: renew by then (once)"…
    qint64 daysLeft = 0; ///< negative when overdue
};

/// A process with its pending deadlines, soonest first (the due-and-expiring view).
struct DueProcess {
    LegalProcess process;
    QVector<ProcessDeadline> deadlines; ///< non-empty; deadlines[0] is the soonest
};

/**
 * Legal process and its deadlines: subpoena (18 U.S.C. 2703(c)(2)), court order (2703(d)), search warrant
 * (2703(a)–(c), Fed. R. Crim. P. 41), preservation request (2703(f)), delayed-notice order (2705). Append-only (a
 * renewal is a new row; triggers refuse edits). Each write is one Transaction with an audit entry. Tessera never sends
 * anything: the request letter is a draft the detective edits.
 */
class LegalProcessRepository {
public:
    /// 18 U.S.C. 2703(f)(2): records are preserved for 90 days, extended once for another 90 days on renewed request.
    static constexpr int kPreservationDays = 90;

    /// The kinds, in the CLI's words.
    static const QStringList& kinds();
    /// The legal source of a kind, e.g. "18 U.S.C. 2703(d)".
    static QString citation(const QString& kind);
    /// Plain name of a kind, e.g. "court order".
    static QString kindWords(const QString& kind);
    /// The end of a preservation period served on `served`: served + 90 days (18 U.S.C. 2703(f)(2)).
    static QDate preservationExpiry(QDate served);
    /// The end after the one renewal: the period is extended by another 90 days from its current end
    /// (18 U.S.C. 2703(f)(2) "extended for an additional 90-day period").
    static QDate renewedPreservationExpiry(QDate currentExpiry);

    /**
     * Adds legal process; returns its id. Throws CaseError(Usage) for an unknown kind, an empty provider, a malformed
     * date, an unknown identifier or lead, a window that ends before it starts, or a delayed-notice order without its
     * end date (`expires`).
     */
    static qint64 add(Case& c, const NewLegalProcess& p);
    /**
     * Renews a preservation request served on `served`; returns the new end date. Throws CaseError(Usage) when the
     * process is unknown, withdrawn, not a preservation request or has no service date; CaseError(BadInput) when it was renewed
     * already (2703(f)(2) allows one renewal), or `served` is after the period ended (send a new request instead) or
     * before the original service.
     */
    static QDate renew(Case& c, qint64 processId, QDate served);
    static QVector<LegalProcess> list(Database& db);
    static std::optional<LegalProcess> get(Database& db, qint64 id);
    /// The pending deadlines of one process on `today` (overdue returns included; ended periods not).
    static QVector<ProcessDeadline> deadlines(const LegalProcess& p, QDate today);
    /**
     * The due-and-expiring view: processes (not withdrawn) with a pending deadline on or before today + `withinDays` (all pending
     * deadlines when not given), sorted by their soonest deadline, then by id.
     */
    static QVector<DueProcess> due(Database& db, QDate today, std::optional<int> withinDays = std::nullopt);
    /**
     * A draft request letter (plain text the detective edits; never sent by Tessera): addressee, legal basis, the scope
     * (identifiers and window), what is asked, and — given a lead — what it is for. Protected identities never appear
     * except scope identifiers the provider needs. Throws CaseError(Usage) for an unknown process or lead.
     */
    static QString letterDraft(Case& c, qint64 processId, qint64 leadId = 0);
};

} // namespace tessera
