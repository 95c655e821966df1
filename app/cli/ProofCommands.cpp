// The offender-focused analysis commands (issue 3): statutes, charge add, element link, link, exhibit add/certify,
// proof. Contract: ../shared/CLI.md; documentation: docs/CLI.md.
#include "ProofCommands.h"

#include "CliSupport.h"

#include "analysis/ProofBoard.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "model/ChargeRepository.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/ReceivedTime.h"
#include "statutes/StatuteCatalog.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace tessera::cli {
namespace {


} // namespace

QList<QCommandLineOption> proofOptions() {
    auto o = [](const char* name, const char* help, const char* value) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    return {o("statutes-dir", "folder of the agency's statute templates (else TESSERA_STATUTES_DIR)", "DIR"),
            o("statute", "statute template id", "ID"),
            o("offender", "person id of the offender", "ID"),
            o("victim", "person id of the victim", "ID"),
            o("charge", "charge id", "ID"),
            o("element", "element id of the charge's template", "ID"),
            o("event", "event id", "ID"),
            o("exhibit", "exhibit id", "ID"),
            o("contradicts", "the exhibit contradicts the event", nullptr),
            o("method", "business-record, hash-certificate, custodian or officer", "METHOD"),
            o("certificate", "the signed certificate (stored in the case)", "FILE"),
            o("notice-served", "date written notice was served (YYYY-MM-DD)", "DATE"),
            o("witness", "who will testify (role or name; never a victim's name)", "TEXT"),
            o("kind", "exhibit kind", "KIND"),
            o("title", "exhibit title", "TEXT"),
            o("provided-by", "person id who provided the exhibit", "PERSON"),
            o("when", "when the exhibit was received (EDTF or ISO 8601, the case's zone unless an offset is given)", "WHEN"),
            o("reason", "why the time it entered the case is not when it was received", "TEXT")};
}

int cmdStatutes(QCommandLineParser& p, const QStringList& args) {
    if (!args.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli statutes [--statutes-dir DIR] [--format table|json]"));
    const StatuteCatalog catalog = StatuteCatalog::load(p.value(QStringLiteral("statutes-dir")));
    if (tableOrJson(p) == QLatin1String("json")) {
        QJsonArray a;
        for (const Statute& s : catalog.statutes()) {
            QJsonArray els;
            for (const StatuteElement& e : s.elements)
                els.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("role"), e.role},
                                       {QStringLiteral("required"), e.required},
                                       {QStringLiteral("text"), e.text},
                                       {QStringLiteral("evidence"), QJsonArray::fromStringList(e.evidence)}});
            a.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("version"), s.version},
                                 {QStringLiteral("citation"), s.citation},
                                 {QStringLiteral("title"), s.title},
                                 {QStringLiteral("limitation_years"), s.limitationYears ? QJsonValue(*s.limitationYears) : QJsonValue()},
                                 {QStringLiteral("limitation"), s.limitationText},
                                 {QStringLiteral("origin"), s.origin},
                                 {QStringLiteral("elements"), els}});
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    for (const Statute& s : catalog.statutes()) {
        QStringList els;
        for (const StatuteElement& e : s.elements)
            els << e.id;
        out() << s.id.leftJustified(19) + QLatin1Char(' ') << ' ' << s.citation << " — " << s.title << "  [" << els.join(QLatin1Char(' '))
                       << "]" << (s.origin == QLatin1String("built-in") ? QString() : QStringLiteral("  (") + s.origin + QLatin1Char(')'))
                       << '\n';
    }
    out().flush();
    return 0;
}

