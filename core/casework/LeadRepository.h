#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tessera {

class Case;
class Database;

/// What a caller says about a new lead (CLI `lead add`).
struct NewLead {
    QString title;      ///< what to do, e.g. "Get lodging records for July 2023"
    qint64 chargeId = 0;///< the charge whose element it would prove, 0 = none
    QString elementId;  ///< the charge template's element id (with chargeId)
    QString owner;      ///< who does it
    QString due;        ///< YYYY-MM-DD or empty
};

/// A lead as stored, with its latest status.
struct Lead {
    qint64 id = 0;
    QString title;
    qint64 chargeId = 0;
    QString elementId;
    QString owner;
    QDate due;
    QString status;     ///< open, in-progress, closed (the latest status entry)
    QString outcome;    ///< set when closed
    QVector<qint64> exhibits; ///< what closing it produced
    qint64 createdUtcUs = 0;
    bool withdrawn = false; ///< withdrawn (the GUI's undo of adding it, CaseworkWithdrawal): kept, not shown
};

/// A proof-board gap that a lead can be created from: one required element that is not yet independent.
struct ProofGap {
    qint64 chargeId = 0;
    QString citation;
    QString elementId;
    QString elementText;
    QString status;          ///< pending-authentication, victim-only or unsupported
    QStringList suggestions; ///< the board's suggestions for the gap
};

/// What closing a lead did.
struct LeadClosed {
    QVector<qint64> linkedEvents; ///< events of the lead's element that the exhibits now support
};

/**
 * Leads (issue 10): a task with an owner, status, due date and outcome, created by hand or from a proof-board gap in
 * one step, carrying the charge element it would prove. Append-only (status changes are new rows). Each write is one
 * Transaction with an audit entry that never holds the title (it may be free text).
 */
class LeadRepository {
public:
    /// Adds an open lead; returns its id. Throws CaseError(Usage) for an empty title, a malformed date, an unknown
    /// charge or an element that is not in the charge's template.
    static qint64 add(Case& c, const NewLead& lead);
    /// The gaps of the proof board (required elements that are not independent), in board order.
    static QVector<ProofGap> gaps(Case& c);
    /// The title a lead made from `gap` gets: its suggestion `suggestion` (0-based; -1 = the first actionable one:
    /// evidence to get, else an exhibit to certify) turned into a task, e.g. "Get online ads for the action element of
    /// charge 1 (18 U.S.C. 1591(a)(1))".
    static QString titleForGap(const ProofGap& gap, int suggestion = -1);
    /**
     * One step from a gap to a lead: the element of charge `chargeId`, the title from its first actionable suggestion (or
     * `title` when given). Throws CaseError(Usage) when the element is unknown or is not a gap.
     */
    static qint64 addFromGap(Case& c, qint64 chargeId, const QString& elementId, const QString& owner = {},
                             const QString& due = {}, const QString& title = {});
    /**
     * Closes a lead with its outcome and links what it produced. When the lead carries an element, each exhibit is
     * linked as supporting every event linked to that element (so the board reads the new evidence; a contradicting
     * link already there is kept). Throws CaseError(Usage) for an unknown, closed or withdrawn lead, an empty outcome
     * or an unknown exhibit.
     */
    static LeadClosed close(Case& c, qint64 leadId, const QString& outcome, const QVector<qint64>& exhibits);
    static QVector<Lead> list(Database& db);
};

} // namespace tessera
