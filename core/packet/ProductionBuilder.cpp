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
#include "model/ReceivedTime.h"
#include "model/VisibleText.h"
#include "packet/AnalystCsv.h"
#include "packet/ChangesSince.h"
#include "packet/DisclosureRegister.h"
#include "packet/ProductionReport.h"
#include "packet/ProtectedIdentityRedactor.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "time/TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QSysInfo>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cerrno>
#include <functional>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
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

/// A role as the production's People table words it: person-first ("person who was trafficked", "sex buyer").
QString roleDisplay(const QString& role) {
    if (role == QLatin1String("victim"))
        return QStringLiteral("person who was trafficked");
    if (role == QLatin1String("sex-buyer"))
        return QStringLiteral("sex buyer");
    return role;
}

/// Chain-of-custody lines of an exhibit, oldest first, times in the case's display zone (the zone named in the report).
QStringList custodyLines(Database& db, qint64 exhibitId, const QString& zone) {
    QStringList lines;
    Statement s = db.prepare("SELECT utc, action, actor, detail FROM custody_entry WHERE exhibit_id = ? ORDER BY utc, id");
    s.bind(1, exhibitId);
    while (s.step()) {
        QString line = QStringLiteral("%1 — %2 — by %3").arg(formatLocal(s.int64(0), zone, TimePrecision::Second),
                                                              s.text(1), s.text(2));
        if (!s.text(3).isEmpty())
            line += QStringLiteral(" — ") + s.text(3);
        lines << line;
    }
    return lines;
}

/// The full path of `rel` inside the staging folder. Defence in depth behind the Bates prefix rule: a file name that
/// is absolute, climbs ("..", a backslash), holds a control character, or otherwise resolves outside `staging` is
/// refused (Internal), so a production never writes outside the folder the user chose.
QString inStaging(const QString& staging, const QString& rel) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"));
    const QString full = QDir::cleanPath(staging + QLatin1Char('/') + rel);
    if (!safe.match(rel).hasMatch() || rel.contains(QLatin1String("..")) || QDir::isAbsolutePath(rel) ||
        !full.startsWith(QDir::cleanPath(staging) + QLatin1Char('/')))
        throw CaseError(ErrorKind::Internal,
                        QStringLiteral("refusing to write a production file whose name would leave the production "
                                       "folder; nothing was produced"));
    return full;
}

/// The file name suffix a native keeps ("csv", "pdf"): letters and digits only, at most 10, else none — so a
/// received file's name never brings anything but an extension into the production.
QString nativeSuffix(const QString& originalFileName) {
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9]{1,10}$"));
    const QString suffix = QFileInfo(originalFileName).suffix();
    return safe.match(suffix).hasMatch() ? QLatin1Char('.') + suffix : QString();
}

/// The marker file inside a staging folder: it tells a later export that the folder is Tessera's own staging and
/// which process made it (first line fixed, then "pid N" and "host NAME").
const QString kStagingMarker = QStringLiteral(".tessera-staging");
const QByteArray kStagingMarkerHead = QByteArrayLiteral("tessera-production-staging\n");

