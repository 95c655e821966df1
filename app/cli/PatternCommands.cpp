// Identifier linking and offender patterns (issue 3): exhibit-identifier add, links, pattern. Documentation:
// docs/CLI.md.
#include "PatternCommands.h"

#include "analysis/IdentifierLinks.h"
#include "analysis/PatternSummary.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "case/CaseSettings.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace tessera::cli {
namespace {


QString isoUtc(qint64 us) {
    return us ? QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(qint64 us) {
    return us ? QJsonValue(isoUtc(us)) : QJsonValue();
}

QList<QCommandLineOption> patternOptions() {
    return {opt(QStringLiteral("exhibit"), QStringLiteral("exhibit id"), QStringLiteral("ID")),
            opt(QStringLiteral("kind"), QStringLiteral("identifier kind"), QStringLiteral("KIND")),
            opt(QStringLiteral("value"), QStringLiteral("identifier as shown"), QStringLiteral("TEXT")),
            opt(QStringLiteral("region"), QStringLiteral("phone region (ISO 3166)"), QStringLiteral("CC")),
            opt(QStringLiteral("offender"), QStringLiteral("person id of the offender"), QStringLiteral("ID"))};
}

QJsonObject linkJson(const IdentifierLink& l) {
    QJsonArray people, exhibits;
    for (const PersonRef& r : l.people)
        people.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("label"), r.label}});
    for (const LinkedExhibit& e : l.exhibits)
        exhibits.append(QJsonObject{{QStringLiteral("id"), e.exhibitId},
                                    {QStringLiteral("kind"), e.exhibitKind},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("records"), e.records},
                                    {QStringLiteral("stated"), e.stated}});
    return QJsonObject{{QStringLiteral("value"), l.value},
                       {QStringLiteral("kind"), l.kind},
                       {QStringLiteral("people"), people},
                       {QStringLiteral("exhibits"), exhibits}};
}

} // namespace

int cmdExhibitIdentifier(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli exhibit-identifier add CASE --exhibit ID "
                                                         "--kind KIND --value TEXT [--region CC]"));
    const qint64 exhibit = needId(p, QStringLiteral("exhibit"));
    const QString kind = needValue(p, QStringLiteral("kind"));
    const QString value = needValue(p, QStringLiteral("value"));
    auto c = openCase(p, args[1]);
    const QString normalised = IdentifierLinks::addToExhibit(*c, exhibit, kind, value, p.value(QStringLiteral("region")));
    printJsonLine({{QStringLiteral("exhibit"), exhibit}, {QStringLiteral("kind"), kind}, {QStringLiteral("value"), normalised}});
    return 0;
}

