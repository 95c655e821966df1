// Victim-facing actions (issue 4): photographs of injuries or branding, the contact log and safe-contact details,
// media requests. Contract: docs/CLI.md. Core decides (VictimChoicePolicy); nothing here decides policy.
#include "VictimActionCommands.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/VictimOutreach.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tessera::cli {
namespace {

int cmdPhotograph(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 3 || args[0] != QLatin1String("add"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli photograph add CASE FILE --victim ID --subject SUBJECT"));
    const qint64 victim = needId(p, QStringLiteral("victim"));
    const QString subject = needValue(p, QStringLiteral("subject"));
    if (!QFileInfo(args[2]).isFile())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1: no such file").arg(args[2]));
    auto c = openCase(p, args[1]);
    const qint64 id = VictimPhotographs::add(*c, args[2], victim, subject, p.value(QStringLiteral("title")));
    printJsonLine(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("kind"), QStringLiteral("victim-photograph")}});
    return 0;
}

qint64 whenOf(QCommandLineParser& p) {
    if (!p.isSet(QStringLiteral("when")))
        return 0;
    const QDateTime t = QDateTime::fromString(p.value(QStringLiteral("when")), Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--when: expected an ISO 8601 time with its offset, e.g. "
                                                         "2026-03-01T14:30:00-05:00 or …Z"));
    return t.toMSecsSinceEpoch() * 1000;
}

