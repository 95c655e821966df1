// The investigator report commands (issue 5 point 5): draft a report with the writing prompts, sign it (frozen, with
// signer, time and SHA-256), change it into a new version, list and show versions. Contract: ../shared/CLI.md;
// documentation: docs/CLI.md.
#include "ReportCommands.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ReportRepository.h"
#include "language/Linter.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTextStream>
#include <cstdio>

namespace tessera::cli {
namespace {

/// The text of --text, or of --text-file FILE (UTF-8). Throws CaseError: Usage when neither or both are given,
/// BadInput when the file cannot be read or is not UTF-8.
QString textArgument(QCommandLineParser& p) {
    const bool inline_ = p.isSet(QStringLiteral("text"));
    const bool file = p.isSet(QStringLiteral("text-file"));
    if (inline_ == file)
        throw CaseError(ErrorKind::Usage, QStringLiteral("give the report's text as --text TEXT or --text-file FILE"));
    if (inline_)
        return p.value(QStringLiteral("text"));
    const QString path = p.value(QStringLiteral("text-file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--text-file %1: cannot read").arg(path));
    const QByteArray bytes = f.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--text-file %1: not UTF-8 text").arg(path));
    return text;
}

/// The writing prompts while drafting (DESIGN §8): a count on stderr, never stored or audited.
void mentionPrompts(const QString& text) {
    const qsizetype n = language::Linter().check(text).size();
    if (n > 0)
        std::fprintf(stderr, "tessera-cli: %lld writing prompt(s) in the text (drafting help, not stored; "
                             "see tessera-cli lint)\n", static_cast<long long>(n));
}

QString status(const ReportVersion& v) { return v.isSigned() ? QStringLiteral("signed") : QStringLiteral("draft"); }

QJsonValue orNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

/// One version as JSON; with its text when `withText`.
QJsonObject versionJson(const ReportVersion& v, bool withText) {
    QJsonObject o{{QStringLiteral("version"), v.version},
                  {QStringLiteral("status"), status(v)},
                  {QStringLiteral("author"), v.author},
                  {QStringLiteral("saved_utc"), formatIsoUtc(v.savedUtcUs)},
                  {QStringLiteral("signed_by"), orNull(v.signedBy)},
                  {QStringLiteral("signed_utc"), v.isSigned() ? QJsonValue(formatIsoUtc(v.signedUtcUs)) : QJsonValue()},
                  {QStringLiteral("sha256"), orNull(v.sha256)}};
    if (withText)
        o.insert(QStringLiteral("text"), v.text);
    return o;
}

int cmdReport(QCommandLineParser& p, const QStringList& args) {
    const QString sub = args.value(0);
    static const QStringList subs = {QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("sign"),
                                     QStringLiteral("list"), QStringLiteral("show")};
    if (args.size() != 2 || !subs.contains(sub))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli report add|edit|sign|list|show CASE …"));
    if (sub == QLatin1String("add")) {
        const QString title = needValue(p, QStringLiteral("title"));
        const QString text = textArgument(p);
        auto c = openCase(p, args[1]);
        const qint64 id = ReportRepository::add(*c, title, text);
        printJsonLine({{QStringLiteral("id"), id}, {QStringLiteral("version"), 1}, {QStringLiteral("status"), QStringLiteral("draft")}});
        mentionPrompts(text);
        return 0;
    }
    if (sub == QLatin1String("edit")) {
        const qint64 report = needId(p, QStringLiteral("report"));
        const QString text = textArgument(p);
        auto c = openCase(p, args[1]);
        const int version = ReportRepository::saveDraft(*c, report, text);
        printJsonLine({{QStringLiteral("id"), report}, {QStringLiteral("version"), version},
                       {QStringLiteral("status"), QStringLiteral("draft")}});
        mentionPrompts(text);
        return 0;
    }
    if (sub == QLatin1String("sign")) {
        const qint64 report = needId(p, QStringLiteral("report"));
        const QString expected = p.value(QStringLiteral("sha256"));
        auto c = openCase(p, args[1]);
        const ReportVersion v = ReportRepository::sign(*c, report, expected);
        QJsonObject o = versionJson(v, false);
        o.insert(QStringLiteral("id"), report);
        printJsonLine(o);
        return 0;
    }
    const QString f = tableOrJson(p);
    if (sub == QLatin1String("show")) {
        const qint64 report = needId(p, QStringLiteral("report"));
        int wanted = 0;
        if (p.isSet(QStringLiteral("version"))) {
            bool ok = false;
            wanted = p.value(QStringLiteral("version")).toInt(&ok);
            if (!ok || wanted <= 0)
                throw CaseError(ErrorKind::Usage, QStringLiteral("--version: expected a version number (1, 2, …)"));
        }
        auto c = openCase(p, args[1]);
        const Report r = ReportRepository::get(c->db(), report);
        const ReportVersion* v = wanted ? nullptr : &r.current();
        for (const ReportVersion& x : r.versions)
            if (x.version == wanted)
                v = &x;
        if (!v)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--version: report %1 has no version %2").arg(report).arg(wanted));
        if (f == QLatin1String("json")) {
            QJsonObject o = versionJson(*v, true);
            o.insert(QStringLiteral("id"), r.id);
            o.insert(QStringLiteral("title"), r.title);
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return 0;
        }
        out() << r.title << " — version " << v->version << " (" << status(*v) << ")\n";
        if (v->isSigned())
            out() << "Signed by " << v->signedBy << " at " << formatIsoUtc(v->signedUtcUs) << "\nSHA-256 " << v->sha256 << '\n';
        else
            out() << "Draft saved by " << v->author << " at " << formatIsoUtc(v->savedUtcUs) << '\n';
        out() << '\n' << v->text;
        if (!v->text.endsWith(QLatin1Char('\n')))
            out() << '\n';
        return 0;
    }
    auto c = openCase(p, args[1]);
    const QVector<Report> reports = ReportRepository::list(c->db());
    if (f == QLatin1String("json")) {
        QJsonArray a;
        for (const Report& r : reports) {
            QJsonArray versions;
            for (const ReportVersion& v : r.versions)
                versions.append(versionJson(v, false));
            a.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("title"), r.title},
                                 {QStringLiteral("version"), r.current().version},
                                 {QStringLiteral("status"), status(r.current())},
                                 {QStringLiteral("versions"), versions}});
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const Report& r : reports) {
        const ReportVersion& v = r.current();
        out() << QString::number(r.id).leftJustified(5) << QStringLiteral("v%1").arg(v.version).leftJustified(5)
              << status(v).leftJustified(8)
              << (v.isSigned() ? formatIsoUtc(v.signedUtcUs).left(19) + QStringLiteral("  ") + v.sha256.left(12)
                               : formatIsoUtc(v.savedUtcUs).left(19) + QStringLiteral("  ") + QString(12, QLatin1Char(' ')))
              << "  " << r.title << '\n';
    }
    return 0;
}

} // namespace