int cmdCharge(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli charge add CASE --statute ID --offender ID [--victim ID]"));
    const QString statuteId = needValue(p, QStringLiteral("statute"));
    const qint64 offender = needId(p, QStringLiteral("offender"));
    std::optional<qint64> victim;
    if (p.isSet(QStringLiteral("victim")))
        victim = needId(p, QStringLiteral("victim"));
    const StatuteCatalog catalog = StatuteCatalog::load(p.value(QStringLiteral("statutes-dir")));
    const Statute* st = catalog.find(statuteId);
    if (!st)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--statute: no template '%1' (tessera-cli statutes lists them)").arg(statuteId));
    auto c = openCase(p, args[1]);
    printJsonLine({{QStringLiteral("id"), ChargeRepository::add(*c, *st, offender, victim)}});
    return 0;
}

int cmdElement(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("link"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli element link CASE --charge ID --element ID --event ID"));
    const qint64 charge = needId(p, QStringLiteral("charge"));
    const QString element = needValue(p, QStringLiteral("element"));
    const qint64 event = needId(p, QStringLiteral("event"));
    auto c = openCase(p, args[1]);
    ChargeRepository::linkElement(*c, charge, element, event);
    printJsonLine({{QStringLiteral("charge"), charge}, {QStringLiteral("element"), element}, {QStringLiteral("event"), event}});
    return 0;
}

int cmdLink(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli link CASE --event ID --exhibit ID [--contradicts]"));
    const qint64 event = needId(p, QStringLiteral("event"));
    const qint64 exhibit = needId(p, QStringLiteral("exhibit"));
    const bool contradicts = p.isSet(QStringLiteral("contradicts"));
    auto c = openCase(p, args[0]);
    EvidenceLinks::linkEventExhibit(*c, event, exhibit, contradicts);
    printJsonLine({{QStringLiteral("event"), event}, {QStringLiteral("exhibit"), exhibit}, {QStringLiteral("contradicts"), contradicts}});
    return 0;
}

int cmdExhibitAdd(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 3)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli exhibit add CASE FILE --kind KIND [--title TEXT] [--provided-by PERSON]"));
    const QString kind = needValue(p, QStringLiteral("kind"));
    const qint64 providedBy = p.isSet(QStringLiteral("provided-by")) ? needId(p, QStringLiteral("provided-by")) : 0;
    auto c = openCase(p, args[1]);
    const qint64 id = EvidenceLinks::addExhibitFile(*c, args[2], kind, p.value(QStringLiteral("title")), providedBy);
    const auto e = ExhibitRepository::get(c->db(), id);
    printJsonLine({{QStringLiteral("id"), id},
               {QStringLiteral("sha256"), e ? e->sha256 : QString()},
               {QStringLiteral("victim_sourced"), e && e->victimSourced}});
    return 0;
}

int cmdExhibitCertify(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli exhibit certify CASE --exhibit ID --method "
                                                         "business-record|hash-certificate|custodian|officer [--certificate FILE] "
                                                         "[--notice-served DATE] [--witness TEXT]"));
    const qint64 exhibit = needId(p, QStringLiteral("exhibit"));
    Certification cert;
    cert.method = needValue(p, QStringLiteral("method"));
    cert.certificateFile = p.value(QStringLiteral("certificate"));
    cert.noticeServed = p.value(QStringLiteral("notice-served"));
    cert.witness = p.value(QStringLiteral("witness"));
    auto c = openCase(p, args[1]);
    EvidenceLinks::certify(*c, exhibit, cert);
    const auto e = ExhibitRepository::get(c->db(), exhibit);
    printJsonLine({{QStringLiteral("exhibit"), exhibit},
               {QStringLiteral("method"), cert.method},
               {QStringLiteral("victim_dependent"), e && e->authenticationVictimDependent}});
    if ((cert.method == QLatin1String("business-record") || cert.method == QLatin1String("hash-certificate")) &&
        cert.noticeServed.isEmpty())
        std::fprintf(stderr, "tessera-cli exhibit: note: no --notice-served date yet; a certified record needs written "
                             "notice to the adverse party (FRE 902(11), 902(14))\n");
    return 0;
}

