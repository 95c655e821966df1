// Tests of tessera_render: the discovery-production report PDF and the offender timeline chart, checked the way a
// prosecutor would read them: the text is really there (pdftotext), every page carries its Bates number, tables keep
// their header across pages, nothing is cut off, and page counts do not move when the Bates numbers do.
//
// Set TESSERA_RENDER_PREVIEW_DIR to keep a copy of the PDF and of the chart PNG for looking at.

#include "render/ReportPdfRenderer.h"
#include "render/TimelineChartPainter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace tessera;

namespace {

/// The one QGuiApplication of the test run, on the offscreen platform (fonts and PDF need one).
void ensureGuiApplication() {
    static int argc = 1;
    static char name[] = "test_render";
    static char* argv[] = {name, nullptr};
    static const bool platformChosen = (qputenv("QT_QPA_PLATFORM", "offscreen"), true);
    static QGuiApplication app(argc, argv);
    Q_UNUSED(platformChosen);
}

qint64 utcUs(int year, int month, int day, int hour = 0, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

const QString kFingerprint =
    QStringLiteral("3f2a 9b1c 77d0 e4a1 0c5e 9f12 ab34 cd56 ef78 9012 3456 7890 abcd ef01 2345 6789");
const QString kLongCellLastWord = QStringLiteral("zephyrend");
const QString kLongCellMiddleWord = QStringLiteral("midpointmarker");

/// A report like the builder makes: `rows` timeline rows (row 7 has a summary several pages long), three people
/// (victims by pseudonym), three exhibits with custody, and a chart with two lanes.
ProductionReport sampleReport(int rows) {
    ProductionReport r;
    r.caseTitle = QStringLiteral("Harbor Street commercial sex enterprise");
    r.caseNumber = QStringLiteral("2024-HT-0117");
    r.agency = QStringLiteral("Riverton Police Department, Special Victims Unit");
    r.investigator = QStringLiteral("Det. A. Rivera");
    r.productionNumber = QStringLiteral("1");
    r.designation = QStringLiteral("Sensitive — subject to protective order");
    r.sealFingerprint = kFingerprint;
    r.generatedAt = QStringLiteral("2024-05-02 14:03 EDT");
    r.displayZone = QStringLiteral("America/New_York");
    r.batesPrefix = QStringLiteral("TSR");
    r.firstBatesNumber = 1;
    r.batesDigits = 6;
    r.summary = {QStringLiteral("Beginning in or about March 2014 and continuing through in or about June 2014, "
                                "call detail records show the offender's phone in contact with the phones "
                                "attributed to V-1 and V-2 on most days."),
                 QStringLiteral("Lodging records place rooms rented in the offender's name on or about the same "
                                "dates as online advertisements using the same contact number.")};

    TimelineChartLane offender{QStringLiteral("D. Marlow"), {}, {}, {}};
    TimelineChartLane v1{QStringLiteral("V-1"), {}, {}, {}};
    for (int i = 0; i < 3000; ++i) {
        offender.recordTimesUtcUs << utcUs(2014, 3, 1) + qint64(i) * 57 * 60 * 1000000; // through June 27
        if (i % 3 == 0)
            v1.recordTimesUtcUs << utcUs(2014, 3, 10) + qint64(i) * 40 * 60 * 1000000;
    }
    offender.eventTimesUtcUs = {utcUs(2014, 3, 4), utcUs(2014, 4, 12), utcUs(2014, 5, 20)};
    offender.eventLabels = {QStringLiteral("Recruitment"), QStringLiteral("Advertising"), QStringLiteral("Payment")};
    v1.eventTimesUtcUs = {utcUs(2014, 4, 13)};
    v1.eventLabels = {QStringLiteral("Transport")};
    r.chart.fromUtcUs = utcUs(2014, 3, 1);
    r.chart.toUtcUs = utcUs(2014, 7, 1);
    r.chart.displayZone = r.displayZone;
    r.chart.lanes = {offender, v1};

    QStringList longWords;
    for (int w = 0; w < 2400; ++w)
        longWords << (w == 1200 ? kLongCellMiddleWord : QStringLiteral("text%1").arg(w));
    longWords << kLongCellLastWord;
    for (int i = 0; i < rows; ++i) {
        ReportTimelineRow row;
        row.when = QStringLiteral("2014-03-%1 07:13:30 EST").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        row.kind = i % 10 == 0 ? QStringLiteral("event") : QStringLiteral("record");
        row.category = i % 10 == 0 ? QStringLiteral("transport") : QStringLiteral("call");
        row.actors = QStringLiteral("D. Marlow");
        row.others = QStringLiteral("V-1, V-2");
        row.summary = i == 7 ? longWords.join(QLatin1Char(' '))
                             : QStringLiteral("Entry%1 outgoing call, 42 seconds, to the phone attributed to V-1")
                                   .arg(i, 4, 10, QLatin1Char('0'));
        row.exhibit = QStringLiteral("TSR-000004");
        r.timeline << row;
    }

    r.people = {ReportPerson{QStringLiteral("D. Marlow"), {QStringLiteral("offender")}, 3},
                ReportPerson{QStringLiteral("V-1"), {QStringLiteral("victim")}, 2},
                ReportPerson{QStringLiteral("V-2"), {QStringLiteral("victim"), QStringLiteral("witness")}, 1}};
    for (int e = 0; e < 3; ++e) {
        ReportExhibit x;
        x.batesBegin = formatBatesNumber(QStringLiteral("TSR"), 100 + e * 2);
        x.batesEnd = formatBatesNumber(QStringLiteral("TSR"), 101 + e * 2);
        x.kind = QStringLiteral("call-records");
        x.title = QStringLiteral("Carrier return %1, phone attributed to D. Marlow").arg(e + 1);
        x.provenance = QStringLiteral("Search warrant return, obtained 2014-07-02 from the carrier's custodian");
        x.authentication = e == 1 ? QString() : QStringLiteral("Certified business record (FRE 902(11))");
        x.sha256 = QStringLiteral("%1").arg(e).repeated(64);
        x.sizeBytes = 1234567 + e;
        x.recordCount = 3000 + e;
        x.nativePath = QStringLiteral("natives/%1.csv").arg(x.batesBegin);
        x.custody = {QStringLiteral("2014-07-02 Received from the carrier by Det. A. Rivera, sealed envelope"),
                     QStringLiteral("2014-07-03 Imported into the case file; SHA-256 recorded")};
        r.exhibits << x;
    }
    r.lastBatesNumber = QStringLiteral("TSR-000105");
    return r;
}

/// The text of each page of `pdf`, from pdftotext (pages are separated by form feeds).
QStringList pdfPages(const QString& pdf) {
    QProcess process;
    process.start(QStringLiteral(TESSERA_HAVE_PDFTOTEXT),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitCode() == 0);
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    for (QString& page : pages)
        page = page.simplified();
    return pages;
}

bool havePdfToText() {
    if (QFileInfo::exists(QStringLiteral(TESSERA_HAVE_PDFTOTEXT)))
        return true;
    WARN("pdftotext not installed (poppler-utils): PDF text checks skipped");
    return false;
}

void keepForPreview(const QString& path, const QString& name) {
    const QString dir = qEnvironmentVariable("TESSERA_RENDER_PREVIEW_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(path, dir + QLatin1Char('/') + name);
}

int nonWhitePixels(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++n;
    return n;
}

QImage paintChart(const TimelineChartData& data, QSize size = QSize(1400, 800)) {
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    TimelineChartPainter::paint(painter, QRectF(QPointF(10, 10), QSizeF(size) - QSizeF(20, 20)), data, font);
    painter.end();
    return image;
}

/// The 2,000-row sample report, rendered once for the tests that read it.
struct RenderedReport {
    ProductionReport report;
    int pages = -1;
    int counted = -1;
    qint64 bytes = 0;
    QString error;
    QStringList text; ///< per page, whitespace simplified; empty without pdftotext
};

const RenderedReport& bigReport() {
    static const RenderedReport rendered = [] {
        ensureGuiApplication();
        RenderedReport r;
        r.report = sampleReport(2000);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        ReportPdfRenderer renderer;
        r.pages = renderer.render(r.report, pdf, &r.error);
        r.counted = renderer.countPages(r.report, nullptr);
        r.bytes = QFileInfo(pdf).size();
        keepForPreview(pdf, QStringLiteral("report.pdf"));
        if (r.pages > 0 && QFileInfo::exists(QStringLiteral(TESSERA_HAVE_PDFTOTEXT)))
            r.text = pdfPages(pdf);
        return r;
    }();
    return rendered;
}

} // namespace

TEST_CASE("a 2,000-row report renders, and countPages agrees with render", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    INFO(r.error.toStdString());
    REQUIRE(r.pages > 10);
    CHECK(r.counted == r.pages);
    CHECK(r.bytes > 10000);
    if (havePdfToText())
        CHECK(r.text.size() == r.pages);
}

TEST_CASE("the cover names the case, the production and the seal, and says what the seal is", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    if (!havePdfToText())
        return;
    REQUIRE(r.text.size() == r.pages);
    const QString& cover = r.text[0];
    CHECK(cover.contains(r.report.caseTitle));
    CHECK(cover.contains(r.report.caseNumber));
    CHECK(cover.contains(QStringLiteral("Discovery production")));
    CHECK(cover.contains(r.report.designation));
    CHECK(cover.contains(kFingerprint));
    CHECK(cover.contains(QStringLiteral("not a person's signature")));
    CHECK(cover.contains(QStringLiteral("Victims appear by pseudonym")));
    CHECK(cover.contains(QStringLiteral("TSR-000001")));
}

TEST_CASE("every page carries its own Bates number, page number and designation", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    if (!havePdfToText())
        return;
    REQUIRE(r.text.size() == r.pages);
    for (int i = 0; i < r.pages; ++i) {
        INFO("page " << i + 1);
        CHECK(r.text[i].contains(formatBatesNumber(QStringLiteral("TSR"), 1 + i)));
        CHECK(r.text[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(r.pages)));
        CHECK(r.text[i].contains(r.report.designation));
    }
    CHECK(r.text.last().contains(formatBatesNumber(QStringLiteral("TSR"), r.pages)));
}

TEST_CASE("a summary cell several pages long loses no text", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    if (!havePdfToText())
        return;
    const QString all = r.text.join(QLatin1Char(' '));
    CHECK(all.contains(kLongCellMiddleWord));
    CHECK(all.contains(QStringLiteral("text2399 ") + kLongCellLastWord));
    for (int w = 0; w < 2400; w += 97) { // a sample of the words in between, each exactly once
        INFO("word text" << w);
        CHECK(all.count(QRegularExpression(QStringLiteral("\\btext%1\\b").arg(w))) == 1);
    }
}

TEST_CASE("every row is there and every page of the timeline table repeats the header row", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    if (!havePdfToText())
        return;
    const QString all = r.text.join(QLatin1Char(' '));
    for (int row = 0; row < 2000; ++row)
        if (row != 7 && !all.contains(QStringLiteral("Entry%1 ").arg(row, 4, 10, QLatin1Char('0'))))
            FAIL("row " << row << " is missing");
    int tablePages = 0;
    for (int i = 0; i < r.pages; ++i) {
        if (!r.text[i].contains(QStringLiteral("Entry")) && !r.text[i].contains(QStringLiteral("text1")))
            continue;
        ++tablePages;
        INFO("page " << i + 1);
        for (const char* header : {"When", "Kind", "Category", "Actors", "Others", "Summary", "Exhibit"})
            CHECK(r.text[i].contains(QLatin1String(header)));
    }
    CHECK(tablePages >= 10);
}

TEST_CASE("people, exhibits, custody and the certificate are present", "[render][pdf]") {
    const RenderedReport& r = bigReport();
    if (!havePdfToText())
        return;
    const QString all = r.text.join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("Offender timeline chart")));
    CHECK(all.contains(QStringLiteral("D. Marlow: 3,000 records, first 2014-02-28, last 2014-06-27; 3 events.")));
    CHECK(all.contains(QStringLiteral("TSR-000100")));
    CHECK(all.contains(QStringLiteral("0").repeated(64))); // unbroken digest under chain of custody
    CHECK(all.contains(QStringLiteral("Received from the carrier by Det. A. Rivera")));
    CHECK(all.contains(QStringLiteral("not recorded"))); // the exhibit without an authentication path
    CHECK(r.text.last().contains(QStringLiteral("Certificate of completeness")));
    CHECK(r.text.last().contains(r.report.lastBatesNumber));
    CHECK(r.text.last().contains(QStringLiteral("Signature")));
}