/// True when process `pid` on this machine still runs (kill(pid, 0); EPERM means it runs as someone else).
bool processRuns(qint64 pid) {
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

/**
 * Removes staging folders that an earlier export, interrupted before it could clean up (killed, power lost), left in
 * `parent` — the folder the user chose for this production, never anywhere else. A folder is removed only when its
 * name matches "*.partial-*", it is a real folder (not a symlink) owned by this user, it holds Tessera's marker, and
 * the process the marker names, on this machine, is gone (a marker naming another host is left alone: a shared
 * folder).
 */
void sweepStaleStaging(const QString& parent) {
    const QFileInfoList candidates = QDir(parent).entryInfoList({QStringLiteral("*.partial-*")},
                                                                QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& fi : candidates) {
        if (fi.isSymLink() || fi.ownerId() != ::getuid())
            continue;
        const QString markerPath = fi.absoluteFilePath() + QLatin1Char('/') + kStagingMarker;
        if (QFileInfo(markerPath).isSymLink())
            continue;
        QFile marker(markerPath);
        if (!marker.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = marker.read(512);
        if (!text.startsWith(kStagingMarkerHead))
            continue;
        qint64 pid = 0;
        QByteArray host;
        for (const QByteArray& line : text.split('\n')) {
            if (line.startsWith("pid "))
                pid = line.mid(4).toLongLong();
            else if (line.startsWith("host "))
                host = line.mid(5);
        }
        if (host != QSysInfo::machineHostName().toUtf8())
            continue; // another machine's export on a shared folder: not ours to judge
        if (pid == QCoreApplication::applicationPid() || processRuns(pid))
            continue; // an export still running (another window, another terminal)
        QDir(fi.absoluteFilePath()).removeRecursively();
    }
}

/// While alive, files and folders this process creates are user-only (umask 077): the production's writers (QSaveFile,
/// the PDF writer, qpdf) all create files, and none of the decrypted exhibits may be readable by others even for a
/// moment. Process-wide by nature; the previous mask is restored on every path out.
class UserOnlyUmask {
public:
    UserOnlyUmask() : m_old(::umask(077)) {}
    ~UserOnlyUmask() { ::umask(m_old); }
    UserOnlyUmask(const UserOnlyUmask&) = delete;
    UserOnlyUmask& operator=(const UserOnlyUmask&) = delete;

private:
    mode_t m_old;
};

/// Makes everything under `root` user-only: folders 0700, files 0600. Throws CaseError(Internal) when it cannot.
void restrictToOwner(const QString& root) {
    const auto dirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const auto fileMode = QFile::ReadOwner | QFile::WriteOwner;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    bool ok = QFile::setPermissions(root, dirMode);
    while (it.hasNext()) {
        const QFileInfo fi(it.next());
        if (fi.isSymLink())
            continue;
        ok = QFile::setPermissions(fi.absoluteFilePath(), fi.isDir() ? dirMode : fileMode) && ok;
    }
    if (!ok)
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot make the production user-only").arg(root));
}

const QString kCertificateTemplate = QStringLiteral("CERTIFICATE-FRE-902-14-TEMPLATE.txt");

/// A certificate in the style of FRE 902(14) (with 902(11)'s notice), listing each native with its Bates number and
/// SHA-256, for the examiner to complete and sign. Plain UTF-8 text so it can be edited; no protected identity.
QByteArray certificateTemplate(const ProductionReport& report, int productionNumber, const QString& designation) {
    QString t;
    t += QStringLiteral("CERTIFICATE OF AUTHENTICITY OF DATA COPIED FROM AN ELECTRONIC DEVICE, STORAGE MEDIUM, OR FILE\n");
    t += QStringLiteral("(template in the style of Federal Rules of Evidence 902(14) and 902(11); to be completed and signed by the examiner)\n\n");
    t += QStringLiteral("Case: %1 — %2\n").arg(report.caseNumber, report.caseTitle);
    t += QStringLiteral("Discovery production %1 (%2), Bates %3 through %4\n\n")
             .arg(productionNumber)
             .arg(designation, formatBatesNumber(report.batesPrefix, report.firstBatesNumber, report.batesDigits),
                  report.lastBatesNumber);
    t += QStringLiteral(
        "I, ______________________________ (name), declare:\n\n"
        "1. I am employed by ______________________________ as ______________________________. My duties include "
        "the forensic copying and examination of electronic data, and I am qualified by training and experience to "
        "perform them: ______________________________.\n\n"
        "2. A SHA-256 hash value is a 64-digit number computed from the contents of a file; any change to the file "
        "changes the value, so two files with the same SHA-256 value are, for practical purposes, identical.\n\n"
        "3. Each file listed below was received as the exhibit named, stored unchanged, and copied into this "
        "production. On ____ / ____ / ________ I computed the SHA-256 value of each produced file and compared it "
        "with the value recorded when the exhibit was received. The values match, and are:\n\n");
    int listed = 0;
    for (const ReportExhibit& e : report.exhibits) {
        if (e.producedIn) // produced in an earlier production, listed here because it changed
            continue;
        t += QStringLiteral("   %1  %2\n      %3 — %4\n").arg(e.batesBegin, e.sha256, e.nativePath, e.title);
        ++listed;
    }
    if (listed == 0)
        t += QStringLiteral("   (no exhibits in this production)\n");
    t += QStringLiteral(
        "\n4. The copies were made and the values recorded in the regular course of the agency's activity, at or "
        "near the time of the acts described, by a person with knowledge, as a regular practice.\n\n"
        "I declare under penalty of perjury under the laws of the United States of America (28 U.S.C. § 1746) that "
        "the foregoing is true and correct.\n\n"
        "Executed on ____ / ____ / ________ at ______________________________.\n\n\n"
        "Signature: ______________________________\n\n"
        "Note for the prosecutor: FRE 902(11) and 902(14) require reasonable written notice to the adverse party of "
        "the intent to offer the record, and that the record and this certificate be made available for inspection "
        "before trial. The production's integrity seal (VERIFY.txt) is not a signature and does not replace this "
        "certificate.\n");
    return t.toUtf8();
}

/// Writes the analyst exports (DESIGN §10; issue 7): analyst/timeline.csv (every timeline item, display and UTC
/// times), analyst/timeline-timesketch.csv (Timesketch's message, datetime, timestamp, timestamp_desc columns) and
/// analyst/exhibit-index.csv. Every text cell is formula-neutralised (AnalystCsv); protected identities are redacted.
/// Not Bates-numbered: they restate the report and natives as data.
template <typename Included, typename ListFile>
void writeAnalystExports(Timeline& timeline, Included included, const QString& zone, const QHash<qint64, QString>& exhibitBates,
                         const ProtectedIdentityRedactor& redactor, const ProductionReport& report,
                         const QString& staging, ListFile listFile, const std::function<void()>& checkCancel) {
    if (!QDir().mkpath(staging + QStringLiteral("/analyst")))
        throw CaseError(ErrorKind::Internal, QStringLiteral("%1/analyst: cannot create the folder").arg(staging));
    auto open = [&](QSaveFile& f) {
        if (!f.open(QIODevice::WriteOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(f.fileName(), f.errorString()));
    };
    auto commit = [&](QSaveFile& f) {
        if (!f.commit())
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(f.fileName(), f.errorString()));
    };
    QSaveFile csv(staging + QStringLiteral("/analyst/timeline.csv"));
    QSaveFile sketch(staging + QStringLiteral("/analyst/timeline-timesketch.csv"));
    open(csv);
    open(sketch);
    csv.write(AnalystCsv::line({QStringLiteral("when"), QStringLiteral("lower_utc"), QStringLiteral("upper_utc"),
                                QStringLiteral("kind"), QStringLiteral("category"), QStringLiteral("actors"),
                                QStringLiteral("others"), QStringLiteral("summary"), QStringLiteral("exhibit_bates"),
                                QStringLiteral("corroboration"), QStringLiteral("location"), QStringLiteral("row")}));
    sketch.write(AnalystCsv::line({QStringLiteral("message"), QStringLiteral("datetime"), QStringLiteral("timestamp"),
                                   QStringLiteral("timestamp_desc"), QStringLiteral("kind"), QStringLiteral("category"),
                                   QStringLiteral("actors"), QStringLiteral("others"), QStringLiteral("exhibit_bates"),
                                   QStringLiteral("corroboration"), QStringLiteral("location")}));
    timeline.scan(TimelineFilter{}, std::nullopt, 0, [&](const TimelineItem& item) {
        checkCancel();
        if (!included(item))
            return true;
        const bool isEvent = item.kind == QLatin1String("event");
        const TimeSpan span = timelineItemSpan(item);
        const QString when = isEvent ? onOrAbout(span, zone) : timelineWhen(item, zone);
        QStringList bates;
        for (qint64 id : item.exhibits)
            bates << exhibitBates.value(id);
        const QString actors = redactor.redact(joinLabels(item.actors));
        const QString others = redactor.redact(joinLabels(item.others));
        const QString summary = redactor.redact(item.summary);
        const QString location = redactor.redact(item.location);
        const QString exhibits = bates.join(QStringLiteral("; "));
        csv.write(AnalystCsv::line({when, formatIsoUtc(item.lowerUtcUs), formatIsoUtc(item.upperUtcUs), item.kind,
                                    item.category, actors, others, summary, exhibits, item.corroboration, location,
                                    item.rowNumber ? QString::number(item.rowNumber) : QString()}));
        QString iso = formatIsoUtc(item.lowerUtcUs);
        if (iso.endsWith(QLatin1Char('Z')))
            iso = iso.left(iso.size() - 1) + QStringLiteral("+00:00");
        const QString desc = isEvent ? (span.precision >= TimePrecision::Day ? QStringLiteral("Event time (on or about)")
                                                                              : QStringLiteral("Event time"))
                                     : QStringLiteral("Record time (%1)").arg(item.category);
        sketch.write(AnalystCsv::line({QStringLiteral("[%1] %2").arg(item.category, summary), iso,
                                       QString::number(item.lowerUtcUs), desc, item.kind, item.category, actors, others,
                                       exhibits, item.corroboration, location}));
        return true;
    });
    commit(csv);
    commit(sketch);
    QSaveFile index(staging + QStringLiteral("/analyst/exhibit-index.csv"));
    open(index);
    index.write(AnalystCsv::line({QStringLiteral("bates_begin"), QStringLiteral("bates_end"), QStringLiteral("kind"),
                                  QStringLiteral("title"), QStringLiteral("provenance"), QStringLiteral("authentication"),
                                  QStringLiteral("sha256"), QStringLiteral("size_bytes"), QStringLiteral("records"),
                                  QStringLiteral("native_path"), QStringLiteral("produced_in")}));
    for (const ReportExhibit& e : report.exhibits)
        index.write(AnalystCsv::line({e.batesBegin, e.batesEnd, e.kind, e.title, e.provenance, e.authentication, e.sha256,
                                      QString::number(e.sizeBytes), QString::number(e.recordCount), e.nativePath,
                                      QString::number(e.producedIn ? e.producedIn : report.productionNumber.toInt())}));
    commit(index);
    const QJsonObject role{{QStringLiteral("role"), QStringLiteral("analyst-export")}};
    listFile(QStringLiteral("analyst/timeline.csv"), role);
    listFile(QStringLiteral("analyst/timeline-timesketch.csv"), role);
    listFile(QStringLiteral("analyst/exhibit-index.csv"), role);
}

} // namespace

ProductionResult ProductionBuilder::build(Case& c, const ProductionOptions& options, ReportRenderer& renderer,
                                          ExhibitStamper* stamper) {
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
    sweepStaleStaging(parent);
    const UserOnlyUmask userOnlyFiles;
    // User-only from the first byte: the staging folder holds decrypted exhibits until the final rename.
    const auto userOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    const QString staging = absTarget + QStringLiteral(".partial-%1-%2")
                                            .arg(QDateTime::currentMSecsSinceEpoch())
                                            .arg(QCoreApplication::applicationPid());
    if (!QDir().mkdir(staging, userOnly))
        throw CaseError(ErrorKind::Usage, QStringLiteral("%1: cannot create the folder").arg(staging));
    auto cleanup = [&staging] { QDir(staging).removeRecursively(); };
    const auto checkCancel = [&options] {
        if (options.cancel && options.cancel->load())
            throw CaseError(ErrorKind::Internal, QStringLiteral("export interrupted; nothing was produced"));
    };

    try {
        saveBytes(staging + QLatin1Char('/') + kStagingMarker,
                  kStagingMarkerHead + "pid " + QByteArray::number(QCoreApplication::applicationPid()) + "\nhost " +
                      QSysInfo::machineHostName().toUtf8() + '\n');
        if (!QDir().mkdir(staging + QStringLiteral("/natives"), userOnly))
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1/natives: cannot create the folder").arg(staging));
        checkCancel();
        Database& db = c.db();
        CaseSettings settings = c.settings();
        const QString zone = settings.value(CaseSettings::Key::DisplayZone);
        const QString prefix = settings.value(CaseSettings::Key::BatesPrefix);
        if (!CaseSettings::isValidBatesPrefix(prefix)) // a case made before the rule: fix it, then export
            throw CaseError(ErrorKind::Usage, QStringLiteral("the case's Bates prefix is not safe in file names (%1); "
                                                             "set one with tessera-cli case set CASE --bates-prefix")
                                                  .arg(CaseSettings::batesPrefixRule()));
        const SealKey seal = c.sealKey();
        ProductionResult result;
        result.sealFingerprint = SealKey::fingerprint(seal.publicKey());
        result.productionNumber = static_cast<int>(db.scalar("SELECT coalesce(max(number), 0) FROM production")) + 1;
        const int firstBates = static_cast<int>(db.scalar("SELECT coalesce(max(last_bates), 0) FROM production")) + 1;
        const qint64 nowUs = options.createdUtcUs > 0 ? options.createdUtcUs : currentUtcUs();

        // A supplemental production holds only what is new or changed since the last production (ChangesSince, read
        // from the audit log): exhibits never produced (with their records), exhibits whose authentication, chain of
        // custody, seal or notes changed (listed under their earlier Bates numbers, natives not produced again), events
        // recorded or changed since (links, corroboration, notes), new note versions, and new disclosure items.
        // Bates numbers continue in either case.
        struct EarlierItem {
            int productionNumber = 0;
            int first = 0, last = 0;
            QString path;
        };
        QHash<qint64, EarlierItem> earlier; // exhibit id → where its native was last produced
        QHash<qint64, QString> earlierBates; // exhibit id → its first Bates number in an earlier production
        {
            Statement s = db.prepare("SELECT pi.exhibit_id, pi.first_bates, pi.last_bates, pi.path, p.number "
                                     "FROM production_item pi JOIN production p ON p.id = pi.production_id "
                                     "WHERE pi.exhibit_id IS NOT NULL ORDER BY pi.production_id");
            while (s.step()) {
                earlier.insert(s.int64(0), {s.int32(4), s.int32(1), s.int32(2), s.text(3)});
                earlierBates.insert(s.int64(0), formatBatesNumber(prefix, s.int32(1)));
            }
        }
        const int previousProduction = result.productionNumber - 1;
        ChangesSince changes;
        qint64 since = 0; // a supplemental production: the last production's time (UTC µs)
        if (options.supplemental) {
            if (previousProduction == 0)
                throw CaseError(ErrorKind::Usage, QStringLiteral("--supplemental: this case has no production yet; "
                                                                 "export without --supplemental first"));
            changes = ChangesSince::read(db, previousProduction);
            since = db.scalar("SELECT max(created_utc) FROM production");
        }
        const QSet<qint64>& newEvents = changes.events;

        // Tessera's own text never shows a protected identity (DESIGN §10); natives stay as received.
        const ProtectedIdentityRedactor redactor(db);
        auto own = [&redactor](const QString& text) { return boundedForReport(visibleControls(redactor.redact(text))); };
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
        report.createdUtcUs = nowUs;

        // People, victims by pseudonym.
        const QVector<Person> people = PersonRepository::list(db);
        for (const Person& p : people) {
            QStringList roles;
            for (const QString& r : p.roles)
                roles << roleDisplay(r);
            report.people.append({p.label(), roles, static_cast<int>(IdentifierRepository::forPerson(db, p.id).size())});
        }

        // Timeline table and chart data.
        Timeline timeline(db);
        qint64 total = 0, records = 0, events = 0, dated = 0; // dated: items whose time is not a placeholder
        qint64 minUs = std::numeric_limits<qint64>::max(), maxUs = std::numeric_limits<qint64>::min();
        QHash<qint64, QString> exhibitBates; // filled below; table rows refer to exhibits by Bates number
        QVector<Exhibit> exhibits = ExhibitRepository::list(db);
        QVector<Exhibit> changedExhibits; // supplemental: produced before, changed since; listed, not produced again
        if (options.supplemental) {
            for (const Exhibit& e : exhibits)
                if (earlier.contains(e.id) && changes.exhibits.contains(e.id))
                    changedExhibits.append(e);
            exhibits.erase(std::remove_if(exhibits.begin(), exhibits.end(),
                                          [&](const Exhibit& e) { return earlier.contains(e.id); }),
                           exhibits.end());
            // A report signed since (a supplemental report) is new too: reports.csv carries it.
            if (exhibits.isEmpty() && changes.isEmpty() && !CaseworkProduction::reportSignedSince(db, since))
                throw CaseError(ErrorKind::Usage, QStringLiteral("--supplemental: nothing is new or changed since "
                                                                 "production %1")
                                                      .arg(previousProduction));
        }
        QSet<qint64> newExhibits;
        for (const Exhibit& e : exhibits)
            newExhibits.insert(e.id);
        // What a supplemental production's timeline holds: new events, and records of new exhibits.
        const auto included = [&](const TimelineItem& item) {
            if (!options.supplemental)
                return true;
            if (item.kind == QLatin1String("event"))
                return newEvents.contains(item.id);
            return !item.exhibits.isEmpty() && newExhibits.contains(item.exhibits.front());
        };
        // Sealed after a withdrawal: produced as received, with the flag beside it; the prosecutor decides (DESIGN §7).
        const QHash<qint64, ExhibitSeal> seals = CheckpointLedger::seals(db);
        // Received times corrected beside an exhibit (its entry time stays as recorded; both are shown).
        const QHash<qint64, ReceivedTimeCorrection> received = ReceivedTime::latestAll(db);
        const auto provenanceOf = [&](const Exhibit& e) {
            QString text = own(e.provenance);
            if (received.contains(e.id))
                text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                        QStringLiteral("Received %1.").arg(ReceivedTime::describe(received[e.id], zone));
            return text;
        };
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
            checkCancel();
            if (!included(item))
                return true;
            ++total;
            const bool isEvent = item.kind == QLatin1String("event");
            (isEvent ? events : records)++;
            if (rows.size() < options.maxReportTimelineRows)
                rows.append(item); // listed in the table with its flag, placeholder time or not
            if (hasPlaceholderTime(item))
                return true; // not a date: it sets neither the summary's date range nor the chart (as the GUI chart)
            ++dated;
            // A date-only item sits on its own calendar day in the display zone (DESIGN §5), in the chart and the wording.
            const qint64 axisUs = displayAxisUs(timelineItemSpan(item), zone);
            minUs = std::min({minUs, item.lowerUtcUs, axisUs});
            maxUs = std::max({maxUs, item.upperUtcUs, axisUs});
            QVector<int> seen;
            for (const PersonRef& ref : item.actors + item.others) {
                const int lane = laneOf.value(ref.id, -1);
                if (lane < 0 || seen.contains(lane))
                    continue;
                seen.append(lane);
                if (isEvent) {
                    lanes[lane].eventTimesUtcUs.append(axisUs);
                    lanes[lane].eventLabels.append(item.category);
                } else {
                    lanes[lane].recordTimesUtcUs.append(axisUs);
                }
            }
            return true;
        });
        report.chart.displayZone = zone;
        report.chart.fromUtcUs = dated ? minUs : nowUs;
        report.chart.toUtcUs = dated ? maxUs : nowUs;
        for (const TimelineChartLane& lane : lanes)
            if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
                report.chart.lanes.append(lane);
        if (report.chart.lanes.isEmpty() && dated > 0) {
            TimelineChartLane lane;
            lane.label = QStringLiteral("All records");
            for (const TimelineItem& item : rows)
                if (!hasPlaceholderTime(item))
                    (item.kind == QLatin1String("event") ? lane.eventTimesUtcUs : lane.recordTimesUtcUs)
                        .append(displayAxisUs(timelineItemSpan(item), zone));
            report.chart.lanes.append(lane);
        }

        if (options.supplemental)
            report.summary << QStringLiteral("Supplemental production: it holds only what is new or changed since "
                                             "production %1 — exhibits not produced before; exhibits whose "
                                             "authentication, chain of custody or notes changed (%2, listed under their "
                                             "earlier Bates numbers, natives not produced again); events recorded or "
                                             "changed since (%3 changed, marked so in the timeline table); %4 new "
                                             "note version(s); and new items of the disclosure register. Bates "
                                             "numbers continue from the last production; earlier exhibits keep their "
                                             "numbers.")
                                  .arg(previousProduction)
                                  .arg(changedExhibits.size())
                                  .arg(changes.events.size() - changes.addedEvents.size())
                                  .arg(changes.noteVersions.size());
        report.summary << QStringLiteral("This production holds %1 exhibit(s) with %2 record(s) and %3 event(s) recorded "
                                         "by the investigator%4.")
                              .arg(exhibits.size())
                              .arg(records)
                              .arg(events)
                              .arg(dated ? QStringLiteral(", dated %1").arg(onOrAboutRange(minUs, maxUs, zone)) : QString());
        if (const qint64 placeholders = total - dated; placeholders > 0)
            report.summary << QStringLiteral("%1 record(s) carry a placeholder time instead of a date (a device's \"no "
                                             "time\" value such as 1901-12-13): they are listed in the timeline with "
                                             "the flag placeholder-time and left out of the date range and the chart.")
                                  .arg(placeholders);
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

        if (options.supplemental && !changes.removedEvents.isEmpty()) {
            QList<qint64> removed(changes.removedEvents.begin(), changes.removedEvents.end());
            std::sort(removed.begin(), removed.end());
            QStringList ids;
            for (qint64 id : removed)
                ids << QStringLiteral("#%1").arg(id);
            report.summary << QStringLiteral("Event(s) %1 were removed from the case since production %2: the "
                                             "investigator no longer asserts them. Where an earlier production listed "
                                             "them, that listing is withdrawn.")
                                  .arg(ids.join(QStringLiteral(", ")))
                                  .arg(previousProduction);
        }
        if (options.supplemental) {
            const auto idList = [](const QSet<qint64>& set) {
                QList<qint64> ids(set.begin(), set.end());
                std::sort(ids.begin(), ids.end());
                QStringList words;
                for (qint64 id : ids)
                    words << QStringLiteral("#%1").arg(id);
                return words.join(QStringLiteral(", "));
            };
            if (!changes.withdrawnNotes.isEmpty())
                report.summary << QStringLiteral("Note(s) %1 were withdrawn by the investigator since production %2 (added "
                                                 "in error). They stay in the case and are produced again in notes.csv, "
                                                 "marked withdrawn.")
                                      .arg(idList(changes.withdrawnNotes))
                                      .arg(previousProduction);
            if (!changes.reinstatedNotes.isEmpty())
                report.summary << QStringLiteral("Note(s) %1, withdrawn before, were reinstated since production %2; "
                                                 "they are produced again in notes.csv, no longer marked withdrawn.")
                                      .arg(idList(changes.reinstatedNotes))
                                      .arg(previousProduction);
        }
        // notes and quarantined records (issue 10)
        report.summary << CaseworkProduction::summary(db, options.supplemental ? &changes.noteVersions : nullptr);

        // Natives first, under provisional names: a PDF exhibit's page count (its Bates range) must be known before
        // the exhibits are numbered. Each is hash-checked as it is written.
        QHash<qint64, int> exhibitPages;   // Bates numbers per exhibit: a readable PDF's pages (with a stamper), else 1
        QHash<qint64, QString> provisional;
        for (const Exhibit& e : exhibits) {
            const QString path = staging + QStringLiteral("/natives/.provisional-%1").arg(e.id);
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
            checkCancel();
            ExhibitRepository::writeNative(db, e.id, f, options.cancel);
            if (!f.commit())
                throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString()));
            provisional.insert(e.id, path);
            const int pdfPages = stamper ? stamper->pdfPageCount(path) : -1;
            exhibitPages.insert(e.id, pdfPages > 0 ? pdfPages : -1);
        }
        QVector<int> batesBeginOf, batesEndOf; // per exhibit, as numbers

        // An exhibit index entry under Bates numbers first..last: what the exhibit is, how it can be admitted, its
        // seal and its chain of custody so far. Where its native is (and a production's own custody line) is the
        // caller's to add.
        auto indexEntry = [&](const Exhibit& e, int first, int last) {
            ReportExhibit re;
            re.batesBegin = formatBatesNumber(prefix, first);
            re.batesEnd = formatBatesNumber(prefix, last);
            re.kind = e.kind;
            re.title = own(e.title);
            re.provenance = provenanceOf(e);
            re.authentication = e.authenticationMethod.isEmpty() ? QStringLiteral("not yet recorded")
                                                                 : e.authenticationMethod;
            re.sha256 = e.sha256;
            if (seals.contains(e.id))
                re.sealed = own(seals[e.id].displayText());
            re.sizeBytes = e.sizeBytes;
            re.recordCount = e.recordCount;
            for (const QString& line : custodyLines(db, e.id, zone))
                re.custody << own(line);
            return re;
        };

        auto buildExhibits = [&](int reportPages) {
            report.exhibits.clear();
            exhibitBates = earlierBates;
            int next = firstBates + reportPages;
            batesBeginOf.clear();
            batesEndOf.clear();
            for (const Exhibit& e : exhibits) {
                const int numbers = std::max(1, exhibitPages.value(e.id, 1));
                ReportExhibit re = indexEntry(e, next, next + numbers - 1);
                batesBeginOf.append(next);
                batesEndOf.append(next + numbers - 1);
                exhibitBates.insert(e.id, re.batesBegin);
                re.nativePath = QStringLiteral("natives/%1%2").arg(re.batesBegin, nativeSuffix(e.originalFileName));
                re.custody << QStringLiteral("%1 — produced as %2 in production %3 — by %4")
                                  .arg(formatLocal(nowUs, zone, TimePrecision::Second), re.batesBegin)
                                  .arg(result.productionNumber)
                                  .arg(c.actor());
                report.exhibits.append(re);
                next += numbers;
            }
            report.lastBatesNumber = formatBatesNumber(prefix, next - 1);
            for (const Exhibit& e : changedExhibits) { // listed with the numbers they were produced under
                const EarlierItem& was = earlier[e.id];
                ReportExhibit re = indexEntry(e, was.first, was.last);
                re.producedIn = was.productionNumber;
                re.nativePath = was.path;
                report.exhibits.append(re);
            }
            report.timeline.clear();
            for (const TimelineItem& item : rows) {
                ReportTimelineRow row;
                row.when = item.kind == QLatin1String("event") ? onOrAbout(timelineItemSpan(item), zone)
                                                                : timelineWhen(item, zone);
                row.kind = item.kind;
                row.category = item.category;
                row.actors = own(joinLabels(item.actors));
                row.others = own(joinLabels(item.others));
                row.summary = own(item.summary);
                if (!item.corroboration.isEmpty())
                    row.summary += QStringLiteral(" [%1]").arg(item.corroboration);
                if (options.supplemental && item.kind == QLatin1String("event") &&
                    !changes.addedEvents.contains(item.id))
                    row.summary += QStringLiteral(" [changed since production %1]").arg(previousProduction);
                QStringList ex;
                for (qint64 id : item.exhibits)
                    ex << exhibitBates.value(id);
                row.exhibit = ex.join(QStringLiteral(", "));
                report.timeline.append(row);
            }
            DisclosureRegister::fill(db, zone, exhibitBates, redactor, &report,
                                     options.supplemental ? &changes : nullptr);
        };

        // Two passes: count the report's pages, then number the exhibits after them.
        const QString reportPath = staging + QStringLiteral("/report.pdf");
        QString error;
        checkCancel();
        buildExhibits(0);
        const int pages = renderer.countPages(report, &error);
        if (pages <= 0)
            throw CaseError(ErrorKind::Internal, QStringLiteral("report.pdf: %1").arg(error));
        checkCancel();
        buildExhibits(pages);
        const int pages2 = renderer.render(report, reportPath, &error);
        if (pages2 != pages)
            throw CaseError(ErrorKind::Internal, QStringLiteral("report.pdf: page count changed between passes"));
        result.reportPages = pages;
        result.firstBates = formatBatesNumber(prefix, firstBates);
        result.lastBates = report.lastBatesNumber;

        checkCancel();
        Transaction tx(db);
        QJsonArray files;
        auto listFile = [&](const QString& rel, const QJsonObject& extra) {
            QJsonObject o = extra;
            o.insert(QStringLiteral("path"), rel);
            o.insert(QStringLiteral("sha256"), sha256File(inStaging(staging, rel)));
            o.insert(QStringLiteral("size"), QFileInfo(inStaging(staging, rel)).size());
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
            s.bind(5, batesEndOf.isEmpty() ? firstBates + pages - 1 : batesEndOf.last()).bind(6, QFileInfo(absTarget).fileName());
            s.exec();
            return db.lastInsertRowId();
        }();
        Statement item = db.prepare(
            "INSERT INTO production_item(production_id, exhibit_id, first_bates, last_bates, path) VALUES (?,?,?,?,?)");
        item.bind(1, productionRowId).bindNull(2).bind(3, firstBates).bind(4, firstBates + pages - 1).bind(5, QStringLiteral("report.pdf"));
        item.exec();
        for (int i = 0; i < exhibits.size(); ++i) {
            checkCancel();
            const Exhibit& e = exhibits[i];
            const ReportExhibit& re = report.exhibits[i];
            if (!QFile::rename(provisional.value(e.id), inStaging(staging, re.nativePath)))
                throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot write").arg(re.nativePath));
            QJsonObject nativeEntry{{QStringLiteral("role"), QStringLiteral("native")},
                                    {QStringLiteral("exhibit_id"), e.id},
                                    {QStringLiteral("kind"), e.kind},
                                    {QStringLiteral("title"), report.exhibits[i].title},
                                    {QStringLiteral("bates_begin"), re.batesBegin},
                                    {QStringLiteral("bates_end"), re.batesEnd}};
            if (!re.sealed.isEmpty())
                nativeEntry.insert(QStringLiteral("sealed"), re.sealed);
            listFile(re.nativePath, nativeEntry);
            item.bind(1, productionRowId).bind(2, e.id).bind(3, batesBeginOf[i]).bind(4, batesEndOf[i]).bind(5, re.nativePath);
            item.exec();
            if (stamper) {
                QString stampError;
                const QJsonObject range{{QStringLiteral("exhibit_id"), e.id},
                                        {QStringLiteral("bates_begin"), re.batesBegin},
                                        {QStringLiteral("bates_end"), re.batesEnd}};
                if (exhibitPages.value(e.id) > 0) { // a PDF: a Bates-stamped copy beside the untouched native
                    const QString rel = QStringLiteral("natives/%1-%2.stamped.pdf").arg(re.batesBegin, re.batesEnd);
                    if (!stamper->stampPdf(inStaging(staging, re.nativePath), inStaging(staging, rel),
                                           prefix, batesBeginOf[i], report.batesDigits, designation, &stampError))
                        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: %2").arg(rel, stampError));
                    QJsonObject o = range;
                    o.insert(QStringLiteral("role"), QStringLiteral("stamped-copy"));
                    listFile(rel, o);
                } else { // any other file: one number and a slip sheet
                    const QString rel = QStringLiteral("slipsheets/%1.pdf").arg(re.batesBegin);
                    QDir().mkpath(staging + QStringLiteral("/slipsheets"));
                    if (!stamper->slipSheet(inStaging(staging, rel), re, designation, &stampError))
                        throw CaseError(ErrorKind::Internal, QStringLiteral("%1: %2").arg(rel, stampError));
                    QJsonObject o = range;
                    o.insert(QStringLiteral("role"), QStringLiteral("slip-sheet"));
                    listFile(rel, o);
                }
            }
            ExhibitRepository::addCustody(db, e.id, QStringLiteral("produced"), c.actor(),
                                          QStringLiteral("copy produced as %1 in production %2 (%3), SHA-256 verified")
                                              .arg(re.batesBegin)
                                              .arg(result.productionNumber)
                                              .arg(options.designation));
        }
        // Investigator notes (every version) and the quarantine list (issue 10).
        for (const auto& [rel, role] : CaseworkProduction::writeFiles(db, redactor, staging, exhibitBates,
                                                                      options.supplemental ? &changes.noteVersions
                                                                                           : nullptr))
            listFile(rel, {{QStringLiteral("role"), role}});
        checkCancel();
        writeAnalystExports(timeline, included, zone, exhibitBates, redactor, report, staging, listFile, checkCancel);
        saveBytes(staging + QStringLiteral("/") + kCertificateTemplate, certificateTemplate(report, result.productionNumber, options.designation));
        listFile(kCertificateTemplate, {{QStringLiteral("role"), QStringLiteral("certificate-template")}});
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
                         {QStringLiteral("kind"), options.supplemental ? QStringLiteral("supplemental") : QStringLiteral("full")},
                         {QStringLiteral("supplements"), options.supplemental ? QJsonValue(previousProduction) : QJsonValue()},
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
                            {QStringLiteral("supplemental"), options.supplemental},
                            {QStringLiteral("first_bates"), result.firstBates},
                            {QStringLiteral("last_bates"), result.lastBates},
                            {QStringLiteral("manifest_sha256"), QString::fromLatin1(sha256(manifestBytes).toHex())}});
        checkCancel();
        if (!QFile::remove(staging + QLatin1Char('/') + kStagingMarker))
            throw CaseError(ErrorKind::Internal, QStringLiteral("%1: cannot finish the staging folder").arg(staging));
        restrictToOwner(staging);
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
