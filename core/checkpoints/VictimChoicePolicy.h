#pragma once

#include "checkpoints/CheckpointLedger.h"

#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace tessera {

class Database;

/**
 * Every action that touches a person who was trafficked, or their data (DESIGN §7 "a policy answers, for any action
 * that touches a victim or their data"). One registry: each action maps to the decision point that governs it.
 * Adding an action here without a point fails a test.
 */
enum class VictimAction {
    RecordInterview,       ///< interview add; GUI interview mode
    RecordInterviewAudio,  ///< recording an interview (asked as part of it; blocks nothing else)
    Photograph,            ///< photographs of injuries, tattoos, branding (VictimPhotographs, exhibit kind victim-photograph)
    RecordMedicalExam,     ///< a medical forensic exam record provided by the person
    ExtractDevice,         ///< extracting the person's phone or cloud account; any import of their own device or data
    ReviewDeviceData,      ///< reviewing extracted data (dates and apps within the agreed scope; ImportSession per record)
    ShowContactDetails,    ///< showing the person's safe-contact details or contact log (ContactLog, audited)
    ContactPerson,         ///< reaching out to the person (ContactLog::add)
    MediaRelease,          ///< a media request concerning the person; a public statement (MediaRequestLog)
};

/// One registered action: its stable id, the decision point that governs it, and the exhibit kinds it creates.
struct VictimActionInfo {
    VictimAction action;
    QString id;                 ///< e.g. "extract-device"
    QString point;              ///< catalogue decision point, e.g. "device-extraction"
    QString description;        ///< plain words, e.g. "extract data from the person's phone or account"
    bool touchesVictimData = true;
    QStringList exhibitKinds;   ///< exhibit kinds (provided by the person) that this action creates
};

/// Where an action falls (dates and items are checked against a scoped decision).
struct VictimActionContext {
    VictimActionContext() = default;
    /// Data of one date and item (an app), e.g. {"2025-07-04", "Photos"}.
    VictimActionContext(const QString& d, const QString& i) : date(d), item(i) {}
    QString date;  ///< YYYY-MM-DD of the data concerned, or empty
    QString item;  ///< the item concerned (an app), or empty
    QString lastDate;        ///< YYYY-MM-DD: the data spans date … lastDate (checked too); empty = date only
    QStringList itemNames;   ///< other names of the same item (an app's data type or package segments), matched like item
    bool undated = false;    ///< the data has no date at all (a contact card): outside any date-limited scope
};

/// The answer of the policy for one action and person.
struct PolicyAnswer {
    enum class Verdict { Allowed, NeedsDecision, Declined, OutOfScope };
    Verdict verdict = Verdict::Allowed;
    QString point;                          ///< the governing decision point
    QString actionId;
    std::optional<CheckpointDecision> decision; ///< the latest decision, if any
    QStringList alternatives;               ///< offender-focused alternatives (from the catalogue) when not allowed
    bool allowed() const { return verdict == Verdict::Allowed; }
    /// "missing", "declined", "withdrawn", "deferred" or "outside the agreed scope" — for messages and exit 6.
    QString state() const;
    /// One plain line naming the person by label, the decision point and the state, for errors (exit 6).
    QString message(const QString& personLabel) const;
};

/**
 * The single place that answers, for every VictimAction: allowed / needs a decision first / declined (with
 * offender-focused alternatives). The CLI and the GUI both ask it; core entry points that create victim material
 * (EvidenceLinks::addExhibitFile, InterviewLedger::add) call require() themselves, so nothing bypasses it.
 *
 * Rules (DESIGN §7): the policy concerns victims and protected witnesses; for anyone else every action is allowed.
 * The latest decision at the governing point rules: none or deferred → needs a decision; declined or withdrawn →
 * declined, with alternatives; agreed → allowed, unless the context's date or item lies outside the agreed scope.
 * Declining never blocks work on the offender: the policy is asked only for actions on the person themself.
 */
class VictimChoicePolicy {
public:
    /// The registry of actions (every value of VictimAction exactly once).
    static const QVector<VictimActionInfo>& actions();
    static const VictimActionInfo& info(VictimAction action);
    /// The action that creates an exhibit of `kind` provided by a protected person, if that kind is governed.
    static std::optional<VictimAction> actionForExhibitKind(const QString& kind);
    /// Answers for `action` on person `personId`. Throws CaseError(Usage) for an unknown person.
    static PolicyAnswer check(Database& db, VictimAction action, qint64 personId, const VictimActionContext& ctx = {});
    /// check(), throwing CaseError(HeldByVictimChoice) with PolicyAnswer::message when not allowed (CLI exit 6).
    /// Returns the agreed decision (with its scope) when the person's choice governs the action, else nullopt.
    static std::optional<CheckpointDecision> require(Database& db, VictimAction action, qint64 personId, const VictimActionContext& ctx = {});
    /**
     * Whether data at `ctx` lies within an agreed decision's scope: its dates (date … lastDate inside scopeFrom …
     * scopeTo; undated data is outside a date-limited scope) and its item (any of item / itemNames equal, ignoring
     * case, to one of scopeItems; no items agreed = every item). Used by check() and, per record, by ImportSession.
     */
    static bool withinScope(const CheckpointDecision& agreed, const VictimActionContext& ctx);
};

} // namespace tessera