TEST_CASE("the page count does not depend on the first Bates number", "[render][pdf]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProductionReport report = sampleReport(300);
    ReportPdfRenderer renderer;
    QString error;

    const int counted = renderer.countPages(report, &error);
    const int first = renderer.render(report, dir.filePath(QStringLiteral("a.pdf")), &error);
    report.firstBatesNumber = 999990; // the numbers outgrow six digits part way through
    const int later = renderer.render(report, dir.filePath(QStringLiteral("b.pdf")), &error);
    INFO(error.toStdString());
    REQUIRE(first > 0);
    CHECK(counted == first);
    CHECK(later == first);

    if (!havePdfToText())
        return;
    const QStringList text = pdfPages(dir.filePath(QStringLiteral("b.pdf")));
    REQUIRE(text.size() == later);
    CHECK(text.first().contains(QStringLiteral("TSR-999990")));
    CHECK(text.last().contains(formatBatesNumber(QStringLiteral("TSR"), 999990 + later - 1)));
}

TEST_CASE("rendering is deterministic", "[render][pdf]") {
    ensureGuiApplication();
    if (!havePdfToText())
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ProductionReport report = sampleReport(120);
    ReportPdfRenderer renderer;
    QString error;
    REQUIRE(renderer.render(report, dir.filePath(QStringLiteral("a.pdf")), &error) > 0);
    REQUIRE(renderer.render(report, dir.filePath(QStringLiteral("b.pdf")), &error) > 0);
    CHECK(pdfPages(dir.filePath(QStringLiteral("a.pdf"))) == pdfPages(dir.filePath(QStringLiteral("b.pdf"))));
}

