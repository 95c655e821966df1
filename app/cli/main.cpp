// tessera-cli: the command-line contract of ../shared/CLI.md, documented in docs/CLI.md.
#include "CliSupport.h"
#include "PacketCommands.h"
#include "Passphrase.h"
#include "BackupCommands.h"
#include "KeyCommands.h"
#include "CheckpointCommands.h"
#include "VictimActionCommands.h"
#include "PatternCommands.h"
#include "PromotionCommands.h"
#include "ProofCommands.h"
#include "CaseworkCommands.h"
#include "ReportCommands.h"

#include "analysis/Timeline.h"
#include "audit/AuditLog.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointLedger.h"
#include "crypto/CaseHeader.h"
#include "crypto/SealKey.h"
#include "crypto/Sodium.h"
#include "ingest/CallDetailRecordImporter.h"
#include "ingest/RecordImporter.h"
#include "ingest/ImportProfile.h"
#include "ingest/PhoneNormalizer.h"
#include "language/Linter.h"
#include "model/EventRepository.h"
#include "model/ExhibitRepository.h"
#include "model/ReceivedTime.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "model/VisibleText.h"
#include "packet/PacketVerifier.h"
#include "packet/ProductionBuilder.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "render/PdfExhibitStamper.h"
#include "render/ReportPdfRenderer.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "time/TimeFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>
#include "storage/Transaction.h"
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>
#include <signal.h>
#include <functional>
#include <memory>

using namespace tessera;
using tessera::cli::needId;
using tessera::cli::needValue;
using tessera::cli::openCase;
using tessera::cli::out;
using tessera::cli::printJsonLine;

namespace {


using tessera::cli::Command;
using tessera::cli::opt;

const QCommandLineOption kPassFile = opt(QStringLiteral("passphrase-file"), QStringLiteral("file holding the passphrase"), QStringLiteral("FILE"));
const QCommandLineOption kFormat = opt(QStringLiteral("format"), QStringLiteral("table, csv or json"), QStringLiteral("FORMAT"));




QString csvField(QString s) {
    s = visibleControls(s, KeepLayout::TabAndLineBreaks); // never a raw NUL or escape in a cell
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

QJsonArray refsJson(const QVector<PersonRef>& refs) {
    QJsonArray a;
    for (const PersonRef& r : refs)
        a.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("label"), r.label}});
    return a;
}

QString refsText(const QVector<PersonRef>& refs) {
    QStringList l;
    for (const PersonRef& r : refs)
        l << r.label;
    return l.join(QStringLiteral("; "));
}


// ---- commands ------------------------------------------------------------------------------------------------