int cmdLinks(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli links CASE [--exhibit ID] [--format table|json]"));
    const QString fmt = tableOrJson(p);
    const qint64 exhibit = p.isSet(QStringLiteral("exhibit")) ? needId(p, QStringLiteral("exhibit")) : 0;
    auto c = openCase(p, args[0]);
    const QVector<IdentifierLink> links =
        exhibit ? IdentifierLinks::linksOf(c->db(), exhibit) : IdentifierLinks::links(c->db());
    if (fmt == QLatin1String("json")) {
        QJsonArray a;
        for (const IdentifierLink& l : links)
            a.append(linkJson(l));
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    QTextStream& os = out();
    if (links.isEmpty())
        os << "No identifier is shared by two or more exhibits yet.\n";
    for (const IdentifierLink& l : links) {
        QStringList who;
        for (const PersonRef& r : l.people)
            who << r.label;
        os << l.value << " (" << l.kind << ")" << (who.isEmpty() ? QString() : QStringLiteral(" — ") + who.join(QStringLiteral(", ")))
           << '\n';
        for (const LinkedExhibit& e : l.exhibits)
            os << "  exhibit " << e.exhibitId << "  " << e.exhibitKind << "  " << e.title
               << (e.records ? QStringLiteral("  %1 record(s)").arg(e.records) : QString())
               << (e.stated ? QStringLiteral("  shown in the exhibit") : QString()) << '\n';
    }
    os.flush();
    return 0;
}

int cmdPattern(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli pattern CASE [--offender ID] [--format table|json]"));
    const QString fmt = tableOrJson(p);
    const qint64 offender = p.isSet(QStringLiteral("offender")) ? needId(p, QStringLiteral("offender")) : 0;
    auto c = openCase(p, args[0]);
    const QString zone = c->settings().value(CaseSettings::Key::DisplayZone);
    const QVector<PatternSummary> all = offender ? QVector<PatternSummary>{PatternSummary::build(c->db(), offender, zone)}
                                                 : PatternSummary::buildAll(c->db(), zone);
    if (fmt == QLatin1String("json")) {
        QJsonArray a;
        for (const PatternSummary& s : all) {
            QJsonObject acts;
            for (auto it = s.actsByCategory.constBegin(); it != s.actsByCategory.constEnd(); ++it) {
                QJsonObject months;
                for (auto m = it.value().constBegin(); m != it.value().constEnd(); ++m)
                    months.insert(m.key(), m.value());
                acts.insert(it.key(), months);
            }
            QJsonArray victims, places;
            for (const PatternVictim& v : s.victims)
                victims.append(QJsonObject{{QStringLiteral("id"), v.personId},
                                           {QStringLiteral("label"), v.label},
                                           {QStringLiteral("events"), v.events},
                                           {QStringLiteral("first_utc"), isoOrNull(v.firstUtcUs)},
                                           {QStringLiteral("last_utc"), isoOrNull(v.lastUtcUs)},
                                           {QStringLiteral("categories"), QJsonArray::fromStringList(v.categories)}});
            for (const PatternPlace& pl : s.places)
                places.append(QJsonObject{{QStringLiteral("place"), pl.place},
                                          {QStringLiteral("events"), pl.events},
                                          {QStringLiteral("categories"), QJsonArray::fromStringList(pl.categories)}});
            a.append(QJsonObject{{QStringLiteral("offender"), s.offenderId},
                                 {QStringLiteral("label"), s.offenderLabel},
                                 {QStringLiteral("events"), s.events},
                                 {QStringLiteral("records"), s.records},
                                 {QStringLiteral("first_utc"), isoOrNull(s.firstUtcUs)},
                                 {QStringLiteral("last_utc"), isoOrNull(s.lastUtcUs)},
                                 {QStringLiteral("acts_by_category"), acts},
                                 {QStringLiteral("victims"), victims},
                                 {QStringLiteral("places"), places}});
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    QTextStream& os = out();
    for (const PatternSummary& s : all) {
        os << "Pattern of " << s.offenderLabel << ": " << s.events << " event(s), " << s.records
           << " record(s) carrying their identifiers";
        if (s.events)
            os << ", " << isoUtc(s.firstUtcUs).left(10) << " to " << isoUtc(s.lastUtcUs).left(10);
        os << '\n';
        for (auto it = s.actsByCategory.constBegin(); it != s.actsByCategory.constEnd(); ++it) {
            QStringList months;
            for (auto m = it.value().constBegin(); m != it.value().constEnd(); ++m)
                months << QStringLiteral("%1 ×%2").arg(m.key()).arg(m.value());
            os << "  " << it.key().leftJustified(16) + QLatin1Char(' ') << months.join(QStringLiteral(", ")) << '\n';
        }
        for (const PatternVictim& v : s.victims)
            os << "  victim " << v.label << ": " << v.events << " event(s) (" << v.categories.join(QStringLiteral(", ")) << ")\n";
        for (const PatternPlace& pl : s.places)
            os << "  place " << pl.place << ": " << pl.events << " event(s)\n";
    }
    os.flush();
    return 0;
}

QList<Command> patternCommands() {
    return {
        {QStringLiteral("exhibit-identifier"), QStringLiteral("exhibit-identifier add CASE --exhibit ID --kind KIND --value TEXT [--region CC]"),
         QStringLiteral("Records that an exhibit shows an identifier (the phone in an ad, on a payment account); normalised like identifier add, so the same identifier links exhibits."),
         patternOptions(), cmdExhibitIdentifier},
        {QStringLiteral("links"), QStringLiteral("links CASE [--exhibit ID] [--format table|json]"),
         QStringLiteral("Identifiers carried by two or more exhibits (records' parties and identifiers shown in exhibits), with the people they are attributed to."),
         patternOptions(), cmdLinks},
        {QStringLiteral("pattern"), QStringLiteral("pattern CASE [--offender ID] [--format table|json]"),
         QStringLiteral("Each offender's pattern: acts (events) by category and month, victims by pseudonym, places."),
         patternOptions(), cmdPattern},
    };
}

} // namespace tessera::cli