TEST_CASE("an empty report still renders every section", "[render][pdf]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProductionReport report;
    report.caseTitle = QStringLiteral("Empty case");
    report.batesPrefix = QStringLiteral("ABC");
    ReportPdfRenderer renderer;
    QString error;
    const int pages = renderer.render(report, dir.filePath(QStringLiteral("empty.pdf")), &error);
    INFO(error.toStdString());
    REQUIRE(pages >= 6);
    if (!havePdfToText())
        return;
    const QString all = pdfPages(dir.filePath(QStringLiteral("empty.pdf"))).join(QLatin1Char(' '));
    CHECK(all.contains(QStringLiteral("No records or events")));
    CHECK(all.contains(QStringLiteral("No timeline entries.")));
    CHECK(all.contains(QStringLiteral("ABC-000001")));
}

TEST_CASE("a PDF that cannot be written leaves no file and says why", "[render][pdf]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("missing-folder/report.pdf"));
    ReportPdfRenderer renderer;
    QString error;
    CHECK(renderer.render(sampleReport(5), pdf, &error) == -1);
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(renderer.render(sampleReport(5), pdf, nullptr) == -1); // a null error pointer is allowed
}

// Run by the next test in a child process whose fontconfig knows no fonts; hidden from normal runs.
TEST_CASE("child: with no fonts installed, render refuses instead of writing blank text", "[.][nofonts-child]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    CHECK(ReportPdfRenderer().render(sampleReport(3), pdf, &error) == -1);
    CHECK(error == QStringLiteral("no fonts installed: install fonts-dejavu-core"));
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("with no fonts installed, render refuses instead of writing blank text", "[render][pdf]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString config = dir.filePath(QStringLiteral("fonts.conf"));
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n");
    file.close();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("FONTCONFIG_FILE"), config);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("[nofonts-child]")});
    REQUIRE(child.waitForFinished(120000));
    INFO(QString::fromUtf8(child.readAllStandardOutput() + child.readAllStandardError()).toStdString());
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
}

