// Rule-promoted events (issue 3): proposals, proposals accept. Documentation: docs/CLI.md.
#include "PromotionCommands.h"

#include "analysis/PromotionRules.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "model/EventRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tessera::cli {
namespace {

} // namespace

int cmdProposals(QCommandLineParser& p, const QStringList& args) {
    const bool accept = args.size() == 2 && args[0] == QLatin1String("accept");
    if (!accept && args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli proposals CASE [--format table|json] | "
                                                         "proposals accept CASE --key KEY"));
    const QString fmt = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("table") : p.value(QStringLiteral("format"));
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table or json"));
    const QString key = accept ? needValue(p, QStringLiteral("key")) : QString();
    auto c = openCase(p, args.last());
    const QVector<EventProposal> proposals =
        PromotionRules::propose(c->db(), c->settings().value(CaseSettings::Key::DisplayZone));
    if (accept) {
        for (const EventProposal& e : proposals)
            if (e.key == key) {
                NewEvent ev;
                ev.when = e.when;
                ev.timeBasis = e.timeBasis;
                ev.category = e.category;
                ev.summary = e.summary;
                ev.actors = e.actors;
                ev.others = e.others;
                ev.fromRecords = e.records;
                printJsonLine({{QStringLiteral("id"), EventRepository::add(*c, ev)}});
                return 0;
            }
        throw CaseError(ErrorKind::Usage, QStringLiteral("--key: no open proposal '%1' (it may have been accepted; "
                                                         "tessera-cli proposals lists them)").arg(key));
    }
    if (fmt == QLatin1String("json")) {
        QJsonArray a;
        for (const EventProposal& e : proposals)
            a.append(QJsonObject{{QStringLiteral("key"), e.key},
                                 {QStringLiteral("rule"), e.rule},
                                 {QStringLiteral("category"), e.category},
                                 {QStringLiteral("when"), e.when},
                                 {QStringLiteral("time_basis"), e.timeBasis},
                                 {QStringLiteral("summary"), e.summary},
                                 {QStringLiteral("actors"), idArray(e.actors)},
                                 {QStringLiteral("others"), idArray(e.others)},
                                 {QStringLiteral("records"), idArray(e.records)}});
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    QTextStream& os = out();
    if (proposals.isEmpty())
        os << "No rule proposes an event (rules: " << PromotionRules::ruleIds().join(QStringLiteral(", ")) << ").\n";
    for (const EventProposal& e : proposals)
        os << e.key << "  " << e.when << "  " << e.category << "  " << e.summary << "  (" << e.records.size()
           << " record(s))\n";
    os.flush();
    return 0;
}

QList<Command> promotionCommands() {
    return {
        {QStringLiteral("proposals"), QStringLiteral("proposals CASE [--format table|json] | proposals accept CASE --key KEY"),
         QStringLiteral("Events the promotion rules propose from records (rule buyer-contact: calls and texts between an offender's and a sex buyer's numbers, one event per day); accept records one as an event promoted from its records."),
         {opt(QStringLiteral("key"), QStringLiteral("the proposal's key"), QStringLiteral("KEY"))}, cmdProposals},
    };
}

} // namespace tessera::cli
