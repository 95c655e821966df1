// The casework commands (issue 10): investigator notes, leads, legal process and its deadlines, the quarantine list of
// returns checked against scope, the deconfliction export and the activity log. Contract: ../shared/CLI.md;
// documentation: docs/CLI.md.
#include "CaseworkCommands.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ActivityLog.h"
#include "casework/CaseworkWithdrawal.h"
#include "casework/DeconflictionExport.h"
#include "casework/LeadRepository.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NoteRepository.h"
#include "casework/ReturnScope.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>

namespace tessera::cli {
namespace {


QJsonValue day(QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

/// The writing prompt of DESIGN §10: a note that names a protected person is produced with the pseudonym instead.
void warnIfProtected(Case& c, const QString& text) {
    if (ProtectedIdentityRedactor(c.db()).containsProtected(text))
        std::fprintf(stderr, "tessera-cli: warning: the note names a person whose identity is protected; productions "
                             "show the pseudonym instead\n");
}

QString oneLine(QString s) {
    s.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

/// `note|lead|process withdraw CASE --<subject> ID [--reinstate]`: appends a withdrawal (or a reinstatement) of an
/// entry added in error (CaseworkWithdrawal, migration 0015); prints {"<subject>": id, "withdrawn": bool}.
int withdrawSubject(QCommandLineParser& p, const QStringList& args, const QString& subject) {
    const qint64 id = needId(p, subject);
    const bool withdrawn = !p.isSet(QStringLiteral("reinstate"));
    auto c = openCase(p, args[1]);
    CaseworkWithdrawal::set(*c, subject, id, withdrawn);
    printJsonLine({{subject, id}, {QStringLiteral("withdrawn"), withdrawn}});
    return 0;
}

void printArray(const QJsonArray& a) {
    out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
    out().flush();
}

/// --today DATE (scripts and tests), else the local date.
QDate today(QCommandLineParser& p) {
    if (!p.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QDate d = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
    if (!d.isValid())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--today: expected a date as YYYY-MM-DD"));
    return d;
}

// ---- note -----------------------------------------------------------------------------------------------------

int cmdNote(QCommandLineParser& p, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("revise") && sub != QLatin1String("list") &&
                             sub != QLatin1String("withdraw")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli note add|revise|list|withdraw CASE …"));
    if (sub == QLatin1String("withdraw"))
        return withdrawSubject(p, args, QStringLiteral("note"));
    if (sub == QLatin1String("add")) {
        const QString text = needValue(p, QStringLiteral("text"));
        const NoteSubject about = NoteSubject::parse(p.value(QStringLiteral("about")));
        auto c = openCase(p, args[1]);
        printJsonLine({{QStringLiteral("id"), NoteRepository::add(*c, text, about)}, {QStringLiteral("version"), 1}});
        warnIfProtected(*c, text);
        return 0;
    }
    if (sub == QLatin1String("revise")) {
        const qint64 note = needId(p, QStringLiteral("note"));
        const QString text = needValue(p, QStringLiteral("text"));
        auto c = openCase(p, args[1]);
        printJsonLine({{QStringLiteral("id"), note}, {QStringLiteral("version"), NoteRepository::revise(*c, note, text)}});
        warnIfProtected(*c, text);
        return 0;
    }
    const QString f = tableOrJson(p);
    auto c = openCase(p, args[1]);
    const QVector<Note> notes = NoteRepository::list(c->db());
    if (f == QLatin1String("json")) {
        QJsonArray a;
        for (const Note& n : notes) {
            QJsonArray versions;
            for (const NoteVersion& v : n.versions)
                versions.append(QJsonObject{{QStringLiteral("version"), v.version},
                                            {QStringLiteral("text"), v.text},
                                            {QStringLiteral("author"), v.author},
                                            {QStringLiteral("written_utc"), formatIsoUtc(v.createdUtcUs)}});
            a.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("about"), n.about.text()},
                                 {QStringLiteral("text"), n.current().text},
                                 {QStringLiteral("versions"), versions},
                                 {QStringLiteral("withdrawn"), n.withdrawn}});
        }
        printArray(a);
        return 0;
    }
    for (const Note& n : notes)
        out() << QString::number(n.id).leftJustified(4) + QLatin1Char(' ') << n.about.text().leftJustified(11) + QLatin1Char(' ') << 'v' << n.current().version
              << "  " << formatIsoUtc(n.current().createdUtcUs).left(19) << "  " << oneLine(n.current().text)
              << (n.withdrawn ? "  (withdrawn)" : "") << '\n';
    return 0;
}

// ---- lead -----------------------------------------------------------------------------------------------------

QPair<qint64, QString> chargeElement(const QString& text) {
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool ok = false;
    const qint64 charge = slash > 0 ? text.left(slash).toLongLong(&ok) : 0;
    if (!ok || charge <= 0 || slash + 1 >= text.size())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--element: expected CHARGE/ELEMENT, e.g. 1/action"));
    return {charge, text.mid(slash + 1)};
}

int cmdLead(QCommandLineParser& p, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("list") && sub != QLatin1String("close") &&
                             sub != QLatin1String("gaps") && sub != QLatin1String("withdraw")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli lead add|list|close|gaps|withdraw CASE …"));
    if (sub == QLatin1String("withdraw"))
        return withdrawSubject(p, args, QStringLiteral("lead"));
    if (sub == QLatin1String("add")) {
        const QString title = p.value(QStringLiteral("title"));
        if (title.isEmpty() && !p.isSet(QStringLiteral("element")))
            throw CaseError(ErrorKind::Usage, QStringLiteral("--title is required (or --element CHARGE/ELEMENT for a lead from a gap)"));
        std::optional<QPair<qint64, QString>> el;
        if (p.isSet(QStringLiteral("element")))
            el = chargeElement(p.value(QStringLiteral("element")));
        auto c = openCase(p, args[1]);
        qint64 id = 0;
        if (el && title.isEmpty()) {
            id = LeadRepository::addFromGap(*c, el->first, el->second, p.value(QStringLiteral("owner")), p.value(QStringLiteral("due")));
        } else {
            NewLead l{title, el ? el->first : 0, el ? el->second : QString(), p.value(QStringLiteral("owner")),
                      p.value(QStringLiteral("due"))};
            id = LeadRepository::add(*c, l);
        }
        QString stored;
        for (const Lead& l : LeadRepository::list(c->db()))
            if (l.id == id)
                stored = l.title;
        printJsonLine({{QStringLiteral("id"), id}, {QStringLiteral("title"), stored}});
        return 0;
    }
    if (sub == QLatin1String("close")) {
        const qint64 lead = needId(p, QStringLiteral("lead"));
        const QString outcome = needValue(p, QStringLiteral("outcome"));
        QVector<qint64> exhibits;
        for (const QString& x : p.values(QStringLiteral("exhibit"))) {
            bool ok = false;
            const qint64 id = x.toLongLong(&ok);
            if (!ok || id <= 0)
                throw CaseError(ErrorKind::Usage, QStringLiteral("--exhibit: expected a numeric id"));
            exhibits << id;
        }
        auto c = openCase(p, args[1]);
        const LeadClosed r = LeadRepository::close(*c, lead, outcome, exhibits);
        printJsonLine({{QStringLiteral("id"), lead},
                       {QStringLiteral("status"), QStringLiteral("closed")},
                       {QStringLiteral("exhibits"), idArray(exhibits)},
                       {QStringLiteral("linked_events"), idArray(r.linkedEvents)}});
        return 0;
    }
    const QString f = tableOrJson(p);
    auto c = openCase(p, args[1]);
    if (sub == QLatin1String("gaps")) {
        QJsonArray a;
        for (const ProofGap& g : LeadRepository::gaps(*c)) {
            const QString title = LeadRepository::titleForGap(g);
            if (f == QLatin1String("json"))
                a.append(QJsonObject{{QStringLiteral("charge"), g.chargeId},
                                     {QStringLiteral("element"), g.elementId},
                                     {QStringLiteral("status"), g.status},
                                     {QStringLiteral("suggested_title"), title},
                                     {QStringLiteral("suggestions"), QJsonArray::fromStringList(g.suggestions)}});
            else
                out() << QStringLiteral("%1/%2").arg(g.chargeId).arg(g.elementId).leftJustified(13) + QLatin1Char(' ') << g.status.leftJustified(23) + QLatin1Char(' ')
                      << title << '\n';
        }
        if (f == QLatin1String("json"))
            printArray(a);
        return 0;
    }
    QJsonArray a;
    for (const Lead& l : LeadRepository::list(c->db())) {
        const QString element = l.chargeId ? QStringLiteral("%1/%2").arg(l.chargeId).arg(l.elementId) : QString();
        if (f == QLatin1String("json"))
            a.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("element"), element.isEmpty() ? QJsonValue() : QJsonValue(element)},
                                 {QStringLiteral("owner"), l.owner},
                                 {QStringLiteral("due"), day(l.due)},
                                 {QStringLiteral("status"), l.status},
                                 {QStringLiteral("outcome"), l.outcome.isEmpty() ? QJsonValue() : QJsonValue(l.outcome)},
                                 {QStringLiteral("exhibits"), idArray(l.exhibits)},
                                 {QStringLiteral("withdrawn"), l.withdrawn}});
        else
            out() << QString::number(l.id).leftJustified(4) + QLatin1Char(' ') << l.status.leftJustified(7) + QLatin1Char(' ') << ' '
                  << (l.due.isValid() ? l.due.toString(Qt::ISODate) : QStringLiteral("-")).leftJustified(10) + QLatin1Char(' ')
                  << element.leftJustified(13) + QLatin1Char(' ') << oneLine(l.title)
                  << (l.owner.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(l.owner))
                  << (l.withdrawn ? "  (withdrawn)" : "") << '\n';
    }
    if (f == QLatin1String("json"))
        printArray(a);
    return 0;
}

