// Tests of the case packet's PDFs beyond the report's layout (issue 7): bookmarks, fixed metadata and byte-identical
// output (PdfFinisher, libqpdf), the prosecution memo's marking on every page and its lack of Bates numbers, Bates
// stamps on a PDF exhibit, and text in Chinese, Japanese, Korean, Arabic and Hebrew with every font embedded.
//
// Set TESSERA_RENDER_PREVIEW_DIR to keep the PDFs for looking at.

#include "render/MemoPdfRenderer.h"
#include "render/PdfExhibitStamper.h"
#include "render/PdfFinisher.h"
#include "render/ReportPdfRenderer.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace tessera;

namespace {

void ensureGuiApplication() {
    static int argc = 1;
    static char name[] = "test_render_packet";
    static char* argv[] = {name, nullptr};
    static const bool platformChosen = (qputenv("QT_QPA_PLATFORM", "offscreen"), true);
    static QGuiApplication app(argc, argv);
    Q_UNUSED(platformChosen);
}

// Names and notes in five scripts (fictional).
const QString kChinese = QStringLiteral("张伟");
const QString kJapanese = QStringLiteral("山田太郎");
const QString kKorean = QStringLiteral("김민준");
const QString kArabic = QStringLiteral("سلام");
const QString kHebrew = QStringLiteral("שלום");

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList pages(const QString& pdf) {
    QStringList l = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                        .split(QLatin1Char('\f'));
    if (!l.isEmpty() && l.last().trimmed().isEmpty())
        l.removeLast();
    return l;
}

QStringList outlineTitles(const QString& pdf) {
    QPDF q;
    q.processFile(pdf.toLocal8Bit().constData());
    QStringList titles;
    for (QPDFOutlineObjectHelper& o : QPDFOutlineDocumentHelper(q).getTopLevelOutlines())
        titles << QString::fromStdString(o.getTitle());
    return titles;
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void keepForPreview(const QString& path, const QString& name) {
    const QString dir = qEnvironmentVariable("TESSERA_RENDER_PREVIEW_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QFile::remove(dir + QLatin1Char('/') + name);
    QFile::copy(path, dir + QLatin1Char('/') + name);
}

ProductionReport report() {
    ProductionReport r;
    r.caseTitle = QStringLiteral("Operation Tessellate");
    r.caseNumber = QStringLiteral("2026-0077");
    r.productionNumber = QStringLiteral("1");
    r.designation = QStringLiteral("Standard");
    r.sealFingerprint = QStringLiteral("3f2a 9b1c");
    r.generatedAt = QStringLiteral("2026-11-30 09:00:00 EST");
    r.displayZone = QStringLiteral("America/New_York");
    r.batesPrefix = QStringLiteral("TSR");
    r.createdUtcUs = QDateTime(QDate(2026, 11, 30), QTime(14, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    r.summary = {QStringLiteral("Notes in five scripts: %1 %2 %3 %4 %5.").arg(kChinese, kJapanese, kKorean, kArabic, kHebrew)};
    r.people = {ReportPerson{kChinese, {QStringLiteral("offender")}, 1},
                ReportPerson{kJapanese, {QStringLiteral("witness")}, 0},
                ReportPerson{kKorean, {QStringLiteral("associate")}, 0},
                ReportPerson{kArabic, {QStringLiteral("associate")}, 0},
                ReportPerson{kHebrew, {QStringLiteral("associate")}, 0},
                ReportPerson{QStringLiteral("V-1"), {QStringLiteral("person who was trafficked")}, 2}};
    for (int i = 0; i < 40; ++i)
        r.timeline << ReportTimelineRow{QStringLiteral("2023-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("event"), QStringLiteral("transport"), kChinese,
                                        QStringLiteral("V-1"), QStringLiteral("Drove V-1 to %1").arg(kJapanese),
                                        QStringLiteral("TSR-000009")};
    r.brady = {ReportDisclosureRow{QStringLiteral("V-1"), QStringLiteral("Exhibit linked as contradicting event #3"),
                                   QStringLiteral("on or about 2023-03-02"), QStringLiteral("TSR-000009")}};
    r.lastBatesNumber = QStringLiteral("TSR-000012");
    return r;
}

ProsecutionMemo memo() {
    ProsecutionMemo m;
    m.marking = QStringLiteral("ATTORNEY WORK PRODUCT — NOT FOR PRODUCTION");
    m.caseTitle = QStringLiteral("Operation Tessellate");
    m.caseNumber = QStringLiteral("2026-0077");
    m.generatedAt = QStringLiteral("2026-11-30 09:00:00 EST");
    m.preface = {QStringLiteral("Internal.")};
    MemoSection a{QStringLiteral("1. Victim burden"), {MemoBlock::paragraph(QStringLiteral("Victim burden: 25%"))}};
    QVector<QStringList> rows;
    for (int i = 0; i < 120; ++i)
        rows << QStringList{QStringLiteral("element %1").arg(i), QStringLiteral("victim-only"),
                            QStringLiteral("#%1 on or about 2023-03-02: %2 %3").arg(i).arg(kKorean, kHebrew),
                            QStringLiteral("#2 statement")};
    MemoSection b{QStringLiteral("2. Proof board"),
                  {MemoBlock::heading(QStringLiteral("Charge 1: 18 U.S.C. § 1591(a)")),
                   MemoBlock::table({QStringLiteral("Element"), QStringLiteral("Status"), QStringLiteral("Events"),
                                     QStringLiteral("Supporting exhibits")},
                                    {30, 14, 32, 24}, rows)}};
    MemoSection c{QStringLiteral("5. Offender pattern"),
                  {MemoBlock::heading(kChinese + QStringLiteral(" ") + kArabic),
                   MemoBlock::paragraph(QStringLiteral("Places: %1").arg(kJapanese))}};
    m.sections = {a, b, c};
    return m;
}

} // namespace

TEST_CASE("the report has section bookmarks, fixed metadata, and the same bytes every time", "[render][packet]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    ReportPdfRenderer renderer;
    QString error;
    const QString a = dir.filePath(QStringLiteral("a.pdf")), b = dir.filePath(QStringLiteral("b.pdf"));
    REQUIRE(renderer.render(report(), a, &error) > 0);
    REQUIRE(renderer.render(report(), b, &error) > 0);
    keepForPreview(a, QStringLiteral("report-scripts.pdf"));
    CHECK(bytesOf(a) == bytesOf(b));
    const QStringList titles = outlineTitles(a);
    REQUIRE(titles.size() == 9);
    CHECK(titles.front() == QStringLiteral("Cover"));
    CHECK(titles.contains(QStringLiteral("7. Disclosure register")));
    CHECK(titles.back() == QStringLiteral("8. Certificate of completeness"));
    const QString info = run(QStringLiteral("pdfinfo"), {a});
    CHECK(info.contains(QStringLiteral("Producer:        Tessera")));
    CHECK(info.contains(QStringLiteral("CreationDate:    Mon Nov 30 14:00:00 2026 UTC")));
}

TEST_CASE("names in Chinese, Japanese, Korean, Arabic and Hebrew render with every font embedded", "[render][packet]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    QString error;
    const QString r = dir.filePath(QStringLiteral("r.pdf")), m = dir.filePath(QStringLiteral("m.pdf"));
    ReportPdfRenderer renderer;
    REQUIRE(renderer.render(report(), r, &error) > 0);
    MemoPdfRenderer memoRenderer;
    REQUIRE(memoRenderer.render(memo(), m, &error) > 0);
    keepForPreview(m, QStringLiteral("memo-scripts.pdf"));
    for (const QString& pdf : {r, m}) {
        INFO(pdf.toStdString());
        const QString text = pages(pdf).join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
        for (const QString& word : {kChinese, kJapanese, kKorean, kHebrew, kArabic}) {
            QString reversed = word;
            std::reverse(reversed.begin(), reversed.end());
            INFO(word.toStdString());
            CHECK((text.contains(word) || text.contains(reversed)));
        }
        const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        REQUIRE(fonts.size() >= 2);
        for (const QString& line : fonts) {
            INFO(line.toStdString());
            CHECK(line.contains(QStringLiteral(" yes ")));  // emb column
        }
        CHECK(std::any_of(fonts.cbegin(), fonts.cend(), [](const QString& l) { return l.contains(QStringLiteral("CJK")); }));
    }
}

TEST_CASE("the memo is marked on every page, carries no Bates number, and has bookmarks", "[render][packet]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("memo.pdf"));
    MemoPdfRenderer renderer;
    QString error;
    const int n = renderer.render(memo(), pdf, &error);
    INFO(error.toStdString());
    REQUIRE(n >= 3);
    const QStringList text = pages(pdf);
    REQUIRE(text.size() == n);
    for (const QString& page : text) {
        CHECK(page.contains(QStringLiteral("ATTORNEY WORK PRODUCT — NOT FOR PRODUCTION")));
        CHECK_FALSE(page.contains(QStringLiteral("TSR-")));
    }
    CHECK(text.last().contains(QStringLiteral("Page %1 of %1").arg(n)));
    CHECK(outlineTitles(pdf) == QStringList{QStringLiteral("Cover"), QStringLiteral("1. Victim burden"),
                                           QStringLiteral("2. Proof board"), QStringLiteral("5. Offender pattern")});
}

TEST_CASE("a PDF exhibit is stamped page by page, and the native is left as it is", "[render][packet]") {
    ensureGuiApplication();
    QTemporaryDir dir;
    const QString native = dir.filePath(QStringLiteral("native.pdf"));
    const QString stamped = dir.filePath(QStringLiteral("stamped.pdf"));
    MemoPdfRenderer memoRenderer; // any multi-page PDF
    QString error;
    const int n = memoRenderer.render(memo(), native, &error);
    REQUIRE(n >= 3);
    const QByteArray before = bytesOf(native);
    PdfExhibitStamper stamper;
    CHECK(stamper.pdfPageCount(native) == n);
    REQUIRE(stamper.stampPdf(native, stamped, QStringLiteral("TSR"), 41, 6, QStringLiteral("Standard"), &error));
    CHECK(bytesOf(native) == before);
    const QStringList text = pages(stamped);
    REQUIRE(text.size() == n);
    for (int i = 0; i < n; ++i) {
        CHECK(text[i].contains(QStringLiteral("TSR-%1").arg(41 + i, 6, 10, QLatin1Char('0'))));
        CHECK(text[i].contains(QStringLiteral("ATTORNEY WORK PRODUCT"))); // the page's own content is still there
    }
    const QString notPdf = dir.filePath(QStringLiteral("x.csv"));
    QFile f(notPdf);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("a,b\n");
    f.close();
    CHECK(stamper.pdfPageCount(notPdf) == -1);
    ReportExhibit e;
    e.batesBegin = e.batesEnd = QStringLiteral("TSR-000050");
    e.title = QStringLiteral("Folio");
    e.nativePath = QStringLiteral("natives/TSR-000050.csv");
    e.sha256 = QStringLiteral("ab").repeated(32);
    const QString slip = dir.filePath(QStringLiteral("slip.pdf"));
    REQUIRE(stamper.slipSheet(slip, e, QStringLiteral("Standard"), &error));
    const QString slipText = pages(slip).join(QLatin1Char(' '));
    CHECK(slipText.contains(QStringLiteral("TSR-000050")));
    CHECK(slipText.contains(QStringLiteral("natives/TSR-000050.csv")));
}
