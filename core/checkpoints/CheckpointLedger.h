#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

class Case;
class Database;

/// A person's decision at one decision point (DESIGN §7). Append-only; the latest decision for a point rules.
struct CheckpointDecision {
    qint64 id = 0;
    qint64 personId = 0;
    QString point;            ///< catalogue id
    QString decision;         ///< agreed, declined, deferred, withdrawn
    QString scopeFrom;        ///< YYYY-MM-DD or empty (open)
    QString scopeTo;          ///< YYYY-MM-DD or empty (open)
    QStringList scopeItems;   ///< items agreed to (e.g. apps); empty = not limited by item
    bool explained = false;   ///< the explain checklist was gone through
    bool advocatePresent = false;
    QString note;             ///< never produced; may hold safe-contact details for `contact`
    QString recordedBy;
    qint64 recordedUtcUs = 0; ///< UTC microseconds
    QString catalogueVersion;
};

/// What a caller records (CLI `checkpoint record`, the GUI gate).
struct NewCheckpointDecision {
    qint64 personId = 0;
    QString point;
    QString decision;
    QString scopeFrom;
    QString scopeTo;
    QStringList scopeItems;
    bool explained = false;
    bool advocatePresent = false;
    QString note;
};

/// An exhibit sealed after a withdrawal: kept, flagged for the prosecutor, never purged (DESIGN §7, §10).
struct ExhibitSeal {
    qint64 exhibitId = 0;
    qint64 personId = 0;
    QString personLabel;  ///< pseudonym ("V-1")
    QString point;
    qint64 decisionId = 0;
    qint64 sealedUtcUs = 0;
    /// One line for the exhibit list and the production's exhibit index; names the person by pseudonym only.
    QString displayText() const;
};

/**
 * The append-only ledger of victim choices (table checkpoint_decision; triggers refuse update and delete). Every
 * decision is one Transaction with an audit entry (point and decision only; never the note).
 *
 * Withdrawal takes effect from then on: a `withdrawn` decision, or a `declined` that supersedes an `agreed`, seals the
 * exhibits this person provided that were obtained under that point (ExhibitSeal, custody entry "sealed"). Nothing is
 * purged: the prosecutor receives the exhibit with the flag beside it and decides on it (Brady/Jencks duties).
 */
class CheckpointLedger {
public:
    /// The decisions: agreed, declined, deferred, withdrawn.
    static const QStringList& decisions();
    /**
     * Appends a decision; returns its id. The person must be a victim or a protected witness. Scope dates are
     * YYYY-MM-DD, the from date not after the to date; a scope is accepted only at a point whose catalogue entry is
     * scoped. Throws CaseError(Usage) naming the option for an unknown person, point or decision, a bad date or scope.
     */
    static qint64 record(Case& c, const NewCheckpointDecision& d);
    /// A person's decisions, oldest first.
    static QVector<CheckpointDecision> list(Database& db, qint64 personId);
    /// The latest decision of a person at a point (the one that rules), if any.
    static std::optional<CheckpointDecision> latest(Database& db, qint64 personId, const QString& point);
    /// Every sealed exhibit, by exhibit id.
    static QHash<qint64, ExhibitSeal> seals(Database& db);
};

} // namespace tessera
