// Bates stamps on rotated PDF pages (issue 7): a page with /Rotate 90, 180 or 270 is stamped so that the number reads
// upright at the bottom right of the page as it is viewed and printed. Checked with poppler (pdftotext -bbox, which
// lays text out as the page is viewed).
#include "render/PdfExhibitStamper.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace tessera;

namespace {

void ensureApplication() {
    static int argc = 1;
    static char name[] = "test_render_packet";
    static char* argv[] = {name, nullptr};
    if (!QCoreApplication::instance()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static QGuiApplication app(argc, argv);
    }
}

/// A Letter PDF of `rotations.size()` portrait pages, page i carrying /Rotate rotations[i] (set with libqpdf).
void writeRotatedPdf(const QString& path, const QVector<int>& rotations) {
    const QString plain = path + QStringLiteral(".plain.pdf");
    {
        QPdfWriter writer(plain);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
        QPainter p(&writer);
        for (int i = 0; i < rotations.size(); ++i) {
            if (i > 0)
                writer.newPage();
            p.drawText(QPointF(72, 72), QStringLiteral("Exhibit page %1 rotated %2").arg(i + 1).arg(rotations[i]));
        }
    }
    QPDF q;
    q.processFile(plain.toLocal8Bit().constData());
    std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(q).getAllPages();
    REQUIRE(int(pages.size()) == rotations.size());
    for (int i = 0; i < rotations.size(); ++i)
        if (rotations[i] != 0)
            pages[std::size_t(i)].rotatePage(rotations[i], false);
    QPDFWriter w(q, path.toLocal8Bit().constData());
    w.write();
}

struct Word {
    double xMin, yMin, xMax, yMax;
};

/// Per page: the viewed page size and the box of `word` (pdftotext -bbox: coordinates as the page is viewed).
QVector<QPair<QSizeF, Word>> wordBoxes(const QString& pdf, const QString& wordPrefix) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    QVector<QPair<QSizeF, Word>> out;
    static const QRegularExpression pageRe(QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">(.*?)</page>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRe(QStringLiteral(
        "<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    auto pages = pageRe.globalMatch(html);
    while (pages.hasNext()) {
        const auto pm = pages.next();
        Word found{-1, -1, -1, -1};
        auto words = wordRe.globalMatch(pm.captured(3));
        while (words.hasNext()) {
            const auto wm = words.next();
            if (wm.captured(5).startsWith(wordPrefix))
                found = {wm.captured(1).toDouble(), wm.captured(2).toDouble(), wm.captured(3).toDouble(),
                         wm.captured(4).toDouble()};
        }
        out.append({QSizeF(pm.captured(1).toDouble(), pm.captured(2).toDouble()), found});
    }
    return out;
}

} // namespace

TEST_CASE("Bates stamps on rotated PDF pages read upright at the bottom right as the page is viewed", "[render][packet]") {
    ensureApplication();
    QTemporaryDir dir;
    const QString native = dir.filePath(QStringLiteral("rotated.pdf"));
    const QString stamped = dir.filePath(QStringLiteral("stamped.pdf"));
    const QVector<int> rotations{0, 90, 180, 270};
    writeRotatedPdf(native, rotations);
    PdfExhibitStamper stamper;
    QString error;
    REQUIRE(stamper.stampPdf(native, stamped, QStringLiteral("TSR"), 41, 6, QStringLiteral("Standard"), &error));
    if (!qEnvironmentVariableIsEmpty("TESSERA_RENDER_PREVIEW_DIR") &&
        QDir().mkpath(qEnvironmentVariable("TESSERA_RENDER_PREVIEW_DIR")))
        QFile::copy(stamped, qEnvironmentVariable("TESSERA_RENDER_PREVIEW_DIR") + QStringLiteral("/rotated-stamped.pdf"));
    const auto boxes = wordBoxes(stamped, QStringLiteral("TSR-"));
    REQUIRE(boxes.size() == rotations.size());
    // The unrotated first page sets what every page must show.
    const double right = 612 - boxes[0].second.xMax, bottom = 792 - boxes[0].second.yMax;
    const double width = boxes[0].second.xMax - boxes[0].second.xMin;
    REQUIRE(right > 10);
    REQUIRE(right < 30);
    REQUIRE(bottom > 10);
    REQUIRE(bottom < 40);
    for (int i = 0; i < rotations.size(); ++i) {
        const bool quarter = rotations[i] % 180 != 0;
        const QSizeF viewed = quarter ? QSizeF(792, 612) : QSizeF(612, 792);
        const Word& w = boxes[i].second;
        INFO("page " << i + 1 << " /Rotate " << rotations[i] << ": TSR- at x " << w.xMin << "–" << w.xMax << ", y "
                     << w.yMin << "–" << w.yMax << " on a page viewed " << viewed.width() << " x " << viewed.height()
                     << " (pdftotext says " << boxes[i].first.width() << " x " << boxes[i].first.height() << ")");
        REQUIRE(w.xMin >= 0);
        CHECK(w.xMax - w.xMin > 2 * (w.yMax - w.yMin)); // horizontal as viewed: reads upright
        // A quarter inch (18 pt) from the right edge and about as far from the bottom, as on an unrotated page
        // (before the fix, a 90° page got the portrait stamp shrunk to 77% and centred: its right edge at 618 of 792).
        CHECK(viewed.width() - w.xMax == Approx(right).margin(1.0));
        CHECK(viewed.height() - w.yMax == Approx(bottom).margin(1.0));
        CHECK(w.xMax - w.xMin == Approx(width).margin(1.0)); // full size, not shrunk to fit
    }
}
