#include "packet/ProductionBuilder.h"

#include "analysis/Timeline.h"
#include "casework/CaseworkProduction.h"
#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/CheckpointLedger.h"
#include "crypto/SealKey.h"
#include "crypto/Sodium.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "packet/ProductionReport.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace tessera {
namespace {

QString designationText(const QString& d) {
    if (d == QLatin1String("standard"))
        return QStringLiteral("Standard");
    if (d == QLatin1String("sensitive"))
        return QStringLiteral("Sensitive — subject to protective order");
    if (d == QLatin1String("aeo"))
        return QStringLiteral("Attorneys' eyes only");
    return {};
}

void saveBytes(const QString& path, const QByteArray& bytes) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
}

QString sha256File(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot read back").arg(path));
    return QString::fromLatin1(sha256Of(f).toHex());
}

/// Report cells are bounded: a 5 MB value in one CSV cell must not stall the layout. The full value stays in the
/// native exhibit, produced as received.
QString boundedForReport(const QString& text, int maxChars = 600) {
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QStringLiteral("… [%1 more characters; the full value is in the native exhibit]")
                                     .arg(text.size() - maxChars);
}

QString joinLabels(const QVector<PersonRef>& refs) {
    QStringList l;
    for (const PersonRef& r : refs)
        l << r.label;
    return l.join(QStringLiteral(", "));
}

} // namespace

