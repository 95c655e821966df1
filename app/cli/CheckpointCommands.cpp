// Victim choice (issue 4): checkpoint record/list, checkpoints, benefit add/list, interview add/list.
// Contract: ../shared/CLI.md; documentation: docs/CLI.md. Every decision goes through core (CheckpointLedger,
// VictimChoicePolicy), which audits it; nothing here decides policy.
#include "CheckpointCommands.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/BenefitLedger.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointLedger.h"
#include "checkpoints/InterviewLedger.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "checkpoints/VictimOutreach.h"
#include "model/PersonRepository.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace tessera::cli {
namespace {


QJsonValue textOrNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

void note(const QString& line) { std::fprintf(stderr, "tessera-cli: %s\n", qPrintable(line)); }

QString labelOf(Database& db, qint64 personId) {
    const auto p = PersonRepository::get(db, personId);
    return p ? p->label() : QString::number(personId);
}

int cmdCheckpoint(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("record") && args[0] != QLatin1String("list")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli checkpoint record|list CASE --victim ID …"));
    const qint64 victim = needId(p, QStringLiteral("victim"));
    if (args[0] == QLatin1String("record")) {
        NewCheckpointDecision d;
        d.personId = victim;
        d.point = needValue(p, QStringLiteral("point"));
        d.decision = needValue(p, QStringLiteral("decision"));
        d.scopeFrom = p.value(QStringLiteral("scope-from"));
        d.scopeTo = p.value(QStringLiteral("scope-to"));
        d.scopeItems = p.values(QStringLiteral("scope-item"));
        d.explained = p.isSet(QStringLiteral("explained"));
        d.advocatePresent = p.isSet(QStringLiteral("advocate-present"));
        d.note = p.value(QStringLiteral("note"));
        const CheckpointPoint* point = CheckpointCatalog::builtIn().find(d.point);
        auto c = openCase(p, args[1]);
        const auto sealsBefore = CheckpointLedger::seals(c->db());
        const qint64 id = CheckpointLedger::record(*c, d);
        QJsonArray sealed;
        const auto sealsAfter = CheckpointLedger::seals(c->db());
        for (auto it = sealsAfter.cbegin(); it != sealsAfter.cend(); ++it)
            if (!sealsBefore.contains(it.key()))
                sealed.append(it.key());
        QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("point"), d.point}, {QStringLiteral("decision"), d.decision}};
        if (!sealed.isEmpty())
            o.insert(QStringLiteral("sealed_exhibits"), sealed);
        if (point && (d.decision == QLatin1String("declined") || d.decision == QLatin1String("withdrawn")))
            o.insert(QStringLiteral("alternatives"), QJsonArray::fromStringList(point->ifDeclined));
        printJsonLine(o);
        if (!d.explained && point)
            note(QStringLiteral("note: recorded without --explained; the catalogue lists what to explain (tessera-cli checkpoints)"));
        if (point && point->neverConditionedOnCooperation)
            note(QStringLiteral("note: Continued Presence is never conditioned on cooperation"));
        if (!sealed.isEmpty())
            note(QStringLiteral("note: %1 exhibit(s) sealed: no further review; kept and flagged for the prosecutor")
                     .arg(sealed.size()));
        return 0;
    }
    auto c = openCase(p, args[1]);
    const QString fmt = tableOrJson(p);
    if (!PersonRepository::get(c->db(), victim))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--victim: no person with id %1").arg(victim));
    // Safe-contact details (the notes of `contact` decisions) are shown only as the person's contact choice allows.
    const bool showContact = VictimChoicePolicy::check(c->db(), VictimAction::ShowContactDetails, victim).allowed();
    const QVector<CheckpointDecision> decisions = CheckpointLedger::list(c->db(), victim);
    // Showing them is a view of protected data: gated and audited in core (ContactLog::viewDetails).
    if (showContact && std::any_of(decisions.cbegin(), decisions.cend(), [](const CheckpointDecision& d) {
            return d.point == QLatin1String("contact") && !d.note.isEmpty();
        }))
        ContactLog::viewDetails(*c, victim);
    QJsonArray arr;
    for (const CheckpointDecision& d : decisions) {
        const bool withheld = d.point == QLatin1String("contact") && !showContact && !d.note.isEmpty();
        const QString noteText = withheld ? QString() : d.note;
        if (fmt == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("id"), d.id},
                          {QStringLiteral("person"), d.personId},
                          {QStringLiteral("point"), d.point},
                          {QStringLiteral("decision"), d.decision},
                          {QStringLiteral("scope"), QJsonObject{{QStringLiteral("from"), textOrNull(d.scopeFrom)},
                                                                {QStringLiteral("to"), textOrNull(d.scopeTo)},
                                                                {QStringLiteral("items"), QJsonArray::fromStringList(d.scopeItems)}}},
                          {QStringLiteral("explained"), d.explained},
                          {QStringLiteral("advocate_present"), d.advocatePresent},
                          {QStringLiteral("note"), textOrNull(noteText)},
                          {QStringLiteral("recorded_by"), d.recordedBy},
                          {QStringLiteral("recorded_utc"), formatIsoUtc(d.recordedUtcUs)},
                          {QStringLiteral("catalogue_version"), d.catalogueVersion}};
            if (withheld)
                o.insert(QStringLiteral("note_withheld"), true);
            arr.append(o);
        } else {
            QStringList scope;
            if (!d.scopeFrom.isEmpty() || !d.scopeTo.isEmpty())
                scope << QStringLiteral("%1..%2").arg(d.scopeFrom, d.scopeTo);
            if (!d.scopeItems.isEmpty())
                scope << d.scopeItems.join(QLatin1Char(','));
            out() << formatIsoUtc(d.recordedUtcUs).left(19) << "  " << d.point.leftJustified(19) + QLatin1Char(' ') << d.decision.leftJustified(9) + QLatin1Char(' ')
                  << (d.explained ? "explained " : "          ") << (d.advocatePresent ? "advocate " : "         ")
                  << scope.join(QLatin1Char(' ')) << (withheld ? QStringLiteral("  (safe-contact note withheld)") : QString())
                  << '\n';
        }
    }
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdCheckpoints(QCommandLineParser& p, const QStringList& args) {
    if (!args.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli checkpoints [--format table|json]"));
    const CheckpointCatalog& cat = CheckpointCatalog::builtIn();
    if (tableOrJson(p) == QLatin1String("json")) {
        QJsonArray a;
        for (const CheckpointPoint& pt : cat.points())
            a.append(QJsonObject{{QStringLiteral("id"), pt.id},
                                 {QStringLiteral("title"), pt.title},
                                 {QStringLiteral("question"), pt.question},
                                 {QStringLiteral("who_decides"), pt.whoDecides},
                                 {QStringLiteral("explain"), QJsonArray::fromStringList(pt.explain)},
                                 {QStringLiteral("withdrawable"), pt.withdrawable},
                                 {QStringLiteral("withdrawal"), pt.withdrawalHow},
                                 {QStringLiteral("scoped"), pt.scoped},
                                 {QStringLiteral("never_conditioned_on_cooperation"), pt.neverConditionedOnCooperation},
                                 {QStringLiteral("if_declined"), QJsonArray::fromStringList(pt.ifDeclined)},
                                 {QStringLiteral("catalogue_version"), cat.version()}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const CheckpointPoint& pt : cat.points())
        out() << pt.id.leftJustified(19) + QLatin1Char(' ') << pt.title << (pt.scoped ? QStringLiteral("  [scope: dates, items]") : QString())
              << '\n';
    out() << "(catalogue " << cat.version() << "; tessera-cli checkpoints --format json shows what to explain and the "
          << "alternatives when declined)\n";
    return 0;
}

int cmdBenefit(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("add") && args[0] != QLatin1String("list")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli benefit add|list CASE …"));
    if (args[0] == QLatin1String("add")) {
        const qint64 to = needId(p, QStringLiteral("to"));
        const QString kind = needValue(p, QStringLiteral("kind"));
        const QString date = needValue(p, QStringLiteral("date"));
        auto c = openCase(p, args[1]);
        const qint64 id = BenefitLedger::add(*c, to, kind, date, p.value(QStringLiteral("amount")), p.value(QStringLiteral("note")));
        printJsonLine({{QStringLiteral("id"), id}});
        if (kind == QLatin1String("continued-presence"))
            note(QStringLiteral("note: ") + BenefitLedger::continuedPresenceNote());
        note(QStringLiteral("note: benefits go to the prosecutor in the disclosure register (potential Giglio material)"));
        return 0;
    }
    auto c = openCase(p, args[1]);
    const QString fmt = tableOrJson(p);
    QJsonArray arr;
    for (const Benefit& b : BenefitLedger::list(c->db())) {
        const QString label = labelOf(c->db(), b.personId);
        if (fmt == QLatin1String("json")) {
            arr.append(QJsonObject{{QStringLiteral("id"), b.id},
                                   {QStringLiteral("person"), b.personId},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("kind"), b.kind},
                                   {QStringLiteral("date"), b.date},
                                   {QStringLiteral("amount"), textOrNull(b.amount)},
                                   {QStringLiteral("note"), b.note},
                                   {QStringLiteral("recorded_by"), b.recordedBy},
                                   {QStringLiteral("created_utc"), formatIsoUtc(b.createdUtcUs)}});
        } else {
            out() << b.date << "  " << label.leftJustified(9) + QLatin1Char(' ') << b.kind.leftJustified(19) + QLatin1Char(' ')
                  << (b.amount.isEmpty() ? QStringLiteral("-") : b.amount).rightJustified(14) << "  " << b.note << '\n';
        }
    }
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdInterview(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("add") && args[0] != QLatin1String("list")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli interview add CASE --victim ID --lead TEXT "
                                                         "--note-taker TEXT [--advocate TEXT] [--interpreter TEXT]"));
    const qint64 victim = needId(p, QStringLiteral("victim"));
    if (args[0] == QLatin1String("add")) {
        NewInterview in;
        in.personId = victim;
        in.lead = needValue(p, QStringLiteral("lead"));
        in.noteTaker = needValue(p, QStringLiteral("note-taker"));
        in.advocate = p.value(QStringLiteral("advocate"));
        in.interpreter = p.value(QStringLiteral("interpreter"));
        auto c = openCase(p, args[1]);
        // The warning comes before a new interview: the count, and the sources that could answer instead.
        const QString warning = InterviewLedger::repeatWarning(c->db(), victim);
        if (!warning.isEmpty() && VictimChoicePolicy::check(c->db(), VictimAction::RecordInterview, victim).allowed())
            note(QStringLiteral("warning: ") + warning);
        const InterviewAdded r = InterviewLedger::add(*c, in);
        printJsonLine({{QStringLiteral("id"), r.id},
                       {QStringLiteral("interview_number"), r.number},
                       {QStringLiteral("recorded"), r.recorded},
                       {QStringLiteral("reminders"), QJsonArray::fromStringList(r.reminders)}});
        for (const QString& reminder : r.reminders)
            note(QStringLiteral("note: %1 (asking blocks nothing)").arg(reminder));
        note(QStringLiteral("note: one designated note-taker; every note is discoverable"));
        return 0;
    }
    auto c = openCase(p, args[1]);
    const QString fmt = tableOrJson(p);
    QJsonArray arr;
    for (const Interview& i : InterviewLedger::list(c->db(), victim)) {
        if (fmt == QLatin1String("json"))
            arr.append(QJsonObject{{QStringLiteral("id"), i.id},
                                   {QStringLiteral("person"), i.personId},
                                   {QStringLiteral("lead"), i.lead},
                                   {QStringLiteral("note_taker"), i.noteTaker},
                                   {QStringLiteral("advocate"), textOrNull(i.advocate)},
                                   {QStringLiteral("interpreter"), textOrNull(i.interpreter)},
                                   {QStringLiteral("recorded"), i.recorded},
                                   {QStringLiteral("held_utc"), formatIsoUtc(i.heldUtcUs)}});
        else
            out() << formatIsoUtc(i.heldUtcUs).left(19) << "  lead " << i.lead << ", note-taker " << i.noteTaker
                  << (i.advocate.isEmpty() ? QString() : QStringLiteral(", advocate present"))
                  << (i.interpreter.isEmpty() ? QString() : QStringLiteral(", interpreter"))
                  << (i.recorded ? QStringLiteral(", recorded") : QString()) << '\n';
    }
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else
        out() << InterviewLedger::count(c->db(), victim) << " interview(s)\n";
    return 0;
}

} // namespace

