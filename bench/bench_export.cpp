// bench_export: the discovery-production benchmark (bench/README.md "Production export"). Not a test; never in CTest.
//
//   bench_export CASE OUT_DIR [EVENTS]   create CASE (release KDF) with one offender, three people who were
//                                        trafficked and EVENTS events (default 10000) spread over two years — or
//                                        open CASE when it exists — then export the production to OUT_DIR (new) with
//                                        every event in the report's table
//
// Prints one line of key=value pairs: setup_s (create and fill, or open), export_s (wall clock of
// ProductionBuilder::build, report rendering included), export_cpu_s (this process's CPU time for the same: on a
// shared machine the wall clock also counts waiting for a core), report_pages, files. The passphrase is a fixed benchmark string; the case holds no evidence.
#include "case/Case.h"
#include "case/CaseError.h"
#include "crypto/CaseHeader.h"
#include "model/EventRepository.h"
#include "model/PersonRepository.h"
#include "model/Roles.h"
#include "packet/ProductionBuilder.h"
#include "render/PdfExhibitStamper.h"
#include "render/ReportPdfRenderer.h"

#include <QDate>
#include <QFileInfo>
#include <QGuiApplication>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <exception>
#include <random>

using namespace tessera;

namespace {

int exportCase(Case& c, const char* outDir, int events, double setupSeconds) {
    using Clock = std::chrono::steady_clock;
    ProductionOptions po;
    po.outDir = QString::fromLocal8Bit(outDir);
    po.maxReportTimelineRows = events;
    ReportPdfRenderer renderer;
    PdfExhibitStamper stamper;
    const std::clock_t cpuStart = std::clock();
    const auto start = Clock::now();
    const ProductionResult r = ProductionBuilder::build(c, po, renderer, &stamper);
    const double wall = std::chrono::duration<double>(Clock::now() - start).count();
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("events=%d setup_s=%.2f export_s=%.2f export_cpu_s=%.2f report_pages=%d files=%lld\n", events,
                setupSeconds, wall, cpu, r.reportPages, static_cast<long long>(r.files.size()));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_export CASE OUT_DIR [EVENTS]\n");
        return 2;
    }
    const int events = argc > 3 ? std::atoi(argv[3]) : 10000;
    using Clock = std::chrono::steady_clock;
    auto seconds = [](Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); };
    try {
        const auto setupStart = Clock::now();
        NewCaseOptions o;
        o.title = QStringLiteral("Export benchmark");
        o.caseNumber = QStringLiteral("BENCH-1");
        o.displayZone = QStringLiteral("America/New_York");
        o.kdf = KdfParameters::releaseDefault();
        const QString path = QString::fromLocal8Bit(argv[1]);
        const QString pass = QStringLiteral("bench-export passphrase, not a secret");
        if (QFileInfo::exists(path)) {
            auto c = Case::open(path, pass);
            return exportCase(*c, argv[2], events, seconds(setupStart));
        }
        auto c = Case::create(path, pass, o);
        const qint64 offender = PersonRepository::add(*c, {QStringLiteral("offender")}, QStringLiteral("Offender B"), {}).id;
        QVector<qint64> victims;
        for (int i = 0; i < 3; ++i)
            victims << PersonRepository::add(*c, {QStringLiteral("victim")}, QStringLiteral("Bench Person %1").arg(i), {}).id;
        std::mt19937 rng(7);
        const QStringList& categories = Vocabulary::eventCategories();
        const QDate start(2022, 1, 1);
        for (int i = 0; i < events; ++i) {
            NewEvent e;
            e.when = start.addDays(int(rng() % 730)).toString(Qt::ISODate) +
                     QStringLiteral("T%1:%2:00").arg(rng() % 24, 2, 10, QLatin1Char('0')).arg(rng() % 60, 2, 10, QLatin1Char('0'));
            e.category = categories[int(rng() % categories.size())];
            e.summary = QStringLiteral("Benchmark event %1: a one-line summary of what the investigator recorded").arg(i);
            e.place = QStringLiteral("Place %1").arg(rng() % 12);
            e.actors = {offender};
            e.others = {victims[int(rng() % victims.size())]};
            EventRepository::add(*c, e);
        }
        return exportCase(*c, argv[2], events, seconds(setupStart));
    } catch (const CaseError& e) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(e.message()));
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_export: %s\n", e.what());
        return 1;
    }
}