QList<Command> reportCommands() {
    return {
        {QStringLiteral("report"),
         QStringLiteral("report add CASE --title TEXT (--text TEXT | --text-file FILE) | report edit CASE --report ID (--text TEXT | --text-file FILE) | "
                        "report sign CASE --report ID [--sha256 HEX] | report list CASE [--format table|json] | "
                        "report show CASE --report ID [--version N] [--format table|json]"),
         QStringLiteral("Investigator reports (investigative, supplemental): drafted with the writing prompts (a count of "
                        "them on stderr; nothing of them is stored), then signed. Signing records the signer, the time "
                        "(UTC) and the SHA-256 of the exact text and freezes that version; a later edit starts a new "
                        "draft version, signed in turn. Every signed version and the current draft go into the "
                        "production (reports.csv)."),
         {opt(QStringLiteral("title"), QStringLiteral("the report's title, e.g. \"Supplemental report #2\""), QStringLiteral("TEXT")),
          opt(QStringLiteral("text"), QStringLiteral("the report's text"), QStringLiteral("TEXT")),
          opt(QStringLiteral("text-file"), QStringLiteral("a UTF-8 file holding the report's text"), QStringLiteral("FILE")),
          opt(QStringLiteral("report"), QStringLiteral("report id"), QStringLiteral("ID")),
          opt(QStringLiteral("sha256"), QStringLiteral("sign only if the draft's text has this SHA-256"), QStringLiteral("HEX")),
          opt(QStringLiteral("version"), QStringLiteral("version to show (default: the current one)"), QStringLiteral("N"))},
         cmdReport},
    };
}

} // namespace tessera::cli