ProductionResult ProductionBuilder::build(Case& c, const ProductionOptions& options, ReportRenderer& renderer) {
    const QString designation = designationText(options.designation);
    if (designation.isEmpty())
        throw CaseError(ErrorKind::Usage, QStringLiteral("--designation: expected standard, sensitive or aeo"));
    if (QFileInfo(options.outDir).exists() && !QFileInfo(options.outDir).isDir())
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: is a file; choose a new folder").arg(options.outDir));
    const QDir target(options.outDir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: folder is not empty; choose a new folder").arg(options.outDir));
    const QString absTarget = QFileInfo(options.outDir).absoluteFilePath();
    const QString parent = QFileInfo(absTarget).absolutePath();
    if (!QDir().mkpath(parent))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot create the folder").arg(parent));
    const QString staging = absTarget + QStringLiteral(".partial-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    if (!QDir().mkpath(staging + QStringLiteral("/natives")))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot create the folder").arg(staging));
    auto cleanup = [&staging] { QDir(staging).removeRecursively(); };

    try {
        Database& db = c.db();
        CaseSettings settings = c.settings();
        const QString zone = settings.value(CaseSettings::Key::DisplayZone);
        const QString prefix = settings.value(CaseSettings::Key::BatesPrefix);
        const SealKey seal = c.sealKey();
        ProductionResult result;
        result.sealFingerprint = SealKey::fingerprint(seal.publicKey());
        result.productionNumber = static_cast<int>(db.scalar("SELECT coalesce(max(number), 0) FROM production")) + 1;
        const int firstBates = static_cast<int>(db.scalar("SELECT coalesce(max(last_bates), 0) FROM production")) + 1;
        const qint64 nowUs = currentUtcUs();

        // Tessera's own text never shows a protected identity (DESIGN §10); natives stay as received.
        const ProtectedIdentityRedactor redactor(db);
        auto own = [&redactor](const QString& text) { return boundedForReport(redactor.redact(text)); };
        ProductionReport report;
        report.caseTitle = own(settings.value(CaseSettings::Key::Title));
        report.caseNumber = own(settings.value(CaseSettings::Key::CaseNumber));
        report.agency = settings.value(CaseSettings::Key::Agency);
        report.investigator = settings.value(CaseSettings::Key::Investigator);
        report.productionNumber = QString::number(result.productionNumber);
        report.designation = designation;
        report.sealFingerprint = result.sealFingerprint;
        report.generatedAt = formatLocal(nowUs, zone, TimePrecision::Second);
        report.displayZone = zone;
        report.batesPrefix = prefix;
        report.firstBatesNumber = firstBates;

        // People, victims by pseudonym.
        const QVector<Person> people = PersonRepository::list(db);
        for (const Person& p : people)
            report.people.append({p.label(), p.roles, static_cast<int>(IdentifierRepository::forPerson(db, p.id).size())});

        // Timeline table and chart data.
        Timeline timeline(db);
        qint64 total = 0, records = 0, events = 0;
        qint64 minUs = std::numeric_limits<qint64>::max(), maxUs = std::numeric_limits<qint64>::min();
        QHash<qint64, QString> exhibitBates; // filled below; table rows refer to exhibits by Bates number
        const QVector<Exhibit> exhibits = ExhibitRepository::list(db);
        // Sealed after a withdrawal: produced as received, with the flag beside it; the prosecutor decides (DESIGN §7).
        const QHash<qint64, ExhibitSeal> seals = CheckpointLedger::seals(db);
        QVector<TimelineItem> rows;
        // One lane per person, filled in the same single pass: an item's actors and others are exactly the people a
        // per-person timeline would show it for (identifiers within their period; events naming them).
        QVector<TimelineChartLane> lanes(people.size());
        QHash<qint64, int> laneOf;
        for (int i = 0; i < people.size(); ++i) {
            lanes[i].label = people[i].label();
            laneOf.insert(people[i].id, i);
        }
        timeline.scan(TimelineFilter{}, std::nullopt, 0, [&](const TimelineItem& item) {
            ++total;
            const bool isEvent = item.kind == QLatin1String("event");
            (isEvent ? events : records)++;
            minUs = std::min(minUs, item.lowerUtcUs);
            maxUs = std::max(maxUs, item.upperUtcUs);
            if (rows.size() < options.maxReportTimelineRows)
                rows.append(item);
            QVector<int> seen;
            for (const PersonRef& ref : item.actors + item.others) {
                const int lane = laneOf.value(ref.id, -1);
                if (lane < 0 || seen.contains(lane))
                    continue;
                seen.append(lane);
                if (isEvent) {
                    lanes[lane].eventTimesUtcUs.append(item.lowerUtcUs);
                    lanes[lane].eventLabels.append(item.category);
                } else {
                    lanes[lane].recordTimesUtcUs.append(item.lowerUtcUs);
                }
            }
            return true;
        });
        report.chart.displayZone = zone;
        report.chart.fromUtcUs = total ? minUs : nowUs;
        report.chart.toUtcUs = total ? maxUs : nowUs;
        for (const TimelineChartLane& lane : lanes)
            if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
                report.chart.lanes.append(lane);
        if (report.chart.lanes.isEmpty() && total > 0) {
            TimelineChartLane lane;
            lane.label = QStringLiteral("All records");
            for (const TimelineItem& item : rows)
                (item.kind == QLatin1String("event") ? lane.eventTimesUtcUs : lane.recordTimesUtcUs).append(item.lowerUtcUs);
            report.chart.lanes.append(lane);
        }

        report.summary << QStringLiteral("This production holds %1 exhibit(s) with %2 record(s) and %3 event(s) recorded "
                                         "by the investigator%4.")
                              .arg(exhibits.size())
                              .arg(records)
                              .arg(events)
                              .arg(total ? QStringLiteral(", dated %1").arg(onOrAboutRange(minUs, maxUs, zone)) : QString());
        report.summary << QStringLiteral("Records are reproduced as the sources state them; events are the investigator's "
                                         "assertions, each listed with the exhibits that support or contradict it. "
                                         "Times are shown in %1; each record keeps its source's time basis.")
                              .arg(zone);
        report.summary << QStringLiteral("People whose identity is protected (every person who was trafficked, and minors) "
                                         "appear by pseudonym only.");
        if (total > rows.size())
            report.summary << QStringLiteral("The timeline table lists the first %1 of %2 items in time order; every "
                                             "record is in the native exhibits, produced as received.")
                                  .arg(rows.size())
                                  .arg(total);

        report.summary << CaseworkProduction::summary(db); // notes and quarantined records (issue 10)

        auto buildExhibits = [&](int reportPages) {
            report.exhibits.clear();
            exhibitBates.clear();
            int next = firstBates + reportPages;
            for (const Exhibit& e : exhibits) {
                ReportExhibit re;
                re.batesBegin = formatBatesNumber(prefix, next);
                re.batesEnd = re.batesBegin;
                exhibitBates.insert(e.id, re.batesBegin);
                re.kind = e.kind;
                re.title = own(e.title);
                re.provenance = own(e.provenance);
                re.authentication = e.authenticationMethod.isEmpty() ? QStringLiteral("not yet recorded")
                                                                     : e.authenticationMethod;
                re.sha256 = e.sha256;
                if (seals.contains(e.id))
                    re.sealed = own(seals[e.id].displayText());
                re.sizeBytes = e.sizeBytes;
                re.recordCount = e.recordCount;
                const QString suffix = QFileInfo(e.originalFileName).suffix();
                re.nativePath = QStringLiteral("natives/%1%2").arg(re.batesBegin,
                                                                  suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
                for (const QString& line : ExhibitRepository::custody(db, e.id))
                    re.custody << own(line);
                re.custody << QStringLiteral("%1 — produced as %2 in production %3 — by %4")
                                  .arg(formatIsoUtc(nowUs), re.batesBegin)
                                  .arg(result.productionNumber)
                                  .arg(c.actor());
                report.exhibits.append(re);
                ++next;
            }
            report.lastBatesNumber = formatBatesNumber(prefix, next - 1);
            report.timeline.clear();
            for (const TimelineItem& item : rows) {
                ReportTimelineRow row;
                TimeSpan span;
                span.lowerUtcUs = item.lowerUtcUs;
                span.upperUtcUs = item.upperUtcUs;
                span.precision = timePrecisionFromName(item.precision);
                span.edtf = item.edtf;
                row.when = item.kind == QLatin1String("event") ? onOrAbout(span, zone)
                                                                : formatLocal(item.lowerUtcUs, zone, span.precision);
                row.kind = item.kind;
                row.category = item.category;
                row.actors = own(joinLabels(item.actors));
                row.others = own(joinLabels(item.others));
                row.summary = own(item.summary);
                if (!item.corroboration.isEmpty())
                    row.summary += QStringLiteral(" [%1]").arg(item.corroboration);
                QStringList ex;
                for (qint64 id : item.exhibits)
                    ex << exhibitBates.value(id);
                row.exhibit = ex.join(QStringLiteral(", "));
                report.timeline.append(row);
            }
        };

        // Two passes: count the report's pages, then number the exhibits after them.
        const QString reportPath = staging + QStringLiteral("/report.pdf");
        QString error;
        buildExhibits(0);
        const int pages = renderer.countPages(report, &error);
        if (pages <= 0)
            throw CaseError(ErrorKind::Internal, QStringLiteral("report.pdf: %1").arg(error));
        buildExhibits(pages);
        const int pages2 = renderer.render(report, reportPath, &error);
        if (pages2 != pages)
            throw CaseError(ErrorKind::Internal, QStringLiteral("report.pdf: page count changed between passes"));
        result.reportPages = pages;
        result.firstBates = formatBatesNumber(prefix, firstBates);
        result.lastBates = report.lastBatesNumber;

        Transaction tx(db);
        QJsonArray files;
        auto listFile = [&](const QString& rel, const QJsonObject& extra) {
            QJsonObject o = extra;
            o.insert(QStringLiteral("path"), rel);
            o.insert(QStringLiteral("sha256"), sha256File(staging + QLatin1Char('/') + rel));
            o.insert(QStringLiteral("size"), QFileInfo(staging + QLatin1Char('/') + rel).size());
            files.append(o);
            result.files << rel;
        };
        listFile(QStringLiteral("report.pdf"),
                 {{QStringLiteral("role"), QStringLiteral("report")},
                  {QStringLiteral("bates_begin"), formatBatesNumber(prefix, firstBates)},
                  {QStringLiteral("bates_end"), formatBatesNumber(prefix, firstBates + pages - 1)}});
        const qint64 productionRowId = [&] {
            Statement s = db.prepare("INSERT INTO production(number, created_utc, designation, first_bates, last_bates, "
                                     "manifest_sha256, out_dir_name) VALUES (?,?,?,?,?,'',?)");
            s.bind(1, result.productionNumber).bind(2, nowUs).bind(3, options.designation).bind(4, firstBates);
            s.bind(5, firstBates + pages + static_cast<int>(exhibits.size()) - 1).bind(6, QFileInfo(absTarget).fileName());
            s.exec();
            return db.lastInsertRowId();
        }();
        Statement item = db.prepare(
            "INSERT INTO production_item(production_id, exhibit_id, first_bates, last_bates, path) VALUES (?,?,?,?,?)");
        item.bind(1, productionRowId).bindNull(2).bind(3, firstBates).bind(4, firstBates + pages - 1).bind(5, QStringLiteral("report.pdf"));
        item.exec();
        for (int i = 0; i < exhibits.size(); ++i) {
            const Exhibit& e = exhibits[i];
            const ReportExhibit& re = report.exhibits[i];
            QSaveFile f(staging + QLatin1Char('/') + re.nativePath);
            if (!f.open(QIODevice::WriteOnly))
                throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(re.nativePath, f.errorString()));
            ExhibitRepository::writeNative(db, e.id, f);
            if (!f.commit())
                throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(re.nativePath, f.errorString()));
            QJsonObject nativeEntry{{QStringLiteral("role"), QStringLiteral("native")},
                                    {QStringLiteral("exhibit_id"), e.id},
                                    {QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("title"), report.exhibits[i].title},
                                    {QStringLiteral("bates_begin"), re.batesBegin},
                                    {QStringLiteral("bates_end"), re.batesEnd}};
            if (!re.sealed.isEmpty())
                nativeEntry.insert(QStringLiteral("sealed"), re.sealed);
            listFile(re.nativePath, nativeEntry);
            const int bates = firstBates + pages + i;
            item.bind(1, productionRowId).bind(2, e.id).bind(3, bates).bind(4, bates).bind(5, re.nativePath);
            item.exec();
            ExhibitRepository::addCustody(db, e.id, QStringLiteral("produced"), c.actor(),
                                          QStringLiteral("copy produced as %1 in production %2 (%3), SHA-256 verified")
                                              .arg(re.batesBegin)
                                              .arg(result.productionNumber)
                                              .arg(options.designation));
        }
        // Investigator notes (every version) and the quarantine list (issue 10).
        for (const auto& [rel, role] : CaseworkProduction::writeFiles(db, redactor, staging, exhibitBates))
            listFile(rel, {{QStringLiteral("role"), role}});
        const QByteArray pem = SealKey::publicKeyPem(seal.publicKey());
        saveBytes(staging + QStringLiteral("/seal-public-key.pem"), pem);
        listFile(QStringLiteral("seal-public-key.pem"), {{QStringLiteral("role"), QStringLiteral("seal-key")}});
        const QByteArray verifyText =
            QStringLiteral(
                "How to check this production\n"
                "============================\n\n"
                "1. With Tessera:   tessera-cli verify-packet THIS_FOLDER --expect-key \"%1\"\n"
                "2. With coreutils: sha256sum -c SHA256SUMS\n"
                "3. With OpenSSL (the integrity seal of manifest.json):\n"
                "   openssl pkeyutl -verify -pubin -inkey seal-public-key.pem -rawin -in manifest.json -sigfile manifest.json.sig\n\n"
                "The seal key's fingerprint (SHA-256 of the raw 32-byte Ed25519 public key) is:\n   %1\n"
                "Compare it with the fingerprint the investigator gave you by another channel, and with the report's cover.\n"
                "   openssl pkey -pubin -in seal-public-key.pem -outform DER | tail -c 32 | sha256sum\n\n"
                "The seal shows that the files are as they were when the production was made; it is not a person's signature.\n")
                .arg(result.sealFingerprint)
                .toUtf8();
        saveBytes(staging + QStringLiteral("/VERIFY.txt"), verifyText);
        listFile(QStringLiteral("VERIFY.txt"), {{QStringLiteral("role"), QStringLiteral("instructions")}});

        QJsonObject manifest{
            {QStringLiteral("format"), QStringLiteral("tessera-production/1")},
            {QStringLiteral("case"), QJsonObject{{QStringLiteral("title"), report.caseTitle},
                                                 {QStringLiteral("case_number"), report.caseNumber},
                                                 {QStringLiteral("agency"), report.agency}}},
            {QStringLiteral("production"),
             QJsonObject{{QStringLiteral("number"), result.productionNumber},
                         {QStringLiteral("designation"), options.designation},
                         {QStringLiteral("created_utc"), formatIsoUtc(nowUs)},
                         {QStringLiteral("first_bates"), result.firstBates},
                         {QStringLiteral("last_bates"), result.lastBates}}},
            {QStringLiteral("seal"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                                                 {QStringLiteral("public_key_file"), QStringLiteral("seal-public-key.pem")},
                                                 {QStringLiteral("signature_file"), QStringLiteral("manifest.json.sig")},
                                                 {QStringLiteral("fingerprint"), result.sealFingerprint}}},
            {QStringLiteral("files"), files}};
        const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        saveBytes(staging + QStringLiteral("/manifest.json"), manifestBytes);
        saveBytes(staging + QStringLiteral("/manifest.json.sig"), seal.sign(manifestBytes));
        QStringList sumFiles = result.files;
        sumFiles << QStringLiteral("manifest.json") << QStringLiteral("manifest.json.sig");
        sumFiles.sort();
        QByteArray sums;
        for (const QString& rel : sumFiles)
            sums += sha256File(staging + QLatin1Char('/') + rel).toLatin1() + "  " + rel.toUtf8() + '\n';
        saveBytes(staging + QStringLiteral("/SHA256SUMS"), sums);
        result.files << QStringLiteral("manifest.json") << QStringLiteral("manifest.json.sig") << QStringLiteral("SHA256SUMS");
        {
            Statement s = db.prepare("UPDATE production SET manifest_sha256 = ? WHERE id = ?");
            s.bind(1, QString::fromLatin1(sha256(manifestBytes).toHex())).bind(2, productionRowId);
            s.exec();
        }
        c.audit(QStringLiteral("export"), QStringLiteral("production:%1").arg(result.productionNumber),
                QJsonObject{{QStringLiteral("designation"), options.designation},
                            {QStringLiteral("first_bates"), result.firstBates},
                            {QStringLiteral("last_bates"), result.lastBates},
                            {QStringLiteral("manifest_sha256"), QString::fromLatin1(sha256(manifestBytes).toHex())}});
        if (target.exists())
            QDir().rmdir(absTarget);
        if (!QDir().rename(staging, absTarget))
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot move the production into place").arg(absTarget));
        try {
            tx.commit();
        } catch (...) {
            QDir(absTarget).removeRecursively();
            throw;
        }
        return result;
    } catch (...) {
        cleanup();
        throw;
    }
}

} // namespace tessera