int cmdExhibitCorrectReceived(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli exhibit correct-received CASE --exhibit ID "
                                                         "--when WHEN --reason TEXT"));
    const qint64 exhibit = needId(p, QStringLiteral("exhibit"));
    const QString when = needValue(p, QStringLiteral("when"));
    const QString reason = needValue(p, QStringLiteral("reason"));
    auto c = openCase(p, args[1]);
    const qint64 id = ReceivedTime::correct(*c, exhibit, when, reason);
    const auto r = ReceivedTime::latest(c->db(), exhibit);
    printJsonLine({{QStringLiteral("id"), id},
                   {QStringLiteral("exhibit"), exhibit},
                   {QStringLiteral("received_lower_utc"), r ? formatIsoUtc(r->lowerUtcUs) : QString()},
                   {QStringLiteral("received_upper_utc"), r ? formatIsoUtc(r->upperUtcUs) : QString()},
                   {QStringLiteral("entered_utc"), r ? formatIsoUtc(r->enteredUtcUs) : QString()}});
    return 0;
}

int cmdProof(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli proof CASE [--format table|json]"));
    const QString fmt = tableOrJson(p);
    auto c = openCase(p, args[0]);
    const ProofBoardResult b = ProofBoard::build(*c);
    if (fmt == QLatin1String("json")) {
        QJsonArray charges;
        for (const ChargeProof& cp : b.charges) {
            QJsonArray els;
            for (const ElementProof& e : cp.elements)
                els.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("role"), e.role},
                                       {QStringLiteral("text"), e.text},
                                       {QStringLiteral("status"), e.status},
                                       {QStringLiteral("events"), idArray(e.events)},
                                       {QStringLiteral("exhibits"), idArray(e.exhibits)},
                                       {QStringLiteral("suggestions"), QJsonArray::fromStringList(e.suggestions)},
                                       {QStringLiteral("required"), e.required},
                                       {QStringLiteral("contradicting"), idArray(e.contradicting)},
                                       {QStringLiteral("note"), e.note.isEmpty() ? QJsonValue() : QJsonValue(e.note)}});
            QJsonArray districts;
            for (const DistrictSuggestion& d : cp.districts)
                districts.append(QJsonObject{{QStringLiteral("place"), d.place},
                                             {QStringLiteral("district"), d.district.isEmpty() ? QJsonValue() : QJsonValue(d.district)},
                                             {QStringLiteral("note"), d.note}});
            charges.append(QJsonObject{{QStringLiteral("id"), cp.id},
                                       {QStringLiteral("statute"), cp.statuteId},
                                       {QStringLiteral("offender"), cp.offenderId},
                                       {QStringLiteral("victim"), cp.victimId ? QJsonValue(*cp.victimId) : QJsonValue()},
                                       {QStringLiteral("victim_label"), cp.victimId ? QJsonValue(cp.victimLabel) : QJsonValue()},
                                       {QStringLiteral("citation"), cp.citation},
                                       {QStringLiteral("limitation"), cp.limitation},
                                       {QStringLiteral("earliest_chargeable_date"),
                                        cp.earliestChargeableDate ? QJsonValue(cp.earliestChargeableDate->toString(Qt::ISODate)) : QJsonValue()},
                                       {QStringLiteral("places"), QJsonArray::fromStringList(cp.places)},
                                       {QStringLiteral("districts"), districts},
                                       {QStringLiteral("minor_status"), ProofBoard::minorStatusName(cp.minor)},
                                       {QStringLiteral("minor_note"), cp.minorNote.isEmpty() ? QJsonValue() : QJsonValue(cp.minorNote)},
                                       {QStringLiteral("suggested_statutes"), QJsonArray::fromStringList(cp.suggestedStatutes)},
                                       {QStringLiteral("elements"), els}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("victim_burden"), b.victimBurden},
                                                    {QStringLiteral("charges"), charges}})
                              .toJson(QJsonDocument::Indented);
        out().flush();
        return 0;
    }
    QTextStream& os = out();
    os << "Proof board (internal work product — not for a discovery production)\n";
    os << "Victim burden: " << QString::number(b.victimBurden * 100.0, 'f', 0) << "% (" << b.victimOnlyElements << " of "
        << b.requiredElements << " required elements rest on victim-sourced evidence alone)\n";
    for (const ChargeProof& cp : b.charges) {
        os << "\nCharge " << cp.id << ": " << cp.citation << " — " << cp.title << " [" << cp.statuteId << " v" << cp.statuteVersion
            << "]\n  offender: " << cp.offenderLabel;
        if (cp.victimId)
            os << "   victim: " << cp.victimLabel;
        os << "\n  limitation: " << cp.limitation;
        os << "\n  earliest chargeable date: "
           << (cp.earliestChargeableDate ? cp.earliestChargeableDate->toString(Qt::ISODate)
                                         : QStringLiteral("none (no fixed limitation period)"))
           << '\n';
        for (const DistrictSuggestion& d : cp.districts)
            os << "  venue suggestion: " << d.place << " → " << (d.district.isEmpty() ? QStringLiteral("no district") : d.district)
               << " (" << d.note << ")\n";
        if (!cp.minorNote.isEmpty())
            os << "  age: " << cp.minorNote << '\n';
        for (const ElementProof& e : cp.elements) {
            QStringList ev, ex;
            for (qint64 x : e.events)
                ev << QString::number(x);
            for (qint64 x : e.exhibits)
                ex << QString::number(x);
            os << "  - " << e.id.leftJustified(17) + QLatin1Char(' ') << ' ' << e.role.leftJustified(11) + QLatin1Char(' ') << ' ' << e.status.leftJustified(22) + QLatin1Char(' ')
                << (e.required ? "" : "(not counted) ") << "events [" << ev.join(QLatin1Char(',')) << "] exhibits ["
                << ex.join(QLatin1Char(',')) << "]\n";
            if (!e.contradicting.isEmpty()) {
                QStringList cx;
                for (qint64 x : e.contradicting)
                    cx << QString::number(x);
                os << "      contradicting exhibits (disclose): " << cx.join(QLatin1Char(',')) << '\n';
            }
            if (!e.note.isEmpty())
                os << "      note: " << e.note << '\n';
            for (const QString& s : e.suggestions)
                os << "      gap: " << s << '\n';
        }
    }
    os.flush();
    return 0;
}