QList<Command> checkpointCommands() {
    const QList<QCommandLineOption> cp{
        opt(QStringLiteral("victim"), QStringLiteral("person id of the victim or witness"), QStringLiteral("ID")),
        opt(QStringLiteral("point"), QStringLiteral("decision point (tessera-cli checkpoints)"), QStringLiteral("ID")),
        opt(QStringLiteral("decision"), QStringLiteral("agreed, declined, deferred or withdrawn"), QStringLiteral("D")),
        opt(QStringLiteral("scope-from"), QStringLiteral("first date agreed to (YYYY-MM-DD)"), QStringLiteral("DATE")),
        opt(QStringLiteral("scope-to"), QStringLiteral("last date agreed to (YYYY-MM-DD)"), QStringLiteral("DATE")),
        opt(QStringLiteral("scope-item"), QStringLiteral("an item agreed to, e.g. an app (repeatable)"), QStringLiteral("TEXT")),
        opt(QStringLiteral("explained"), QStringLiteral("what the catalogue lists was explained")),
        opt(QStringLiteral("advocate-present"), QStringLiteral("an advocate was present")),
        opt(QStringLiteral("note"), QStringLiteral("note (never produced)"), QStringLiteral("TEXT"))};
    const QList<QCommandLineOption> benefit{
        opt(QStringLiteral("to"), QStringLiteral("person id of the victim or witness"), QStringLiteral("PERSON")),
        opt(QStringLiteral("kind"), QStringLiteral("lodging, transport, money, services, continued-presence, t-visa, u-visa, promise, other"),
            QStringLiteral("KIND")),
        opt(QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("DATE")),
        opt(QStringLiteral("amount"), QStringLiteral("exact decimal, e.g. 125.50"), QStringLiteral("DECIMAL")),
        opt(QStringLiteral("note"), QStringLiteral("what was given or promised"), QStringLiteral("TEXT"))};
    const QList<QCommandLineOption> interview{
        opt(QStringLiteral("victim"), QStringLiteral("person id"), QStringLiteral("ID")),
        opt(QStringLiteral("lead"), QStringLiteral("who leads the interview"), QStringLiteral("TEXT")),
        opt(QStringLiteral("note-taker"), QStringLiteral("the single designated note-taker"), QStringLiteral("TEXT")),
        opt(QStringLiteral("advocate"), QStringLiteral("advocate present (name or role)"), QStringLiteral("TEXT")),
        opt(QStringLiteral("interpreter"), QStringLiteral("interpreter (name or role)"), QStringLiteral("TEXT"))};
    return {
        {QStringLiteral("checkpoint"),
         QStringLiteral("checkpoint record CASE --victim ID --point ID --decision agreed|declined|deferred|withdrawn "
                        "[--scope-from DATE] [--scope-to DATE] [--scope-item TEXT]… [--explained] [--advocate-present] "
                        "[--note TEXT] · checkpoint list CASE --victim ID [--format table|json]"),
         QStringLiteral("Records a person's choice at a decision point (append-only; the latest rules) or lists their "
                        "choices, oldest first. A withdrawal (or a decline after agreeing) seals what was obtained under "
                        "that point: no further review; kept and flagged for the prosecutor, never purged. The ledger "
                        "never enters a production."),
         cp, cmdCheckpoint},
        {QStringLiteral("checkpoints"), QStringLiteral("checkpoints [--format table|json]"),
         QStringLiteral("The decision points: what to explain, who decides, how a choice is withdrawn, and the "
                        "offender-focused alternatives when the answer is no."),
         {}, cmdCheckpoints},
        {QStringLiteral("benefit"),
         QStringLiteral("benefit add CASE --to PERSON --kind lodging|transport|money|services|continued-presence|t-visa|"
                        "u-visa|promise|other --date DATE [--amount DECIMAL] [--note TEXT] · benefit list CASE [--format table|json]"),
         QStringLiteral("The benefit ledger: anything given or promised to a victim or witness, potential Giglio material "
                        "for the disclosure register. Amounts are exact decimals. Continued Presence is never conditioned "
                        "on cooperation."),
         benefit, cmdBenefit},
        {QStringLiteral("interview"),
         QStringLiteral("interview add CASE --victim ID --lead TEXT --note-taker TEXT [--advocate TEXT] [--interpreter TEXT] "
                        "· interview list CASE --victim ID [--format table|json]"),
         QStringLiteral("Records an interview. The person's 'interview' choice must be agreed (else exit 6, naming the "
                        "decision point); advocate, interpreter and recording are asked as part of it and block nothing. "
                        "Before a repeat interview a warning gives the count and the sources that could answer instead."),
         interview, cmdInterview},
    };
}

} // namespace tessera::cli