// ---- process --------------------------------------------------------------------------------------------------

QJsonObject processJson(const LegalProcess& pr, QDate today) {
    QJsonArray ids;
    for (const ScopeIdentifier& i : pr.identifiers)
        ids.append(QJsonObject{{QStringLiteral("id"), i.identifierId}, {QStringLiteral("kind"), i.kind}, {QStringLiteral("value"), i.value}});
    QJsonArray deadlines;
    for (const ProcessDeadline& d : LegalProcessRepository::deadlines(pr, today))
        deadlines.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                     {QStringLiteral("action"), d.action},
                                     {QStringLiteral("days_left"), d.daysLeft}});
    return {{QStringLiteral("id"), pr.id},
            {QStringLiteral("kind"), pr.kind},
            {QStringLiteral("citation"), LegalProcessRepository::citation(pr.kind)},
            {QStringLiteral("provider"), pr.provider},
            {QStringLiteral("lead"), pr.leadId ? QJsonValue(pr.leadId) : QJsonValue()},
            {QStringLiteral("served"), day(pr.served)},
            {QStringLiteral("due"), day(pr.due)},
            {QStringLiteral("expires"), day(pr.expires)},
            {QStringLiteral("renewed"), day(pr.renewalServed)},
            {QStringLiteral("scope"), QJsonObject{{QStringLiteral("identifiers"), ids},
                                                  {QStringLiteral("from"), pr.scopeFrom.isEmpty() ? QJsonValue() : QJsonValue(pr.scopeFrom)},
                                                  {QStringLiteral("to"), pr.scopeTo.isEmpty() ? QJsonValue() : QJsonValue(pr.scopeTo)}}},
            {QStringLiteral("returns"), idArray(pr.returns)},
            {QStringLiteral("deadlines"), deadlines},
            {QStringLiteral("withdrawn"), pr.withdrawn}};
}

