#include "checkpoints/VictimChoicePolicy.h"

#include "case/CaseError.h"
#include "checkpoints/CheckpointCatalog.h"
#include "model/PersonRepository.h"

namespace tessera {

const QVector<VictimActionInfo>& VictimChoicePolicy::actions() {
    // One registry: every action that touches a person who was trafficked or their data, and its decision point.
    static const QVector<VictimActionInfo> a{
        {VictimAction::RecordInterview, QStringLiteral("record-interview"), QStringLiteral("interview"),
         QStringLiteral("interview the person"), true, {}},
        {VictimAction::RecordInterviewAudio, QStringLiteral("record-interview-audio"), QStringLiteral("recording"),
         QStringLiteral("record the interview"), true, {}},
        {VictimAction::Photograph, QStringLiteral("photograph"), QStringLiteral("photographs"),
         QStringLiteral("photograph injuries, tattoos or marks"), true, {QStringLiteral("victim-photograph")}},
        {VictimAction::RecordMedicalExam, QStringLiteral("record-medical-exam"), QStringLiteral("medical-exam"),
         QStringLiteral("add a medical forensic exam record"), true, {QStringLiteral("medical")}},
        {VictimAction::ExtractDevice, QStringLiteral("extract-device"), QStringLiteral("device-extraction"),
         QStringLiteral("extract data from the person's phone or account"), true,
         {QStringLiteral("victim-device-extraction"), QStringLiteral("device-extraction")}},
        {VictimAction::ReviewDeviceData, QStringLiteral("review-device-data"), QStringLiteral("device-extraction"),
         QStringLiteral("review data extracted from the person's device"), true, {}},
        {VictimAction::ShowContactDetails, QStringLiteral("show-contact-details"), QStringLiteral("contact"),
         QStringLiteral("show the person's safe-contact details"), true, {}},
        {VictimAction::ContactPerson, QStringLiteral("contact-person"), QStringLiteral("contact"),
         QStringLiteral("contact the person"), true, {}},
        {VictimAction::MediaRelease, QStringLiteral("media-release"), QStringLiteral("media"),
         QStringLiteral("record and answer a media request concerning the person, or mention them in a public statement"), true, {}},
    };
    return a;
}

const VictimActionInfo& VictimChoicePolicy::info(VictimAction action) {
    for (const VictimActionInfo& i : actions())
        if (i.action == action)
            return i;
    throw CaseError(ErrorKind::Internal, QStringLiteral("victim action not registered"));
}

std::optional<VictimAction> VictimChoicePolicy::actionForExhibitKind(const QString& kind) {
    for (const VictimActionInfo& i : actions())
        if (i.exhibitKinds.contains(kind))
            return i.action;
    return std::nullopt;
}

QString PolicyAnswer::state() const {
    switch (verdict) {
    case Verdict::Allowed: return QStringLiteral("agreed");
    case Verdict::OutOfScope: return QStringLiteral("outside the agreed scope");
    case Verdict::Declined: return decision ? decision->decision : QStringLiteral("declined");
    case Verdict::NeedsDecision: return decision ? decision->decision : QStringLiteral("missing");
    }
    return {};
}

QString PolicyAnswer::message(const QString& personLabel) const {
    QString m = QStringLiteral("held by %1's recorded choice: decision point '%2' is %3")
                    .arg(personLabel, point, state());
    if (verdict == Verdict::NeedsDecision)
        m += QStringLiteral(" (ask and record it first: checkpoint record --point %1)").arg(point);
    else if (verdict == Verdict::OutOfScope)
        m += QStringLiteral(" (ask whether the person agrees to more, and record it)");
    if (!alternatives.isEmpty())
        m += QStringLiteral("; instead: ") + alternatives.join(QStringLiteral(" / "));
    return m;
}

PolicyAnswer VictimChoicePolicy::check(Database& db, VictimAction action, qint64 personId, const VictimActionContext& ctx) {
    const VictimActionInfo& a = info(action);
    PolicyAnswer answer;
    answer.point = a.point;
    answer.actionId = a.id;
    const auto person = PersonRepository::get(db, personId);
    if (!person)
        throw CaseError(ErrorKind::Usage, QStringLiteral("no person with id %1").arg(personId));
    // The policy concerns people who were trafficked and protected witnesses (minors, age unknown).
    if (!person->roles.contains(QLatin1String("victim")) && !person->isProtected)
        return answer;
    answer.decision = CheckpointLedger::latest(db, personId, a.point);
    const CheckpointPoint* point = CheckpointCatalog::builtIn().find(a.point);
    const QString d = answer.decision ? answer.decision->decision : QString();
    if (d.isEmpty() || d == QLatin1String("deferred")) {
        answer.verdict = PolicyAnswer::Verdict::NeedsDecision;
    } else if (d == QLatin1String("declined") || d == QLatin1String("withdrawn")) {
        answer.verdict = PolicyAnswer::Verdict::Declined;
        if (point)
            answer.alternatives = point->ifDeclined;
    } else {
        if (!withinScope(*answer.decision, ctx)) {
            answer.verdict = PolicyAnswer::Verdict::OutOfScope;
            if (point)
                answer.alternatives = point->ifDeclined;
        }
    }
    return answer;
}

bool VictimChoicePolicy::withinScope(const CheckpointDecision& dec, const VictimActionContext& ctx) {
    const bool dateLimited = !dec.scopeFrom.isEmpty() || !dec.scopeTo.isEmpty();
    if (ctx.undated && dateLimited)
        return false;
    const QString& last = ctx.lastDate.isEmpty() ? ctx.date : ctx.lastDate;
    if (!ctx.date.isEmpty() && !dec.scopeFrom.isEmpty() && ctx.date < dec.scopeFrom)
        return false;
    if (!last.isEmpty() && !dec.scopeTo.isEmpty() && last > dec.scopeTo)
        return false;
    if (dec.scopeItems.isEmpty() || (ctx.item.isEmpty() && ctx.itemNames.isEmpty()))
        return true;
    if (!ctx.item.isEmpty() && dec.scopeItems.contains(ctx.item, Qt::CaseInsensitive))
        return true;
    for (const QString& n : ctx.itemNames)
        if (!n.isEmpty() && dec.scopeItems.contains(n, Qt::CaseInsensitive))
            return true;
    return false;
}

std::optional<CheckpointDecision> VictimChoicePolicy::require(Database& db, VictimAction action, qint64 personId,
                                                              const VictimActionContext& ctx) {
    const PolicyAnswer a = check(db, action, personId, ctx);
    if (a.allowed())
        return a.decision;
    const auto person = PersonRepository::get(db, personId);
    throw CaseError(ErrorKind::HeldByVictimChoice, a.message(person ? person->label() : QString::number(personId)));
}

} // namespace tessera