TEST_CASE("the timeline chart with no people says so", "[render][chart]") {
    ensureGuiApplication();
    TimelineChartData data;
    data.displayZone = QStringLiteral("America/New_York");
    const QImage image = paintChart(data);
    CHECK(nonWhitePixels(image) > 100); // the title and the message
    CHECK(TimelineChartPainter::textAlternative(data) == QStringLiteral("No records or events."));

    data.lanes = {TimelineChartLane{QStringLiteral("V-1"), {}, {}, {}}};
    CHECK(nonWhitePixels(paintChart(data)) > 100);
    CHECK(TimelineChartPainter::textAlternative(data) == QStringLiteral("No records or events."));
}

TEST_CASE("the timeline chart shows a single instant, in the display zone", "[render][chart]") {
    ensureGuiApplication();
    TimelineChartData data;
    data.displayZone = QStringLiteral("America/New_York");
    const qint64 t = utcUs(2014, 3, 2, 3, 0); // 22:00 on March 1 in New York
    data.fromUtcUs = data.toUtcUs = t;
    data.lanes = {TimelineChartLane{QStringLiteral("D. Marlow"), {t}, {t}, {QStringLiteral("Payment")}}};
    CHECK(nonWhitePixels(paintChart(data)) > 1000);
    const QString text = TimelineChartPainter::textAlternative(data);
    CHECK(text.contains(QStringLiteral("D. Marlow: 1 record on 2014-03-01; 1 event.")));
    CHECK(text.contains(QStringLiteral("America/New_York")));
}