QList<Command> proofCommands() {
    return {
        {QStringLiteral("statutes"), QStringLiteral("statutes [--statutes-dir DIR] [--format table|json]"),
         QStringLiteral("Lists the statute templates (built-in, plus the agency's from --statutes-dir or TESSERA_STATUTES_DIR)."), proofOptions(), cmdStatutes},
        {QStringLiteral("charge"), QStringLiteral("charge add CASE --statute ID --offender ID [--victim ID] [--statutes-dir DIR]"),
         QStringLiteral("Applies a statute template to an offender (and victim); prints {\"id\": N}."), proofOptions(), cmdCharge},
        {QStringLiteral("element"), QStringLiteral("element link CASE --charge ID --element ID --event ID"),
         QStringLiteral("Links an event to an element of a charge (element ids are the template's)."), proofOptions(), cmdElement},
        {QStringLiteral("link"), QStringLiteral("link CASE --event ID --exhibit ID [--contradicts]"),
         QStringLiteral("Links an exhibit to an event it supports, or contradicts (contradicting evidence never counts as support)."), proofOptions(), cmdLink},
        {QStringLiteral("proof"), QStringLiteral("proof CASE [--format table|json]"),
         QStringLiteral("The proof board: each charge's elements with status, events, exhibits and gap suggestions, and the victim burden. Internal work product."), proofOptions(), cmdProof},
    };
}

} // namespace tessera::cli
