// bench_profiles: every import profile's reader on generated files of N records (bench/README.md "Every profile").
// Not a test; never added to CTest.
//
//   bench_profiles [N] [DIR] [PROFILES]   N records per profile (default 100000), files and cases in DIR (default a
//                                         temp folder; "-" for the default), PROFILES a comma-separated subset
//
// Peak RSS is reset before each import, but memory a previous profile freed may stay resident (the allocator keeps
// it), so for a clean figure per profile run one profile per process (bench/README.md).
//
// For each profile it writes one file of N records (e-mail: N/100 messages, one file each, since a message is one
// file), imports it into a new case (test KDF: the import is measured, not the key derivation) and prints one line:
// `profile=NAME records=R seconds=S rows_per_s=X peak_rss_mib=M file_mib=F`.
#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/CaseHeader.h"
#include "ingest/RecordImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <functional>

using namespace tessera;

namespace {

using Clock = std::chrono::steady_clock;

long peakRssKib() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}
void resetPeakRss() {
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

QByteArray phone(qint64 i) { return "412555" + QByteArray::number(1000 + i % 9000).rightJustified(4, '0'); }
QByteArray stamp(qint64 i, const char* sep = " ") {
    const qint64 s = 1672574400 + i * 31; // 2023-01-01 12:00Z onwards, one every 31 s
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'%1'HH:mm:ss").arg(QLatin1String(sep))).toLatin1();
}

struct Generated {
    QString profile;
    QStringList files;
};

Generated generate(const QString& dir, const QString& profile, qint64 n) {
    Generated g{profile, {}};
    auto write = [&](const QString& name, const std::function<void(QByteArray&)>& body) {
        QByteArray b;
        b.reserve(static_cast<qsizetype>(n) * 80);
        body(b);
        QFile f(dir + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size())
            throw std::runtime_error("cannot write the generated file");
        g.files << f.fileName();
    };
    if (profile == QLatin1String("cdr-carrier"))
        write(QStringLiteral("carrier.csv"), [&](QByteArray& b) {
            b += "Date,Time (UTC),Calling Number,Called Number,Direction,Duration,Cell ID,Type\n";
            for (qint64 i = 0; i < n; ++i) {
                const QByteArray t = stamp(i);
                b += QDateTime::fromSecsSinceEpoch(1672574400 + i * 31, Qt::UTC).toString(QStringLiteral("dd/MM/yyyy")).toLatin1() +
                     ',' + t.mid(11) + ",4125550147," + phone(i) + (i % 2 ? ",OUT," : ",IN,") + QByteArray::number(i % 600) +
                     ",310-260-" + QByteArray::number(i % 97) + (i % 3 ? ",Voice\n" : ",SMS\n");
            }
        });
    else if (profile == QLatin1String("bank-csv"))
        write(QStringLiteral("bank.csv"), [&](QByteArray& b) {
            b += "Buchungstag;Betrag;Währung;Auftraggeber/Empfänger\n";
            for (qint64 i = 0; i < n; ++i)
                b += QDateTime::fromSecsSinceEpoch(1672574400 + i * 31, Qt::UTC).toString(QStringLiteral("dd.MM.yyyy")).toLatin1() +
                     ";-1." + QByteArray::number(100 + i % 900) + "," + QByteArray::number(10 + i % 90) + ";EUR;Händler " +
                     QByteArray::number(i % 50) + "\n";
        });
    else if (profile == QLatin1String("timesketch-csv"))
        write(QStringLiteral("timeline.csv"), [&](QByteArray& b) {
            b += "message,timestamp,datetime,timestamp_desc\n";
            for (qint64 i = 0; i < n; ++i)
                b += "\"event " + QByteArray::number(i) + "\"," + QByteArray::number((1672574400 + i * 31) * 1000000LL) + "," +
                     stamp(i, "T") + "+00:00,Write time\n";
        });
    else if (profile == QLatin1String("timesketch-jsonl"))
        write(QStringLiteral("timeline.jsonl"), [&](QByteArray& b) {
            for (qint64 i = 0; i < n; ++i)
                b += "{\"message\": \"event " + QByteArray::number(i) + "\", \"timestamp\": " +
                     QByteArray::number((1672574400 + i * 31) * 1000000LL) + ", \"datetime\": \"" + stamp(i, "T") +
                     "+00:00\", \"timestamp_desc\": \"Write time\"}\n";
        });
    else if (profile == QLatin1String("ofx"))
        write(QStringLiteral("statement.ofx"), [&](QByteArray& b) {
            b += "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n"
                 "<BANKACCTFROM><ACCTID>123456789</BANKACCTFROM><BANKTRANLIST>\n";
            for (qint64 i = 0; i < n; ++i)
                b += "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>" + stamp(i, "T").replace("-", "").replace(":", "").replace("T", "") +
                     "[-5:EST]<TRNAMT>-" + QByteArray::number(1 + i % 500) + ".25<FITID>" + QByteArray::number(i) +
                     "<NAME>Shop " + QByteArray::number(i % 40) + "</STMTTRN>\n";
            b += "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
        });
    else if (profile == QLatin1String("vcard"))
        write(QStringLiteral("contacts.vcf"), [&](QByteArray& b) {
            for (qint64 i = 0; i < n; ++i)
                b += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Contact " + QByteArray::number(i) + "\r\nTEL;TYPE=CELL:" +
                     phone(i) + "\r\nEMAIL:c" + QByteArray::number(i) + "@example.org\r\nEND:VCARD\r\n";
        });
    else if (profile == QLatin1String("ics"))
        write(QStringLiteral("calendar.ics"), [&](QByteArray& b) {
            b += "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
            for (qint64 i = 0; i < n; ++i)
                b += "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i) + "\r\nDTSTART;TZID=America/New_York:" +
                     stamp(i, "T").replace("-", "").replace(":", "") + "\r\nSUMMARY:Meeting " + QByteArray::number(i) +
                     "\r\nEND:VEVENT\r\n";
            b += "END:VCALENDAR\r\n";
        });
    else if (profile == QLatin1String("gpx"))
        write(QStringLiteral("track.gpx"), [&](QByteArray& b) {
            b += "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"bench\"><trk><trkseg>\n";
            for (qint64 i = 0; i < n; ++i)
                b += "<trkpt lat=\"40." + QByteArray::number(400000 + i % 99999) + "\" lon=\"-79." +
                     QByteArray::number(900000 + i % 99999) + "\"><ele>300</ele><time>" + stamp(i, "T") + "Z</time></trkpt>\n";
            b += "</trkseg></trk></gpx>\n";
        });
    else if (profile == QLatin1String("ads-csv"))
        write(QStringLiteral("ads.csv"), [&](QByteArray& b) {
            b += "Ad ID,Posted,Site,City,Phone,Email,Title,Text,Image Hash\n";
            for (qint64 i = 0; i < n; ++i)
                b += QByteArray::number(100000 + i) + "," + stamp(i) + ",classifieds,Pittsburgh," + phone(i) + ",a" +
                     QByteArray::number(i % 300) + "@example.org,\"Title " + QByteArray::number(i) +
                     "\",\"Some text, with a comma\"," + QByteArray::number(i * 7919, 16) + "\n";
        });
    else if (profile == QLatin1String("lodging-csv"))
        write(QStringLiteral("lodging.csv"), [&](QByteArray& b) {
            b += "Property,Room,Check-In,Check-Out,Guest Phone,Total\n";
            for (qint64 i = 0; i < n; ++i)
                b += "Motel " + QByteArray::number(i % 20) + "," + QByteArray::number(100 + i % 50) + "," + stamp(i) + "," +
                     stamp(i + 2000) + "," + phone(i) + ",\"$1,0" + QByteArray::number(10 + i % 90) + ".47\"\n";
        });
    else if (profile == QLatin1String("lpr-csv"))
        write(QStringLiteral("lpr.csv"), [&](QByteArray& b) {
            b += "Plate,Read Time,Camera,Latitude,Longitude\n";
            for (qint64 i = 0; i < n; ++i)
                b += "ABC" + QByteArray::number(1000 + i % 9000) + "," + stamp(i) + ",cam " + QByteArray::number(i % 30) +
                     ",40.44,-79.99\n";
        });
    else if (profile == QLatin1String("eml"))
        for (qint64 m = 0; m < qMax<qint64>(1, n / 100); ++m)
            write(QStringLiteral("m%1.eml").arg(m), [&](QByteArray& b) {
                b += "From: \"A\" <a@example.org>\r\nTo: b@example.org\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= " +
                     QByteArray::number(m) + "\r\nDate: Sun, 16 Jun 2013 17:50:12 +0200\r\nMessage-ID: <" +
                     QByteArray::number(m) + "@example.org>\r\n\r\nBody\r\n";
            });
    return g;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const qint64 n = args.value(0, QStringLiteral("100000")).toLongLong();
    QTemporaryDir tmp;
    const QString dir = args.size() > 1 && args[1] != QLatin1String("-") ? args[1] : tmp.path();
    const QStringList only = args.size() > 2 ? args[2].split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    try {
        for (const char* p : {"cdr-carrier", "bank-csv", "ofx", "timesketch-csv", "timesketch-jsonl", "vcard", "ics", "eml",
                              "gpx", "ads-csv", "lodging-csv", "lpr-csv"}) {
            const QString profile = QString::fromLatin1(p);
            if (!only.isEmpty() && !only.contains(profile))
                continue;
            const Generated g = generate(dir, profile, n);
            qint64 bytes = 0;
            for (const QString& f : g.files)
                bytes += QFileInfo(f).size();
            NewCaseOptions o;
            o.title = QStringLiteral("bench");
            o.displayZone = QStringLiteral("America/New_York");
            o.region = QStringLiteral("US");
            o.kdf = KdfParameters::testing();
            const QString casePath = dir + QStringLiteral("/%1.tessera").arg(profile);
            QFile::remove(casePath);
            auto c = Case::create(casePath, QStringLiteral("bench passphrase"), o);
            ImportOptions io;
            io.profile = profile;
            io.timeBasis = QStringLiteral("UTC");
            if (profile == QLatin1String("bank-csv"))
                io.dateOrder = QStringLiteral("dmy");
            resetPeakRss();
            qint64 records = 0;
            const auto t0 = Clock::now();
            for (const QString& f : g.files) {
                const ImportResult r = RecordImporter::run(*c, f, io);
                records += r.records > 0 ? r.records : r.identifiers;
            }
            const double s = std::chrono::duration<double>(Clock::now() - t0).count();
            std::printf("profile=%s records=%lld seconds=%.3f rows_per_s=%.0f peak_rss_mib=%.1f file_mib=%.2f\n", p,
                        static_cast<long long>(records), s, records / s, peakRssKib() / 1024.0, bytes / 1048576.0);
            std::fflush(stdout);
            c->close();
            QFile::remove(casePath);
            for (const QString& f : g.files)
                QFile::remove(f);
        }
    } catch (const CaseError& e) {
        std::fprintf(stderr, "bench_profiles: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_profiles: %s\n", e.what());
        return 1;
    }
    return 0;
}