int cmdContact(QCommandLineParser& p, const QStringList& args) {
    static const QStringList subs{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("details")};
    if (args.size() != 2 || !subs.contains(args[0]))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli contact add|list|details CASE --victim ID …"));
    const qint64 victim = needId(p, QStringLiteral("victim"));
    if (args[0] == QLatin1String("add")) {
        NewContact n;
        n.personId = victim;
        n.channel = needValue(p, QStringLiteral("channel"));
        n.purpose = p.value(QStringLiteral("purpose"));
        n.safeNote = p.value(QStringLiteral("safe-note"));
        n.contactedUtcUs = whenOf(p);
        auto c = openCase(p, args[1]);
        printJsonLine(QJsonObject{{QStringLiteral("id"), ContactLog::add(*c, n)}});
        return 0;
    }
    auto c = openCase(p, args[1]);
    if (args[0] == QLatin1String("details")) {
        const SafeContactDetails d = ContactLog::viewDetails(*c, victim);
        printJsonLine(QJsonObject{{QStringLiteral("decision"), d.decisionId},
                                  {QStringLiteral("safe_contact"), d.note},
                                  {QStringLiteral("recorded_by"), d.recordedBy},
                                  {QStringLiteral("recorded_utc"), formatIsoUtc(d.recordedUtcUs)}});
        return 0;
    }
    const QString fmt = tableOrJson(p);
    const bool details = p.isSet(QStringLiteral("details"));
    QJsonArray arr;
    for (const ContactEntry& e : ContactLog::list(*c, victim, details)) {
        if (fmt == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("person"), e.personId},
                          {QStringLiteral("contacted_utc"), formatIsoUtc(e.contactedUtcUs)},
                          {QStringLiteral("purpose"), e.purpose},
                          {QStringLiteral("recorded_by"), e.recordedBy}};
            if (details) {
                o.insert(QStringLiteral("channel"), e.channel);
                o.insert(QStringLiteral("safe_note"), e.safeNote);
            }
            arr.append(o);
        } else {
            out() << formatIsoUtc(e.contactedUtcUs).left(19) << "  " << e.recordedBy.leftJustified(16) << "  "
                  << (details ? e.channel.leftJustified(20) + QStringLiteral("  ") : QString()) << e.purpose << '\n';
        }
    }
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdMedia(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("add") && args[0] != QLatin1String("list")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli media add|list CASE …"));
    if (args[0] == QLatin1String("add")) {
        MediaRequest m;
        m.personId = needId(p, QStringLiteral("victim"));
        m.received = needValue(p, QStringLiteral("received"));
        m.outlet = needValue(p, QStringLiteral("outlet"));
        m.request = needValue(p, QStringLiteral("request"));
        m.response = p.value(QStringLiteral("response"));
        auto c = openCase(p, args[1]);
        printJsonLine(QJsonObject{{QStringLiteral("id"), MediaRequestLog::add(*c, m)}});
        return 0;
    }
    const qint64 victim = p.isSet(QStringLiteral("victim")) ? needId(p, QStringLiteral("victim")) : 0;
    const QString fmt = tableOrJson(p);
    auto c = openCase(p, args[1]);
    QJsonArray arr;
    for (const MediaRequest& m : MediaRequestLog::list(c->db(), victim)) {
        if (fmt == QLatin1String("json"))
            arr.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("person"), m.personId},
                                   {QStringLiteral("received"), m.received},
                                   {QStringLiteral("outlet"), m.outlet},
                                   {QStringLiteral("request"), m.request},
                                   {QStringLiteral("response"), m.response},
                                   {QStringLiteral("recorded_by"), m.recordedBy}});
        else
            out() << m.received << "  " << m.outlet.leftJustified(20) << "  " << m.request << '\n';
    }
    if (fmt == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QList<Command> victimActionCommands() {
    const QCommandLineOption victim = opt(QStringLiteral("victim"), QStringLiteral("person id"), QStringLiteral("ID"));
    return {
        {QStringLiteral("photograph"),
         QStringLiteral("photograph add CASE FILE --victim ID --subject injuries|tattoo|branding|other [--title TEXT]"),
         QStringLiteral("Adds a photograph of a person's injuries, tattoos or branding as an exhibit (kind "
                        "victim-photograph, provided by the person, titled by pseudonym). The person's 'photographs' "
                        "choice must be agreed, else exit 6 naming it, with the alternatives. A withdrawal later seals it."),
         {victim, opt(QStringLiteral("subject"), QStringLiteral("injuries, tattoo, branding or other"), QStringLiteral("SUBJECT")),
          opt(QStringLiteral("title"), QStringLiteral("exhibit title (default: by pseudonym)"), QStringLiteral("TEXT"))},
         cmdPhotograph},
        {QStringLiteral("contact"),
         QStringLiteral("contact add CASE --victim ID --channel TEXT [--purpose TEXT] [--safe-note TEXT] [--when ISO] · "
                        "contact list CASE --victim ID [--details] [--format table|json] · contact details CASE --victim ID"),
         QStringLiteral("The contact log of a person who was trafficked: each contact needs their 'contact' choice agreed "
                        "(else exit 6). `details` shows their safe-contact details (the note of their contact choice) and "
                        "`list --details` the channels and safe-contact notes: both are gated by the same choice and "
                        "audited as a view of protected data. Never produced."),
         {victim, opt(QStringLiteral("channel"), QStringLiteral("the way the person chose (phone, text, through the advocate…)"), QStringLiteral("TEXT")),
          opt(QStringLiteral("purpose"), QStringLiteral("what it was about"), QStringLiteral("TEXT")),
          opt(QStringLiteral("safe-note"), QStringLiteral("how it was made safe (never produced)"), QStringLiteral("TEXT")),
          opt(QStringLiteral("when"), QStringLiteral("ISO 8601 time with offset (default now)"), QStringLiteral("ISO")),
          opt(QStringLiteral("details"), QStringLiteral("include channels and safe-contact notes (gated, audited)"))},
         cmdContact},
        {QStringLiteral("media"),
         QStringLiteral("media add CASE --victim ID --received DATE --outlet TEXT --request TEXT [--response TEXT] · "
                        "media list CASE [--victim ID] [--format table|json]"),
         QStringLiteral("Media and press requests concerning a person who was trafficked. Their 'media' choice must be "
                        "agreed, else exit 6 with the alternative: the agency's statement describes the offender's conduct "
                        "without identifying details. Never produced."),
         {victim, opt(QStringLiteral("received"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("DATE")),
          opt(QStringLiteral("outlet"), QStringLiteral("who asked"), QStringLiteral("TEXT")),
          opt(QStringLiteral("request"), QStringLiteral("what was asked"), QStringLiteral("TEXT")),
          opt(QStringLiteral("response"), QStringLiteral("the agency's answer"), QStringLiteral("TEXT"))},
         cmdMedia},
    };
}

} // namespace tessera::cli