int cmdCreate(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli create CASE --title TEXT [options]"));
    NewCaseOptions o;
    o.title = needValue(p, QStringLiteral("title"));
    o.caseNumber = p.value(QStringLiteral("case-number"));
    o.displayZone = p.value(QStringLiteral("display-zone"));
    o.region = p.value(QStringLiteral("region"));
    o.batesPrefix = p.value(QStringLiteral("bates-prefix"));
    if (p.isSet(QStringLiteral("bates-prefix")) && !CaseSettings::isValidBatesPrefix(o.batesPrefix))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--bates-prefix: %1").arg(CaseSettings::batesPrefixRule()));
    o.agency = p.value(QStringLiteral("agency"));
    o.investigator = p.value(QStringLiteral("investigator"));
    if (qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1"))
        o.kdf = KdfParameters::testing();
    // --passphrase-file names the passphrase of an existing case (as for rekey); a new case's passphrase comes from
    // --new-passphrase-file. Taking one for the other silently would leave the file unused (new-user trial).
    if (p.isSet(QStringLiteral("passphrase-file")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--passphrase-file is for opening an existing case; create takes the "
                                                         "new passphrase from --new-passphrase-file (or "
                                                         "TESSERA_NEW_PASSPHRASE, TESSERA_PASSPHRASE)"));
    if (QFileInfo::exists(args[0]))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: a file already exists there; not overwriting it").arg(args[0]));
    PhoneNormalizer::requireKnownRegion(o.region); // before asking for a passphrase
    const QString pass = cli::readNewPassphrase(p.value(QStringLiteral("new-passphrase-file")), true);
    auto c = Case::create(args[0], pass, o);
    const QString fp = SealKey::fingerprint(c->sealKey().publicKey());
    printJsonLine({{QStringLiteral("path"), args[0]}, {QStringLiteral("seal_fingerprint"), fp}});
    return 0;
}

int cmdCaseShowSet(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("show") && args[0] != QLatin1String("set")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli case show|set CASE"));
    auto c = openCase(p, args[1]);
    const QList<QPair<QString, CaseSettings::Key>> keys{
        {QStringLiteral("title"), CaseSettings::Key::Title},          {QStringLiteral("case-number"), CaseSettings::Key::CaseNumber},
        {QStringLiteral("display-zone"), CaseSettings::Key::DisplayZone}, {QStringLiteral("region"), CaseSettings::Key::Region},
        {QStringLiteral("bates-prefix"), CaseSettings::Key::BatesPrefix}, {QStringLiteral("agency"), CaseSettings::Key::Agency},
        {QStringLiteral("investigator"), CaseSettings::Key::Investigator}, {QStringLiteral("keep-backups"), CaseSettings::Key::BackupKeep},
        {QStringLiteral("backup-interval"), CaseSettings::Key::BackupIntervalMinutes}};
    if (args[0] == QLatin1String("set")) {
        Transaction tx(c->db());
        QJsonArray changed;
        for (const auto& [name, key] : keys) {
            if (!p.isSet(name))
                continue;
            if (key == CaseSettings::Key::DisplayZone && !QTimeZone(p.value(name).toUtf8()).isValid())
                throw CaseError(ErrorKind::Usage, QStringLiteral("--display-zone: unknown time zone"));
            if (key == CaseSettings::Key::BackupKeep && !QRegularExpression(QStringLiteral("^(0|[1-9][0-9]?)$")).match(p.value(name)).hasMatch())
                throw CaseError(ErrorKind::Usage, QStringLiteral("--keep-backups: expected a number from 0 to 99"));
            if (key == CaseSettings::Key::BackupIntervalMinutes &&
                (!QRegularExpression(QStringLiteral("^(0|[1-9][0-9]{0,4})$")).match(p.value(name)).hasMatch() ||
                 p.value(name).toInt() > 10080))
                throw CaseError(ErrorKind::Usage,
                                QStringLiteral("--backup-interval: expected minutes from 0 to 10080 (one week)"));
            if (key == CaseSettings::Key::BatesPrefix && !CaseSettings::isValidBatesPrefix(p.value(name)))
                throw CaseError(ErrorKind::Usage, QStringLiteral("--bates-prefix: %1").arg(CaseSettings::batesPrefixRule()));
            c->settings().setValue(key, p.value(name));
            changed.append(name);
        }
        c->audit(QStringLiteral("case.set"), QStringLiteral("case"), {{QStringLiteral("changed"), changed}});
        tx.commit();
    }
    QJsonObject o;
    for (const auto& [name, key] : keys) {
        const QString value = c->settings().value(key);
        const QString jsonName = QString(name).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (key == CaseSettings::Key::BackupKeep || key == CaseSettings::Key::BackupIntervalMinutes) {
            // Counts are JSON numbers (docs/CLI.md); a stored value that is not a number shows as the default.
            bool ok = false;
            const int n = value.toInt(&ok);
            o.insert(jsonName, ok && n >= 0 ? n : CaseSettings::defaultValue(key).toInt());
        } else {
            o.insert(jsonName, value);
        }
    }
    o.insert(QStringLiteral("seal_fingerprint"), SealKey::fingerprint(c->sealKey().publicKey()));
    o.insert(QStringLiteral("schema_version"), Migrations::currentVersion(c->db()));
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdProfiles(QCommandLineParser&, const QStringList&) {
    for (const ImportProfile& pr : ImportProfile::all())
        out() << pr.name.leftJustified(16) + QLatin1Char(' ') << pr.description << '\n'; // 17: the longest name and a space
    return 0;
}

int cmdImport(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli import CASE FILE --profile NAME [options]"));
    ImportOptions o;
    o.profileFile = p.value(QStringLiteral("profile-file"));
    o.profile = o.profileFile.isEmpty() ? needValue(p, QStringLiteral("profile")) : p.value(QStringLiteral("profile"));
    o.dateOrder = p.value(QStringLiteral("date-order"));
    for (const QString& m : p.values(QStringLiteral("map"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--map: expected FIELD=COLUMN"));
        o.mapping.append({m.left(eq).trimmed(), m.mid(eq + 1).trimmed()});
    }
    if (!o.profileFile.isEmpty() && !QFileInfo::exists(o.profileFile))
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--profile-file %1: no such file").arg(o.profileFile));
    if (!o.profileFile.isEmpty() && !QFileInfo(o.profileFile).isFile())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("--profile-file %1: not a regular file").arg(o.profileFile));
    o.timeBasis = p.value(QStringLiteral("time-basis"));
    o.region = p.value(QStringLiteral("region"));
    PhoneNormalizer::requireKnownRegion(o.region);
    o.subscriber = p.value(QStringLiteral("subscriber"));
    o.exhibitTitle = p.value(QStringLiteral("exhibit-title"));
    if (p.isSet(QStringLiteral("return-of")))
        o.returnOfProcess = needId(p, QStringLiteral("return-of"));
    if (p.isSet(QStringLiteral("provided-by")))
        o.providedByPerson = needId(p, QStringLiteral("provided-by"));
    if (!o.profile.isEmpty() && !ImportProfile::find(o.profile))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--profile: unknown import profile (see tessera-cli profiles)"));
    ExhibitRepository::requireRegularFile(args[1]); // by stat: a named pipe or /dev/zero is refused, never read
    auto c = openCase(p, args[0]);
    const ImportResult r = RecordImporter::run(*c, args[1], o);
    for (const QString& w : r.warnings)
        std::fprintf(stderr, "tessera-cli: warning: %s\n", qPrintable(w));
    if (r.quarantined > 0)
        std::fprintf(stderr, "tessera-cli: %lld records outside the scope of legal process %lld quarantined "
                             "(kept; tessera-cli quarantine list)\n", static_cast<long long>(r.quarantined),
                     static_cast<long long>(o.returnOfProcess));
    QJsonObject summary{{QStringLiteral("exhibit"), r.exhibitId},
                        {QStringLiteral("records"), r.records},
                        {QStringLiteral("flagged"), r.flagged},
                        {QStringLiteral("quarantined"), r.quarantined},
                        {QStringLiteral("rejected"), r.rejected},
                        {QStringLiteral("time_basis"), r.timeBasis},
                        {QStringLiteral("time_basis_assumed"), r.timeBasisAssumed},
                        {QStringLiteral("time_basis_source"), r.timeBasisSource}};
    QJsonArray bases; // what the records got: per basis and where it came from (docs/CLI.md)
    for (const ImportBasisCount& b : r.bases)
        bases.append(QJsonObject{{QStringLiteral("basis"), b.basis},
                                 {QStringLiteral("source"), b.source},
                                 {QStringLiteral("records"), b.records}});
    summary.insert(QStringLiteral("time_basis_counts"), bases);
    if (r.identifiers > 0) // sources that name identifiers (contacts, ads, plate reads)
        summary.insert(QStringLiteral("identifiers"), r.identifiers);
    if (o.providedByPerson != 0) // a person's own device or data: what lay outside their agreed scope
        summary.insert(QStringLiteral("outside_scope"), r.outsideScope);
    printJsonLine(summary);
    return 0;
}

int cmdPerson(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || (args[0] != QLatin1String("add") && args[0] != QLatin1String("list")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli person add|list CASE …"));
    if (args[0] == QLatin1String("add")) {
        const QStringList roles = p.values(QStringLiteral("role"));
        const QString name = needValue(p, QStringLiteral("name"));
        auto c = openCase(p, args[1]);
        const Person person = PersonRepository::add(*c, roles, name, p.value(QStringLiteral("dob")),
                                                    p.value(QStringLiteral("dob-source")));
        printJsonLine({{QStringLiteral("id"), person.id},
                       {QStringLiteral("pseudonym"), person.pseudonym.isEmpty() ? QJsonValue() : QJsonValue(person.pseudonym)}});
        return 0;
    }
    auto c = openCase(p, args[1]);
    const bool reveal = p.isSet(QStringLiteral("reveal"));
    const QString format = p.value(kFormat).isEmpty() ? QStringLiteral("table") : p.value(kFormat);
    const QVector<Person> people = PersonRepository::list(c->db());
    if (reveal) {
        Transaction tx(c->db());
        c->audit(QStringLiteral("person.reveal"), QStringLiteral("people"), {{QStringLiteral("count"), static_cast<int>(people.size())}});
        tx.commit();
    }
    QJsonArray arr;
    for (const Person& person : people) {
        const auto ids = IdentifierRepository::forPerson(c->db(), person.id);
        if (format == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("id"), person.id},
                          {QStringLiteral("label"), person.label()},
                          {QStringLiteral("pseudonym"), person.pseudonym.isEmpty() ? QJsonValue() : QJsonValue(person.pseudonym)},
                          {QStringLiteral("roles"), QJsonArray::fromStringList(person.roles)},
                          {QStringLiteral("protected"), person.isProtected},
                          {QStringLiteral("identifiers"), static_cast<int>(ids.size())}};
            if (reveal || !person.isProtected)
                o.insert(QStringLiteral("name"), person.legalName);
            arr.append(o);
        } else {
            out() << QString::number(person.id).leftJustified(4) + QLatin1Char(' ') << person.label().leftJustified(23) + QLatin1Char(' ')
                  << person.roles.join(QLatin1Char(',')).leftJustified(19) + QLatin1Char(' ') << ids.size() << " identifier(s)"
                  << (reveal && person.isProtected ? QStringLiteral("  name: ") + person.legalName : QString()) << '\n';
        }
    }
    if (format == QLatin1String("json"))
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdIdentifier(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli identifier add CASE --person ID --kind KIND --value TEXT"));
    const qint64 person = needId(p, QStringLiteral("person"));
    const QString kind = needValue(p, QStringLiteral("kind"));
    const QString value = needValue(p, QStringLiteral("value"));
    auto c = openCase(p, args[1]);
    const auto a = IdentifierRepository::add(*c, person, kind, value, p.value(QStringLiteral("region")),
                                             p.value(QStringLiteral("from")), p.value(QStringLiteral("to")));
    printJsonLine({{QStringLiteral("id"), a.identifier.id},
                   {QStringLiteral("value"), a.identifier.value},
                   {QStringLiteral("linked_records"), a.linkedRecords},
                   {QStringLiteral("flags"), QJsonArray::fromStringList(a.flags)}});
    if (!a.flags.isEmpty())
        std::fprintf(stderr, "tessera-cli: warning: --value: %s; kept as entered and flagged\n",
                     a.flags.contains(QLatin1String("invalid-number"))
                         ? "not a valid phone number for its region"
                         : "reads both as a national and an international number");
    return 0;
}

int cmdTimeline(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli timeline CASE [options]"));
    const QString format = p.value(kFormat).isEmpty() ? QStringLiteral("table") : p.value(kFormat);
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table, csv or json"));
    TimelineFilter f;
    const QString layer = p.value(QStringLiteral("layer"));
    if (layer == QLatin1String("events"))
        f.layer = TimelineLayer::Events;
    else if (layer == QLatin1String("records"))
        f.layer = TimelineLayer::Records;
    else if (!layer.isEmpty() && layer != QLatin1String("all"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--layer: expected all, events or records"));
    auto c = openCase(p, args[0]);
    const QString zone = c->settings().value(CaseSettings::Key::DisplayZone);
    if (p.isSet(QStringLiteral("person")))
        f.personId = needId(p, QStringLiteral("person"));
    if (f.personId && !PersonRepository::get(c->db(), f.personId))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--person: no person with id %1").arg(f.personId));
    if (p.isSet(QStringLiteral("from"))) {
        f.fromUtcUs = parseIsoToUtcUs(p.value(QStringLiteral("from")), zone);
        if (!f.fromUtcUs)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--from: expected an ISO 8601 date or date-time"));
    }
    if (p.isSet(QStringLiteral("to"))) {
        const QString to = p.value(QStringLiteral("to"));
        auto t = parseIsoToUtcUs(to, zone);
        if (!t)
            throw CaseError(ErrorKind::Usage, QStringLiteral("--to: expected an ISO 8601 date or date-time"));
        if (to.size() == 10) // a date: through the end of that day
            t = parseIsoToUtcUs(QDate::fromString(to, Qt::ISODate).addDays(1).toString(Qt::ISODate), zone).value_or(*t + 1) - 1;
        f.toUtcUs = t;
    }
    if (f.fromUtcUs && f.toUtcUs && *f.toUtcUs < *f.fromUtcUs)
        throw CaseError(ErrorKind::Usage, QStringLiteral("--to: the period ends before it starts (--from is later)"));
    // Summaries are the investigator's words and may hold a protected name: shown as the production shows them
    // ("[V-1]", ProtectedIdentityRedactor) unless --reveal, which is audited as a view of protected data.
    const bool reveal = p.isSet(QStringLiteral("reveal"));
    std::optional<ProtectedIdentityRedactor> redactor;
    if (reveal) {
        Transaction tx(c->db());
        c->audit(QStringLiteral("person.reveal"), QStringLiteral("timeline"), {{QStringLiteral("view"), QStringLiteral("timeline")}});
        tx.commit();
    } else {
        redactor.emplace(c->db());
    }
    const auto shown = [&redactor](const QString& text) { return redactor ? redactor->redact(text) : text; };
    Timeline timeline(c->db());
    bool first = true;
    if (format == QLatin1String("json"))
        out() << "[";
    if (format == QLatin1String("csv"))
        out() << "id,kind,lower_utc,upper_utc,edtf,category,actors,others,summary,exhibits,corroboration\n";
    timeline.scan(f, std::nullopt, 0, [&](const TimelineItem& it) {
        QStringList exhibits;
        QJsonArray exArr;
        for (qint64 e : it.exhibits) {
            exhibits << QString::number(e);
            exArr.append(e);
        }
        if (format == QLatin1String("json")) {
            QJsonObject o{{QStringLiteral("id"), it.id},
                          {QStringLiteral("kind"), it.kind},
                          {QStringLiteral("lower_utc"), formatIsoUtc(it.lowerUtcUs)},
                          {QStringLiteral("upper_utc"), formatIsoUtc(it.upperUtcUs)},
                          {QStringLiteral("edtf"), it.edtf.isEmpty() ? QJsonValue() : QJsonValue(it.edtf)},
                          {QStringLiteral("category"), it.category},
                          {QStringLiteral("actors"), refsJson(it.actors)},
                          {QStringLiteral("others"), refsJson(it.others)},
                          {QStringLiteral("summary"), shown(it.summary)},
                          {QStringLiteral("exhibits"), exArr},
                          {QStringLiteral("corroboration"), it.corroboration.isEmpty() ? QJsonValue() : QJsonValue(it.corroboration)},
                          {QStringLiteral("precision"), it.precision},
                          {QStringLiteral("time_basis"), it.timeBasis},
                          {QStringLiteral("time_basis_assumed"), (it.timeFlags & 1) != 0}};
            if (it.kind == QLatin1String("record")) {
                o.insert(QStringLiteral("time_text"), it.timeText);
                o.insert(QStringLiteral("row"), it.rowNumber);
                o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(it.flags.isEmpty() ? QStringList() : it.flags.split(QLatin1Char(','))));
                if (!it.location.isEmpty())
                    o.insert(QStringLiteral("location"), shown(it.location));
            }
            out() << (first ? "\n" : ",\n") << QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else if (format == QLatin1String("csv")) {
            out() << it.id << ',' << it.kind << ',' << formatIsoUtc(it.lowerUtcUs) << ',' << formatIsoUtc(it.upperUtcUs) << ','
                  << csvField(it.edtf) << ',' << csvField(it.category) << ',' << csvField(refsText(it.actors)) << ','
                  << csvField(refsText(it.others)) << ',' << csvField(shown(it.summary)) << ','
                  << csvField(exhibits.join(QLatin1Char(';'))) << ',' << it.corroboration << '\n';
        } else {
            const QString when = timelineWhen(it, zone); // dates in their own basis: never a day early
            out() << when.leftJustified(25) + QLatin1Char(' ') << ' ' << it.kind.leftJustified(6) + QLatin1Char(' ') << ' ' << it.category.leftJustified(13) + QLatin1Char(' ') << ' '
                  << shown(it.summary) << '\n';
        }
        first = false;
        return true;
    });
    if (format == QLatin1String("json"))
        out() << (first ? "]\n" : "\n]\n");
    return 0;
}

int cmdEvent(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("add"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli event add CASE --when EDTF --category C --summary TEXT"));
    NewEvent e;
    e.when = needValue(p, QStringLiteral("when"));
    e.category = needValue(p, QStringLiteral("category"));
    e.summary = needValue(p, QStringLiteral("summary"));
    e.place = p.value(QStringLiteral("place"));
    e.timeBasis = p.value(QStringLiteral("time-basis"));
    auto ids = [&p](const QString& name) {
        QVector<qint64> v;
        for (const QString& s : p.values(name)) {
            bool ok = false;
            v.append(s.toLongLong(&ok));
            if (!ok)
                throw CaseError(ErrorKind::Usage, QStringLiteral("--%1: expected a numeric id").arg(name));
        }
        return v;
    };
    e.actors = ids(QStringLiteral("actor"));
    e.others = ids(QStringLiteral("other"));
    e.fromRecords = ids(QStringLiteral("from-record"));
    auto c = openCase(p, args[1]);
    printJsonLine({{QStringLiteral("id"), EventRepository::add(*c, e)}});
    if (ProtectedIdentityRedactor(c->db()).containsProtected(e.summary + QLatin1Char('\n') + e.place))
        std::fprintf(stderr, "tessera-cli: warning: the summary or place names a person whose identity is protected; "
                             "use their pseudonym (productions replace it)\n");
    return 0;
}

int cmdExhibit(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 2 || args[0] != QLatin1String("list"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli exhibit list CASE [--format table|json]"));
    auto c = openCase(p, args[1]);
    const bool json = p.value(kFormat) == QLatin1String("json");
    QJsonArray arr;
    const auto seals = CheckpointLedger::seals(c->db());
    const auto received = ReceivedTime::latestAll(c->db());
    for (const Exhibit& e : ExhibitRepository::list(c->db())) {
        if (json) {
            arr.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("entered_utc"), formatIsoUtc(e.createdUtc)},
                                   {QStringLiteral("received_utc"), received.contains(e.id)
                                                                         ? QJsonValue(formatIsoUtc(received[e.id].lowerUtcUs))
                                                                         : QJsonValue()},
                                   {QStringLiteral("kind"), e.kind},
                                   {QStringLiteral("title"), e.title},
                                   {QStringLiteral("sha256"), e.sha256},
                                   {QStringLiteral("provenance"), e.provenance},
                                   {QStringLiteral("size"), e.sizeBytes},
                                   {QStringLiteral("records"), e.recordCount},
                                   {QStringLiteral("flagged"), e.flaggedCount},
                                   {QStringLiteral("rejected"), e.rejectedCount},
                                   {QStringLiteral("victim_sourced"), e.victimSourced},
                                   {QStringLiteral("authentication"),
                                    e.authenticationMethod.isEmpty() ? QJsonValue() : QJsonValue(e.authenticationMethod)},
                                   {QStringLiteral("time_basis"), e.timeBasis},
                                   {QStringLiteral("time_basis_assumed"), e.timeBasisAssumed},
                                   {QStringLiteral("sealed"), seals.contains(e.id) ? QJsonValue(seals[e.id].displayText())
                                                                                   : QJsonValue()}});
        } else {
            out() << QString::number(e.id).leftJustified(3) + QLatin1Char(' ') << e.kind.leftJustified(15) + QLatin1Char(' ') << e.title.leftJustified(23) + QLatin1Char(' ')
                  << QString::number(e.recordCount).rightJustified(8) << " records  " << e.sha256
                  << (seals.contains(e.id) ? QStringLiteral("  SEALED") : QString()) << '\n';
        }
    }
    if (json)
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

int cmdRejects(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli rejects CASE [--exhibit ID] [--format table|json]"));
    const qint64 exhibit = p.isSet(QStringLiteral("exhibit")) ? needId(p, QStringLiteral("exhibit")) : 0;
    auto c = openCase(p, args[0]);
    const bool json = p.value(kFormat) == QLatin1String("json");
    Statement s = c->db().prepare("SELECT exhibit_id, file_name, row_number, field, reason FROM import_reject "
                                  "WHERE ?1 = 0 OR exhibit_id = ?1 ORDER BY exhibit_id, row_number");
    s.bind(1, exhibit);
    QJsonArray arr;
    while (s.step()) {
        if (json)
            arr.append(QJsonObject{{QStringLiteral("exhibit"), s.int64(0)}, {QStringLiteral("file"), s.text(1)},
                                   {QStringLiteral("row"), s.int64(2)}, {QStringLiteral("field"), s.text(3)},
                                   {QStringLiteral("reason"), s.text(4)}});
        else
            out() << s.text(1) << ": row " << s.int64(2) << ", field " << s.text(3) << ": " << s.text(4) << '\n';
    }
    if (json)
        out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return 0;
}

/// Set by SIGINT/SIGTERM/SIGHUP during an export (a lock-free atomic store and a sig_atomic_t: async-signal-safe);
/// the production writer checks the flag, removes its staging folder and throws.
std::atomic<bool> g_exportCancel{false};
volatile std::sig_atomic_t g_exportSignal = 0;

void onExportSignal(int sig) {
    g_exportSignal = sig;
    g_exportCancel.store(true);
}

/// Routes SIGINT, SIGTERM and SIGHUP to onExportSignal while alive; restores the previous handlers after.
class ExportSignalGuard {
public:
    ExportSignalGuard() {
        struct sigaction sa {};
        sa.sa_handler = onExportSignal;
        sigemptyset(&sa.sa_mask);
        for (int i = 0; i < 3; ++i)
            sigaction(kSignals[i], &sa, &m_old[i]);
    }
    ~ExportSignalGuard() {
        for (int i = 0; i < 3; ++i)
            sigaction(kSignals[i], &m_old[i], nullptr);
    }
    ExportSignalGuard(const ExportSignalGuard&) = delete;
    ExportSignalGuard& operator=(const ExportSignalGuard&) = delete;

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_old[3];
};

int cmdExport(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli export CASE --out DIR [--supplemental]"));
    ProductionOptions o;
    o.outDir = needValue(p, QStringLiteral("out"));
    if (p.isSet(QStringLiteral("designation")))
        o.designation = p.value(QStringLiteral("designation"));
    o.supplemental = p.isSet(QStringLiteral("supplemental"));
    o.cancel = &g_exportCancel;
    std::optional<ProductionResult> result;
    {
        auto c = openCase(p, args[0]);
        ReportPdfRenderer renderer;
        PdfExhibitStamper stamper;
        ExportSignalGuard guard; // from here a signal stops the export cleanly instead of killing it mid-write
        try {
            result = ProductionBuilder::build(*c, o, renderer, &stamper);
        } catch (const CaseError&) {
            if (!g_exportSignal)
                throw;
        }
    } // the case is closed and its lock released before the process ends
    if (!result && g_exportSignal) {
        const int sig = g_exportSignal;
        std::fprintf(stderr, "tessera-cli: export interrupted by a signal; its staging folder was removed and nothing "
                             "was produced\n");
        std::signal(sig, SIG_DFL);
        std::raise(sig); // end as the signal would have: the shell sees 128 + signal
        return 1;
    }
    const ProductionResult& r = *result;
    printJsonLine({{QStringLiteral("production"), r.productionNumber},
                   {QStringLiteral("first_bates"), r.firstBates},
                   {QStringLiteral("last_bates"), r.lastBates},
                   {QStringLiteral("report_pages"), r.reportPages},
                   {QStringLiteral("files"), static_cast<int>(r.files.size())},
                   {QStringLiteral("seal_fingerprint"), r.sealFingerprint}});
    return 0;
}

int cmdVerifyPacket(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli verify-packet DIR [--expect-key FINGERPRINT]"));
    const auto r = PacketVerifier::verify(args[0], p.value(QStringLiteral("expect-key")));
    for (const QString& problem : r.problems)
        std::fprintf(stderr, "tessera-cli: FAIL %s\n", qPrintable(problem));
    if (!r.ok) {
        std::fprintf(stderr, "tessera-cli: packet does NOT verify (%lld problem(s))\n", static_cast<long long>(r.problems.size()));
        return 4;
    }
    out() << "packet verifies: " << r.filesChecked << " listed files, SHA256SUMS and the seal hold; seal key "
          << r.fingerprint << '\n';
    if (!r.keyCheckedOutOfBand)
        std::fprintf(stderr, "tessera-cli: note: the seal key was not compared with a fingerprint given to you by another "
                             "channel; anyone can re-seal a packet with a key of their own (use --expect-key)\n");
    return 0;
}

int cmdRekey(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli rekey CASE [--rotate] [--new-passphrase-file FILE]"));
    auto c = openCase(p, args[0]);
    const QString fresh = cli::readNewPassphrase(p.value(QStringLiteral("new-passphrase-file")), false);
    KdfParameters kdf = KdfParameters::releaseDefault();
    if (qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1"))
        kdf = KdfParameters::testing();
    if (p.isSet(QStringLiteral("rotate"))) {
        c->rotateDataKey(fresh, kdf);
        out() << "data key rotated, every page re-encrypted, new passphrase verified\n";
    } else {
        c->changePassphrase(fresh, kdf);
        out() << "passphrase changed and verified\n";
    }
    return 0;
}

int cmdCheck(QCommandLineParser& p, const QStringList& args) {
    if (args.size() != 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli check CASE"));
    // Read before opening: opening rewrites a damaged or stale header copy from the intact one.
    QFile headerFile(args[0]);
    const auto copies = headerFile.open(QIODevice::ReadOnly)
                            ? CaseHeader::copiesIntact(headerFile.read(CaseHeader::kHeaderBytes))
                            : QPair<bool, bool>{false, false};
    headerFile.close();
    auto c = openCase(p, args[0]);
    const QStringList integrity = c->db().integrityCheck();
    const auto audit = AuditLog::verify(c->db());
    bool ok = true;
    if (!copies.first || !copies.second) {
        ok = false;
        std::fprintf(stderr, "tessera-cli: header copy %s was damaged; the case opened from the other copy, which was written over it\n",
                     copies.first ? "B" : "A");
    }
    if (integrity != QStringList{QStringLiteral("ok")}) {
        ok = false;
        std::fprintf(stderr, "tessera-cli: database integrity check failed (%lld finding(s))\n", static_cast<long long>(integrity.size()));
    }
    if (audit.firstBadId) {
        ok = false;
        std::fprintf(stderr, "tessera-cli: audit chain broken at entry %lld\n", static_cast<long long>(audit.firstBadId));
    }
    out() << "header: " << (copies.first && copies.second ? "ok" : "ONE COPY DAMAGED") << " (format "
          << CaseHeader::kFormatVersion << "), database: " << (integrity == QStringList{QStringLiteral("ok")} ? "ok" : "DAMAGED")
          << ", audit chain: " << audit.entries << " entries, " << (audit.firstBadId ? "BROKEN" : "intact") << '\n';
    return ok ? 0 : 5;
}

/// lint [FILE|-] [--format table|json] [--profile NAME]: trauma-informed language findings (docs/CLI.md). Exit 0 with
/// or without findings; 2 for a bad format or profile; 4 when the file cannot be read or is not UTF-8 text.
int cmdLint(QCommandLineParser& p, const QStringList& args) {
    if (args.size() > 1)
        throw CaseError(ErrorKind::Usage, QStringLiteral("usage: tessera-cli lint [FILE|-] [--format table|json] [--profile NAME]"));
    const QString format = p.value(kFormat).isEmpty() ? QStringLiteral("table") : p.value(kFormat);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        throw CaseError(ErrorKind::Usage, QStringLiteral("--format: expected table or json"));
    std::unique_ptr<language::Linter> linter;
    try {
        linter = std::make_unique<language::Linter>(language::LanguageRules::builtIn(), p.value(QStringLiteral("profile")));
    } catch (const language::LanguageRulesError& e) {
        throw CaseError(ErrorKind::Usage, QString::fromStdString(e.what()));
    }
    const QString path = args.isEmpty() ? QStringLiteral("-") : args.first();
    QFile f;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = f.open(stdin, QIODevice::ReadOnly);
    } else {
        f.setFileName(path);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened)
        throw CaseError(ErrorKind::BadInput, QStringLiteral("cannot read %1").arg(path));
    const QByteArray bytes = f.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        throw CaseError(ErrorKind::BadInput, QStringLiteral("%1 is not UTF-8 text").arg(path));
    const QVector<language::Finding> findings = linter->check(text);
    if (format == QLatin1String("json")) {
        // Written by hand, one finding per line: about four times faster than QJsonDocument on large texts.
        const auto str = [](QByteArray& o, const QString& v) {
            o += '"';
            for (const char c : v.toUtf8()) {
                switch (c) {
                case '"': o += "\\\""; break;
                case '\\': o += "\\\\"; break;
                case '\n': o += "\\n"; break;
                case '\r': o += "\\r"; break;
                case '\t': o += "\\t"; break;
                default:
                    if (static_cast<unsigned char>(c) < 0x20)
                        o += QByteArray("\\u00") + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
                    else
                        o += c;
                }
            }
            o += '"';
        };
        QByteArray o;
        o.reserve(findings.size() * 512 + 4);
        o += '[';
        for (qsizetype i = 0; i < findings.size(); ++i) {
            const language::Finding& x = findings[i];
            o += i ? ",\n  {" : "\n  {";
            o += "\"text\": "; str(o, x.text);
            o += ", \"start\": " + QByteArray::number(x.startCodePoint) + ", \"end\": " + QByteArray::number(x.endCodePoint);
            o += ", \"rule\": "; str(o, x.ruleId);
            o += ", \"category\": "; str(o, x.category);
            o += ", \"suggestions\": [";
            for (qsizetype k = 0; k < x.suggestions.size(); ++k) {
                if (k)
                    o += ", ";
                str(o, x.suggestions[k]);
            }
            o += "], \"severity\": "; str(o, language::severityName(x.severity));
            o += x.inQuote ? ", \"inQuote\": true" : ", \"inQuote\": false";
            o += ", \"why\": "; str(o, x.why);
            o += ", \"source\": "; str(o, x.source);
            o += '}';
        }
        o += findings.isEmpty() ? "]\n" : "\n]\n";
        out().flush();
        std::fwrite(o.constData(), 1, size_t(o.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    // Table: line:column (1-based, column in code points), severity, rule, the words, the first suggestions.
    qsizetype pos = 0, line = 1, lineStart = 0;
    for (const language::Finding& x : findings) {
        for (; pos < x.start; ++pos)
            if (text[pos] == QLatin1Char('\n')) {
                ++line;
                lineStart = pos + 1;
            }
        const qsizetype col = QStringView(text).mid(lineStart, x.start - lineStart).toUcs4().size() + 1;
        QString words = x.text;
        words.replace(QLatin1String("\r\n"), QLatin1String(" ")).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
        out() << line << ':' << col << '\t' << language::severityName(x.severity) << '\t' << x.ruleId << "\t\"" << words << "\"\t→ "
              << x.suggestions.mid(0, 2).join(QStringLiteral(" | ")) << (x.inQuote ? QStringLiteral("\t(in quotes)") : QString()) << '\n';
    }
    out() << findings.size() << " finding(s)" << '\n';
    return 0;
}

QList<Command> coreCommands() {
    const auto caseOpts = [](QList<QCommandLineOption> extra) {
        extra << opt(QStringLiteral("title"), QStringLiteral("case title"), QStringLiteral("TEXT"))
              << opt(QStringLiteral("case-number"), QStringLiteral("agency case number"), QStringLiteral("TEXT"))
              << opt(QStringLiteral("display-zone"), QStringLiteral("IANA time zone for display"), QStringLiteral("ZONE"))
              << opt(QStringLiteral("region"), QStringLiteral("default phone region (ISO 3166, e.g. US)"), QStringLiteral("CC"))
              << opt(QStringLiteral("bates-prefix"), QStringLiteral("Bates prefix (default TSR)"), QStringLiteral("TEXT"))
              << opt(QStringLiteral("agency"), QStringLiteral("agency"), QStringLiteral("TEXT"))
              << opt(QStringLiteral("investigator"), QStringLiteral("investigator"), QStringLiteral("TEXT"))
              << opt(QStringLiteral("keep-backups"), QStringLiteral("rolling backups kept beside the case (default 5, 0 = none)"), QStringLiteral("N"))
              << opt(QStringLiteral("backup-interval"),
                     QStringLiteral("least minutes between two rolling backups (default 60, 0 = on every open after a change)"),
                     QStringLiteral("MINUTES"));
        return extra;
    };
    return {
        {QStringLiteral("create"), QStringLiteral("create CASE --title TEXT [--case-number TEXT] [--display-zone ZONE] [--region CC] [--bates-prefix TEXT] [--agency TEXT] [--investigator TEXT]"),
         QStringLiteral("Creates a new encrypted case file. New passphrase from TESSERA_NEW_PASSPHRASE, TESSERA_PASSPHRASE, --new-passphrase-file or a prompt."),
         caseOpts({opt(QStringLiteral("new-passphrase-file"), QStringLiteral("file holding the new passphrase"), QStringLiteral("FILE"))}), cmdCreate},
        {QStringLiteral("case"), QStringLiteral("case show CASE | case set CASE [--title …] [--display-zone …] [--region …] [--bates-prefix …] [--agency …] [--investigator …] [--keep-backups N] [--backup-interval MINUTES]"),
         QStringLiteral("Shows or changes the case settings."), caseOpts({}), cmdCaseShowSet},
        {QStringLiteral("profiles"), QStringLiteral("profiles"), QStringLiteral("Lists the import profiles."), {}, cmdProfiles},
        {QStringLiteral("import"), QStringLiteral("import CASE FILE (--profile NAME | --profile-file FILE) [--map FIELD=COLUMN]... [--time-basis ZONE|UTC] [--date-order dmy|mdy|ymd] [--region CC] [--subscriber VALUE] [--return-of PROCESS] [--provided-by PERSON] [--exhibit-title TEXT]"),
         QStringLiteral("Imports a file as one exhibit with its records, in one transaction. Rejected rows go to the reject report in the case. "
                        "With --return-of, records outside that legal process's identifiers or window are kept but quarantined. "
                        "With --provided-by, the file is that person's own device or data: for a person who was trafficked, their "
                        "device-extraction choice must be agreed (else exit 6, nothing written) and records outside the dates and apps "
                        "they agreed to are not created."),
         {opt(QStringLiteral("profile"), QStringLiteral("import profile"), QStringLiteral("NAME")),
          opt(QStringLiteral("profile-file"), QStringLiteral("saved profile (JSON, from the GUI import wizard)"), QStringLiteral("FILE")),
          opt(QStringLiteral("map"), QStringLiteral("FIELD=COLUMN: the column (name or 1-based number) that fills a field of a table profile; repeatable"), QStringLiteral("MAP")),
          opt(QStringLiteral("time-basis"), QStringLiteral("zone of the file's times, or UTC"), QStringLiteral("ZONE")),
          opt(QStringLiteral("date-order"), QStringLiteral("dmy, mdy or ymd"), QStringLiteral("ORDER")),
          opt(QStringLiteral("region"), QStringLiteral("default phone region"), QStringLiteral("CC")),
          opt(QStringLiteral("subscriber"), QStringLiteral("the identifier whose records these are"), QStringLiteral("VALUE")),
          opt(QStringLiteral("return-of"), QStringLiteral("legal process id this file is the return of (records checked against its scope)"), QStringLiteral("PROCESS")),
          opt(QStringLiteral("provided-by"), QStringLiteral("person id whose own device or data this file is (their device-extraction choice governs it)"), QStringLiteral("PERSON")),
          opt(QStringLiteral("exhibit-title"), QStringLiteral("exhibit title"), QStringLiteral("TEXT"))},
         cmdImport},
        {QStringLiteral("person"), QStringLiteral("person add CASE --role ROLE [--role ROLE]… --name TEXT [--dob YYYY-MM-DD [--dob-source victim-statement|document|record|other]] | person list CASE [--format table|json] [--reveal]"),
         QStringLiteral("Adds or lists people. Victims get pseudonyms (V-1, V-2…) and appear by them unless --reveal (audited)."),
         {opt(QStringLiteral("role"), QStringLiteral("role"), QStringLiteral("ROLE")), opt(QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("TEXT")),
          opt(QStringLiteral("dob"), QStringLiteral("date of birth"), QStringLiteral("DATE")),
          opt(QStringLiteral("dob-source"), QStringLiteral("where the date of birth comes from"), QStringLiteral("SOURCE")), opt(QStringLiteral("reveal"), QStringLiteral("show protected names"))},
         cmdPerson},
        {QStringLiteral("identifier"), QStringLiteral("identifier add CASE --person ID --kind KIND --value TEXT [--region CC] [--from DATE] [--to DATE]"),
         QStringLiteral("Attributes an identifier to a person; records carrying it (also those imported before) link to them."),
         {opt(QStringLiteral("person"), QStringLiteral("person id"), QStringLiteral("ID")), opt(QStringLiteral("kind"), QStringLiteral("kind"), QStringLiteral("KIND")),
          opt(QStringLiteral("value"), QStringLiteral("value"), QStringLiteral("TEXT")), opt(QStringLiteral("region"), QStringLiteral("phone region"), QStringLiteral("CC")),
          opt(QStringLiteral("from"), QStringLiteral("first day"), QStringLiteral("DATE")), opt(QStringLiteral("to"), QStringLiteral("last day"), QStringLiteral("DATE"))},
         cmdIdentifier},
        {QStringLiteral("timeline"), QStringLiteral("timeline CASE [--person ID] [--from ISO] [--to ISO] [--layer all|events|records] [--format table|csv|json] [--reveal]"),
         QStringLiteral("Records and events in time order (by time bounds; ties keep source order). A protected person's name or "
                        "identifier in a summary shows as their pseudonym ([V-1]) unless --reveal (audited)."),
         {opt(QStringLiteral("person"), QStringLiteral("person id"), QStringLiteral("ID")), opt(QStringLiteral("from"), QStringLiteral("from"), QStringLiteral("ISO")),
          opt(QStringLiteral("to"), QStringLiteral("to"), QStringLiteral("ISO")), opt(QStringLiteral("layer"), QStringLiteral("layer"), QStringLiteral("LAYER")),
          opt(QStringLiteral("reveal"), QStringLiteral("show protected names in summaries (audited)"))},
         cmdTimeline},
        {QStringLiteral("event"), QStringLiteral("event add CASE --when EDTF --category CATEGORY --summary TEXT [--actor ID]… [--other ID]… [--place TEXT] [--time-basis ZONE] [--from-record ID]…"),
         QStringLiteral("Records an event (the investigator's assertion), by hand or promoted from records."),
         {opt(QStringLiteral("when"), QStringLiteral("EDTF"), QStringLiteral("EDTF")), opt(QStringLiteral("category"), QStringLiteral("category"), QStringLiteral("CATEGORY")),
          opt(QStringLiteral("summary"), QStringLiteral("summary"), QStringLiteral("TEXT")), opt(QStringLiteral("actor"), QStringLiteral("actor id"), QStringLiteral("ID")),
          opt(QStringLiteral("other"), QStringLiteral("other person id"), QStringLiteral("ID")), opt(QStringLiteral("place"), QStringLiteral("place"), QStringLiteral("TEXT")),
          opt(QStringLiteral("time-basis"), QStringLiteral("zone"), QStringLiteral("ZONE")), opt(QStringLiteral("from-record"), QStringLiteral("record id"), QStringLiteral("ID"))},
         cmdEvent},
        {QStringLiteral("exhibit"), QStringLiteral("exhibit list CASE [--format table|json] | exhibit add CASE FILE --kind KIND [--title TEXT] [--provided-by PERSON] | exhibit certify CASE --exhibit ID --method business-record|hash-certificate|custodian|officer [--certificate FILE] [--notice-served DATE] [--witness TEXT] | exhibit correct-received CASE --exhibit ID --when WHEN --reason TEXT"),
         QStringLiteral("Lists exhibits with SHA-256 and authentication; attaches a file as an exhibit (victim-sourced when its kind is, or a victim provided it); records how an exhibit can be admitted; records when an exhibit was really received, beside it (its entry time is kept; a production shows both)."),
         cli::proofOptions(), [](QCommandLineParser& p, const QStringList& a) {
             if (!a.isEmpty() && a[0] == QLatin1String("add"))
                 return cli::cmdExhibitAdd(p, a);
             if (!a.isEmpty() && a[0] == QLatin1String("certify"))
                 return cli::cmdExhibitCertify(p, a);
             if (!a.isEmpty() && a[0] == QLatin1String("correct-received"))
                 return cli::cmdExhibitCorrectReceived(p, a);
             return cmdExhibit(p, a);
         }},
        {QStringLiteral("rejects"), QStringLiteral("rejects CASE [--exhibit ID] [--format table|json]"),
         QStringLiteral("The reject report: rows that could not be imported, by file, row, field and reason (never the value)."),
         {opt(QStringLiteral("exhibit"), QStringLiteral("exhibit id"), QStringLiteral("ID"))}, cmdRejects},
        {QStringLiteral("export"), QStringLiteral("export CASE --out DIR [--designation standard|sensitive|aeo] [--supplemental]"),
         QStringLiteral("Writes the discovery production: report.pdf (with the disclosure register), natives, analyst CSVs, a "
                        "certificate template, manifest.json, SHA256SUMS and the integrity seal. --supplemental: only what is "
                        "new or changed since the last production, Bates numbers continuing."),
         {opt(QStringLiteral("out"), QStringLiteral("new or empty folder"), QStringLiteral("DIR")),
          opt(QStringLiteral("designation"), QStringLiteral("standard, sensitive or aeo"), QStringLiteral("D")),
          opt(QStringLiteral("supplemental"), QStringLiteral("only what is new or changed since the last production"))},
         cmdExport},
        {QStringLiteral("verify-packet"), QStringLiteral("verify-packet DIR [--expect-key FINGERPRINT]"),
         QStringLiteral("Checks every file's SHA-256, that no unlisted file is present, and the integrity seal. Exit 0 only when all hold."),
         {opt(QStringLiteral("expect-key"), QStringLiteral("expected seal key fingerprint"), QStringLiteral("FINGERPRINT"))}, cmdVerifyPacket},
        {QStringLiteral("rekey"), QStringLiteral("rekey CASE [--rotate] [--new-passphrase-file FILE]"),
         QStringLiteral("Changes the case passphrase (new one from --new-passphrase-file, TESSERA_NEW_PASSPHRASE or a prompt "
                        "asked twice) and verifies it by re-reading the header before reporting success."),
         {opt(QStringLiteral("new-passphrase-file"), QStringLiteral("file holding the new passphrase"), QStringLiteral("FILE")),
          opt(QStringLiteral("rotate"), QStringLiteral("also a new data key: every page re-encrypted"))},
         cmdRekey},
        {QStringLiteral("check"), QStringLiteral("check CASE"), QStringLiteral("Integrity check of the header, the database and the audit chain."), {}, cmdCheck},
        {QStringLiteral("lint"), QStringLiteral("lint [FILE|-] [--format table|json] [--profile NAME]"),
         QStringLiteral("Trauma-informed language findings for a UTF-8 text (standard input without FILE or with -). Offsets in JSON are "
                        "code points. --profile picks the agency profile for contested terms (default, neutral-reporting, rights-based, "
                        "abolitionist, street-terms, advocacy). Exit 0 whether or not there are findings."),
         {opt(QStringLiteral("profile"), QStringLiteral("agency language profile"), QStringLiteral("NAME"))}, cmdLint},
    };
}

/// Every command: the foundation's, then each module's (one line per module).
QList<Command> commands() {
    QList<Command> all = coreCommands();
    all += cli::proofCommands();
    all += cli::packetCommands();
    all += cli::backupCommands();
    all += cli::keyCommands();
    all += cli::checkpointCommands();
    all += cli::victimActionCommands();
    all += cli::caseworkCommands();
    all += cli::reportCommands();
    all += cli::patternCommands();
    all += cli::promotionCommands();
    return all;
}

/// Escapes text for a roff line: backslashes, hyphens (as minus signs, so options copy and paste), a leading dot or
/// apostrophe, and non-ASCII characters.
QString roff(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QStringLiteral("\\&"));
    // roff input is ASCII: anything else becomes a groff Unicode escape, e.g. … → \[u2026].
    QString ascii;
    for (const char32_t c : text.toUcs4())
        ascii += c < 128 ? QString(QChar(c)) : QStringLiteral("\\[u%1]").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("\\[U"), QStringLiteral("\\[u"));
    return ascii;
}

/// The tessera-cli(1) manual page in roff (man(7) macros), generated from the command table at build time so it
/// never drifts from `help` (packaging/CMakeLists.txt installs it).
QString manPage(const QList<Command>& all) {
    QString m;
    m += QStringLiteral(".TH TESSERA\\-CLI 1 \"\" \"Tessera %1\" \"User Commands\"\n").arg(QStringLiteral(TESSERA_VERSION));
    m += QStringLiteral(".SH NAME\ntessera\\-cli \\- Tessera's command line: encrypted case files, imports, timelines, proof board and discovery productions\n");
    m += QStringLiteral(".SH SYNOPSIS\n.B tessera\\-cli\n.I COMMAND\n[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]\n.br\n.B tessera\\-cli help\n.I COMMAND\n");
    m += QStringLiteral(".SH DESCRIPTION\n") +
         roff(QStringLiteral("tessera-cli does without a screen what the Tessera desktop application does: detectives script "
                             "batch imports of warrant returns with it, tests drive it, and prosecutors' staff verify "
                             "discovery productions with it. The case file is encrypted (SQLCipher behind a key-slot "
                             "header); its passphrase is never taken from the command line.")) + QStringLiteral("\n");
    m += QStringLiteral(".SH COMMANDS\n");
    for (const Command& c : all)
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(c.usage), roff(c.description));
    m += QStringLiteral(".SH ENVIRONMENT\n");
    const QList<QPair<QString, QString>> env = {
        {QStringLiteral("TESSERA_PASSPHRASE"), QStringLiteral("the case passphrase (--passphrase-file FILE wins over it; otherwise a no-echo prompt)")},
        {QStringLiteral("TESSERA_NEW_PASSPHRASE"), QStringLiteral("a new passphrase for create and rekey (or --new-passphrase-file FILE)")},
        {QStringLiteral("TESSERA_KEY_PASSPHRASE"), QStringLiteral("the passphrase of a sealed identity key")},
        {QStringLiteral("TESSERA_STATUTES_DIR"), QStringLiteral("a folder of the agency's own statute templates")},
        {QStringLiteral("TESSERA_INSECURE_TEST_KDF"), QStringLiteral("1: cheap key derivation for new cases. For tests and demos only, never for real cases.")},
        {QStringLiteral("TESSERA_DEBUG"), QStringLiteral("1: show Qt's own diagnostics")}};
    for (const auto& [name, text] : env)
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(roff(name), roff(text));
    m += QStringLiteral(".SH EXIT STATUS\n");
    const QList<QPair<int, QString>> codes = {
        {0, QStringLiteral("ok")}, {1, QStringLiteral("internal error")}, {2, QStringLiteral("usage (also create over an existing file)")},
        {3, QStringLiteral("wrong passphrase")}, {4, QStringLiteral("bad input data; nothing was written")},
        {5, QStringLiteral("case file damaged, of a newer format, or open elsewhere")},
        {6, QStringLiteral("refused or held by a victim's recorded choice (the message names the decision point)")}};
    for (const auto& [code, text] : codes)
        m += QStringLiteral(".TP\n.B %1\n%2\n").arg(code).arg(roff(text));
    m += QStringLiteral(".SH SEE ALSO\n.BR tessera (1)\n");
    return m;
}

/// Prints the command list. Asked for (`--help`, `-h`, `help`): to stdout, exit 0; after a mistake (no or an unknown
/// command): to stderr, exit 2 (GNU coding standards, "--help").
int usage(bool requested = false) {
    QString text = QStringLiteral("tessera-cli — Tessera's command line (see docs/CLI.md)\n\nCommands:\n");
    for (const Command& c : commands())
        text += QStringLiteral("  %1\n").arg(c.usage);
    text += QStringLiteral("  help COMMAND\n\nExit codes: 0 ok, 1 internal error, 2 usage, 3 wrong passphrase, 4 bad input data, "
                           "5 case damaged/unsupported/open elsewhere, 6 held by a victim's recorded choice.\n");
    std::fputs(qPrintable(text), requested ? stdout : stderr);
    return requested ? 0 : 2;
}

} // namespace

/// Qt's own diagnostics (platform plugin notes and the like) are not for the user and could, in principle, carry case
/// data; they are dropped unless TESSERA_DEBUG=1. Tessera's own errors go to stderr as one plain line.
static void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& msg) {
    static const bool debug = qEnvironmentVariable("TESSERA_DEBUG") == QLatin1String("1");
    if (debug || type == QtFatalMsg)
        std::fprintf(stderr, "qt: %s\n", qPrintable(msg));
}

int main(int argc, char** argv) {
    disableCoreDumps();
    qInstallMessageHandler(quietQtMessages);
    const QString commandName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<QCoreApplication> app;
    if (commandName == QLatin1String("export") || commandName == QLatin1String("memo")) {
        // PDF rendering needs a QGuiApplication; no screen is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tessera-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    const QList<Command> all = commands();
    if (commandName.isEmpty())
        return usage();
    if (commandName == QLatin1String("--help") || commandName == QLatin1String("-h"))
        return usage(true);
    if (commandName == QLatin1String("--man")) { // hidden: the manual page, generated at build time
        out() << manPage(all);
        return 0;
    }
    if (commandName == QLatin1String("--version")) {
        out() << "tessera-cli " << TESSERA_VERSION << '\n';
        return 0;
    }
    if (commandName == QLatin1String("help")) {
        const QString topic = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
        for (const Command& c : all) {
            if (c.name == topic) {
                out() << "usage: tessera-cli " << c.usage << "\n\n" << c.description << "\n";
                return 0;
            }
        }
        return usage(topic.isEmpty()); // `help` alone is a request, not a mistake
    }
    for (const Command& c : all) {
        if (c.name != commandName)
            continue;
        QCommandLineParser parser;
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(c.options);
        parser.addOption(kPassFile);
        parser.addOption(cli::recoveryKeyOption());
        parser.addOption(kFormat);
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        // `--` ends the options (POSIX, QCommandLineParser): what follows is a file name even when it begins with
        // '-' (`tessera-cli import CASE -- -A.csv`), and a `--help` after it is a file name, not a request.
        const qsizetype endOfOptions = args.indexOf(QLatin1String("--"));
        const QStringList optionPart = endOfOptions < 0 ? args : args.mid(0, endOfOptions);
        if (optionPart.contains(QLatin1String("--help")) || optionPart.contains(QLatin1String("-h"))) {
            out() << "usage: tessera-cli " << c.usage << "\n\n" << c.description << "\n";
            return 0;
        }
        if (!parser.parse(args)) {
            QString hint;
            for (const QString& name : parser.unknownOptionNames()) {
                // `-A.csv` reads as the option "A.csv": when such a file exists, say how to name it.
                for (const QString& dashed : {QStringLiteral("-") + name, QStringLiteral("--") + name})
                    if (hint.isEmpty() && optionPart.contains(dashed) && QFileInfo::exists(dashed))
                        hint = QStringLiteral(" (to name the file %1, put -- before it: options first, then --, then "
                                              "the file names)")
                                   .arg(dashed);
            }
            std::fprintf(stderr, "tessera-cli %s: %s%s\n", qPrintable(c.name), qPrintable(parser.errorText()), qPrintable(hint));
            return 2;
        }
        // An option written after `--` is taken as a file name; when the command then fails on usage, say so.
        QString afterEndHint;
        if (endOfOptions >= 0) {
            QStringList known;
            for (const QCommandLineOption& o : c.options)
                known += o.names();
            known << QStringLiteral("passphrase-file") << QStringLiteral("recovery-key") << QStringLiteral("format");
            for (const QString& a : args.mid(endOfOptions + 1))
                if (afterEndHint.isEmpty() && a.startsWith(QLatin1String("--")) && known.contains(a.mid(2).section(QLatin1Char('='), 0, 0)))
                    afterEndHint = QStringLiteral(" (%1 comes after --, so it was read as a file name: put options before --)").arg(a);
        }
        try {
            const int rc = c.run(parser, parser.positionalArguments());
            out().flush();
            return rc;
        } catch (const CaseError& e) {
            out().flush();
            std::fprintf(stderr, "tessera-cli %s: %s%s\n", qPrintable(c.name), qPrintable(e.message()),
                         e.kind() == ErrorKind::Usage ? qPrintable(afterEndHint) : "");
            return exitCodeFor(e.kind());
        } catch (const std::exception& e) {
            out().flush();
            std::fprintf(stderr, "tessera-cli %s: internal error: %s\n", qPrintable(c.name), e.what());
            return 1;
        }
    }
    std::fprintf(stderr, "tessera-cli: unknown command '%s'\n", qPrintable(commandName));
    return usage();
}