int cmdProcess(QCommandLineParser& p, const QStringList& args) {
    const QString sub = args.value(0);
    if (args.size() != 2 || (sub != QLatin1String("add") && sub != QLatin1String("renew") && sub != QLatin1String("list") &&
                             sub != QLatin1String("letter") && sub != QLatin1String("withdraw")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli process add|renew|list|letter|withdraw CASE …"));
    if (sub == QLatin1String("withdraw"))
        return withdrawSubject(p, args, QStringLiteral("process"));
    if (sub == QLatin1String("add")) {
        NewLegalProcess n;
        n.kind = needValue(p, QStringLiteral("kind"));
        n.provider = needValue(p, QStringLiteral("provider"));
        n.served = p.value(QStringLiteral("served"));
        n.due = p.value(QStringLiteral("due"));
        n.expires = p.value(QStringLiteral("expires"));
        n.scopeFrom = p.value(QStringLiteral("from"));
        n.scopeTo = p.value(QStringLiteral("to"));
        for (const QString& x : p.values(QStringLiteral("identifier"))) {
            bool ok = false;
            const qint64 id = x.toLongLong(&ok);
            if (!ok || id <= 0)
                throw CaseError(ErrorKind::Usage, QStringLiteral("--identifier: expected a numeric identifier id"));
            n.identifierIds << id;
        }
        if (p.isSet(QStringLiteral("lead")))
            n.leadId = needId(p, QStringLiteral("lead"));
        auto c = openCase(p, args[1]);
        const qint64 id = LegalProcessRepository::add(*c, n);
        printJsonLine({{QStringLiteral("id"), id}, {QStringLiteral("expires"), day(LegalProcessRepository::get(c->db(), id)->expires)}});
        return 0;
    }
    if (sub == QLatin1String("renew")) {
        const qint64 id = needId(p, QStringLiteral("process"));
        const QDate served = QDate::fromString(needValue(p, QStringLiteral("served")), Qt::ISODate);
        if (!served.isValid())
            throw CaseError(ErrorKind::Usage, QStringLiteral("--served: expected a date as YYYY-MM-DD"));
        auto c = openCase(p, args[1]);
        printJsonLine({{QStringLiteral("id"), id}, {QStringLiteral("expires"), day(LegalProcessRepository::renew(*c, id, served))}});
        return 0;
    }
    if (sub == QLatin1String("letter")) {
        const qint64 id = needId(p, QStringLiteral("process"));
        const qint64 lead = p.isSet(QStringLiteral("lead")) ? needId(p, QStringLiteral("lead")) : 0;
        auto c = openCase(p, args[1]);
        const QString text = LegalProcessRepository::letterDraft(*c, id, lead);
        if (!p.isSet(QStringLiteral("out"))) {
            out() << text;
            return 0;
        }
        const QString path = p.value(QStringLiteral("out"));
        Transaction tx(c->db());
        QSaveFile f(path);
        const QByteArray bytes = text.toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
        c->audit(QStringLiteral("process.letter"), QStringLiteral("process:%1").arg(id),
                 {{QStringLiteral("file"), QFileInfo(path).fileName()}});
        if (!f.commit())
            throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
        tx.commit();
        printJsonLine({{QStringLiteral("process"), id}, {QStringLiteral("out"), path}});
        return 0;
    }
    const QString f = tableOrJson(p);
    const QDate now = today(p);
    std::optional<int> within;
    if (p.isSet(QStringLiteral("due-within"))) {
        bool ok = false;
        within = p.value(QStringLiteral("due-within")).toInt(&ok);
        if (!ok || *within < 0)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--due-within: expected a number of days (0 or more)"));
    }
    auto c = openCase(p, args[1]);
    QVector<LegalProcess> rows;
    if (within) {
        for (const DueProcess& d : LegalProcessRepository::due(c->db(), now, within))
            rows << d.process;
    } else {
        rows = LegalProcessRepository::list(c->db());
    }
    QJsonArray a;
    for (const LegalProcess& pr : rows) {
        if (f == QLatin1String("json")) {
            a.append(processJson(pr, now));
            continue;
        }
        const auto d = LegalProcessRepository::deadlines(pr, now);
        const QString next = d.isEmpty() ? QStringLiteral("-")
                                         : QStringLiteral("%1 (%2 days): %3").arg(d.first().date.toString(Qt::ISODate))
                                               .arg(d.first().daysLeft).arg(d.first().action);
        out() << QString::number(pr.id).leftJustified(4) + QLatin1Char(' ') << pr.kind.leftJustified(14) + QLatin1Char(' ') << pr.provider.leftJustified(19) + QLatin1Char(' ') << ' '
              << next << '\n';
    }
    if (f == QLatin1String("json"))
        printArray(a);
    return 0;
}

// ---- quarantine, deconfliction, activity ----------------------------------------------------------------------

int cmdQuarantine(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("list"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli quarantine list CASE [--process ID] [--format table|json]"));
    const QString f = tableOrJson(p);
    const qint64 process = p.isSet(QStringLiteral("process")) ? needId(p, QStringLiteral("process")) : 0;
    auto c = openCase(p, args[1]);
    QJsonArray a;
    for (const QuarantinedRecord& r : ReturnScope::list(c->db(), process)) {
        if (f == QLatin1String("json"))
            a.append(QJsonObject{{QStringLiteral("record"), r.recordId},
                                 {QStringLiteral("exhibit"), r.exhibitId},
                                 {QStringLiteral("row"), r.rowNumber},
                                 {QStringLiteral("process"), r.processId},
                                 {QStringLiteral("reason"), r.reason}});
        else
            out() << "exhibit " << r.exhibitId << " row " << r.rowNumber << "\tprocess " << r.processId << '\t' << r.reason << '\n';
    }
    if (f == QLatin1String("json"))
        printArray(a);
    return 0;
}

int cmdDeconfliction(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli deconfliction CASE --out FILE"));
    const QString path = needValue(p, QStringLiteral("out"));
    if (QFileInfo(path).isDir())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: is a folder; name a file").arg(path));
    auto c = openCase(p, args[0]);
    const DeconflictionResult r = DeconflictionExport::write(*c, path);
    printJsonLine({{QStringLiteral("out"), path}, {QStringLiteral("people"), r.people}, {QStringLiteral("rows"), r.rows}});
    return 0;
}

int cmdActivity(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli activity CASE [--limit N] [--format table|json]"));
    const QString f = tableOrJson(p);
    int limit = 50;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--limit: expected a number (0 = all)"));
    }
    auto c = openCase(p, args[0]);
    const QString zone = c->settings().value(CaseSettings::Key::DisplayZone);
    QJsonArray a;
    for (const Activity& x : ActivityLog::recent(c->db(), limit)) {
        if (f == QLatin1String("json"))
            a.append(QJsonObject{{QStringLiteral("id"), x.auditId},
                                 {QStringLiteral("utc"), formatIsoUtc(x.utcUs)},
                                 {QStringLiteral("actor"), x.actor},
                                 {QStringLiteral("action"), x.action},
                                 {QStringLiteral("subject"), x.subject},
                                 {QStringLiteral("text"), x.text}});
        else
            out() << formatLocal(x.utcUs, zone, TimePrecision::Second).leftJustified(25) + QLatin1Char(' ') << x.actor.leftJustified(15) + QLatin1Char(' ') << x.text << '\n';
    }
    if (f == QLatin1String("json"))
        printArray(a);
    return 0;
}

} // namespace

QList<Command> caseworkCommands() {
    const QCommandLineOption today = opt(QStringLiteral("today"), QStringLiteral("the day deadlines are counted from (default: today)"), QStringLiteral("DATE"));
    const QCommandLineOption reinstate(QStringLiteral("reinstate"), QStringLiteral("withdraw: reinstate a withdrawn entry instead"));
    return {
        {QStringLiteral("note"),
         QStringLiteral("note add CASE --text TEXT [--about case|person:ID|exhibit:ID|event:ID] | note revise CASE --note ID --text TEXT | note list CASE [--format table|json] | note withdraw CASE --note ID [--reinstate]"),
         QStringLiteral("Investigator notes, append-only: a revision is a new version and nothing is deleted. Every version goes into the "
                        "production (notes are discoverable). `withdraw` marks a note added in error: it leaves the working list and stays in the "
                        "case and in the production, marked withdrawn; --reinstate undoes that."),
         {opt(QStringLiteral("text"), QStringLiteral("the note's text"), QStringLiteral("TEXT")),
          opt(QStringLiteral("about"), QStringLiteral("case, person:ID, exhibit:ID or event:ID"), QStringLiteral("SUBJECT")),
          opt(QStringLiteral("note"), QStringLiteral("note id"), QStringLiteral("ID")),
          reinstate},
         cmdNote},
        {QStringLiteral("lead"),
         QStringLiteral("lead add CASE (--title TEXT | --element CHARGE/ELEMENT) [--element CHARGE/ELEMENT] [--owner TEXT] [--due DATE] | lead gaps CASE | lead list CASE [--format table|json] | lead close CASE --lead ID --outcome TEXT [--exhibit ID]… | lead withdraw CASE --lead ID [--reinstate]"),
         QStringLiteral("Leads. With --element and no --title, the lead is made from that proof-board gap in one step (its title from the "
                        "gap's suggestion); `lead gaps` lists the gaps. Closing links the exhibits it produced, and, for a lead "
                        "carrying an element, links them as support to that element's events. `withdraw` marks a lead added in error (it leaves "
                        "the lists and deadlines, kept in the case; --reinstate undoes that)."),
         {opt(QStringLiteral("title"), QStringLiteral("what to do"), QStringLiteral("TEXT")),
          opt(QStringLiteral("element"), QStringLiteral("the charge element it would prove, e.g. 1/action"), QStringLiteral("CHARGE/ELEMENT")),
          opt(QStringLiteral("owner"), QStringLiteral("who does it"), QStringLiteral("TEXT")),
          opt(QStringLiteral("due"), QStringLiteral("due date"), QStringLiteral("DATE")),
          opt(QStringLiteral("lead"), QStringLiteral("lead id"), QStringLiteral("ID")),
          opt(QStringLiteral("outcome"), QStringLiteral("what it found"), QStringLiteral("TEXT")),
          opt(QStringLiteral("exhibit"), QStringLiteral("exhibit it produced"), QStringLiteral("ID")),
          reinstate},
         cmdLead},
        {QStringLiteral("process"),
         QStringLiteral("process add CASE --kind subpoena|court-order|search-warrant|preservation|delayed-notice --provider TEXT [--served DATE] [--due DATE] [--expires DATE] [--identifier ID]… [--from DATE] [--to DATE] [--lead ID] | process renew CASE --process ID --served DATE | process list CASE [--due-within DAYS] [--today DATE] [--format table|json] | process letter CASE --process ID [--lead ID] [--out FILE] | process withdraw CASE --process ID [--reinstate]"),
         QStringLiteral("Legal process: subpoena (18 U.S.C. 2703(c)(2)), court order (2703(d)), search warrant, preservation request "
                        "(2703(f): 90 days from service unless --expires says otherwise; `renew` once for 90 more), delayed-notice order "
                        "(2705; --expires is its end date). Scope: identifiers and a window of days. `list --due-within DAYS` shows what "
                        "needs action, soonest first (overdue returns included). `letter` drafts the request letter as plain text to edit; "
                        "Tessera never sends it. `withdraw` marks process added in error: no deadlines, not a return target, kept in the case "
                        "(--reinstate undoes that)."),
         {opt(QStringLiteral("kind"), QStringLiteral("kind of process"), QStringLiteral("KIND")),
          opt(QStringLiteral("provider"), QStringLiteral("who it is served on"), QStringLiteral("TEXT")),
          opt(QStringLiteral("served"), QStringLiteral("day served"), QStringLiteral("DATE")),
          opt(QStringLiteral("due"), QStringLiteral("day the return is due"), QStringLiteral("DATE")),
          opt(QStringLiteral("expires"), QStringLiteral("end date"), QStringLiteral("DATE")),
          opt(QStringLiteral("identifier"), QStringLiteral("identifier id in scope"), QStringLiteral("ID")),
          opt(QStringLiteral("from"), QStringLiteral("first day of the scope window"), QStringLiteral("DATE")),
          opt(QStringLiteral("to"), QStringLiteral("last day of the scope window"), QStringLiteral("DATE")),
          opt(QStringLiteral("lead"), QStringLiteral("lead id"), QStringLiteral("ID")),
          opt(QStringLiteral("process"), QStringLiteral("process id"), QStringLiteral("ID")),
          opt(QStringLiteral("due-within"), QStringLiteral("days ahead"), QStringLiteral("DAYS")),
          opt(QStringLiteral("out"), QStringLiteral("file for the letter draft"), QStringLiteral("FILE")),
          today,
          reinstate},
         cmdProcess},
        {QStringLiteral("quarantine"), QStringLiteral("quarantine list CASE [--process ID] [--format table|json]"),
         QStringLiteral("Records of returns that fall outside their legal process's scope: kept, left out of analysis and of every "
                        "derived document, listed here (and in the production's quarantine.csv) for the prosecutor."),
         {opt(QStringLiteral("process"), QStringLiteral("process id"), QStringLiteral("ID"))}, cmdQuarantine},
        {QStringLiteral("deconfliction"), QStringLiteral("deconfliction CASE --out FILE"),
         QStringLiteral("Writes the offender-side identifiers, addresses and vehicles (offenders, suspects, associates; never a victim's "
                        "or a protected person's) as CSV for the agency's deconfliction system. Logged in the audit chain; record the "
                        "system's results as a note."),
         {opt(QStringLiteral("out"), QStringLiteral("CSV file to write"), QStringLiteral("FILE"))}, cmdDeconfliction},
        {QStringLiteral("activity"), QStringLiteral("activity CASE [--limit N] [--format table|json]"),
         QStringLiteral("The activity log, newest first, derived from the audit chain (default 50 entries; --limit 0 for all)."),
         {opt(QStringLiteral("limit"), QStringLiteral("entries"), QStringLiteral("N"))}, cmdActivity},
    };
}

} // namespace tessera::cli