TEST_CASE("the timeline chart bins a million records per lane", "[render][chart]") {
    ensureGuiApplication();
    TimelineChartData data;
    data.displayZone = QStringLiteral("UTC");
    data.fromUtcUs = utcUs(2013, 1, 1);
    data.toUtcUs = utcUs(2014, 1, 1);
    const qint64 span = data.toUtcUs - data.fromUtcUs;
    for (int l = 0; l < 2; ++l) {
        TimelineChartLane lane{QStringLiteral("Person %1").arg(l + 1), {}, {}, {}};
        lane.recordTimesUtcUs.reserve(1000000);
        quint64 x = 88172645463325252ULL + quint64(l);
        for (int i = 0; i < 1000000; ++i) { // skewed towards the start of the year, deterministic
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            const double f = double(x % 1000000) / 1000000.0;
            lane.recordTimesUtcUs << data.fromUtcUs + qint64(f * f * double(span));
        }
        lane.eventTimesUtcUs = {utcUs(2013, 6, 1), utcUs(2013, 6, 2)};
        lane.eventLabels = {QStringLiteral("Advertising"), QStringLiteral("Lodging")};
        data.lanes << lane;
    }
    const QImage image = paintChart(data, QSize(1600, 900));
    CHECK(nonWhitePixels(image) > 20000);
    const QString text = TimelineChartPainter::textAlternative(data);
    CHECK(text.contains(QStringLiteral("Person 1: 1,000,000 records, first 2013-01-01")));
    CHECK(text.contains(QStringLiteral("2 events")));

    const QString dir = qEnvironmentVariable("TESSERA_RENDER_PREVIEW_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        image.save(dir + QStringLiteral("/chart-million.png"));
        TimelineChartData small = sampleReport(1).chart;
        paintChart(small, QSize(1100, 420)).save(dir + QStringLiteral("/chart-sample.png"));
    }
}
