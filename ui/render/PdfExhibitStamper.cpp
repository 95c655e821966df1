#include "render/PdfExhibitStamper.h"

#include "render/PdfFinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <exception>
#include <vector>

namespace tessera {
namespace {

QString sansFamily() {
    return QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
               ? QStringLiteral("DejaVu Sans")
               : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QByteArray readAll(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read (%2)").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

bool save(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString());
        return false;
    }
    return true;
}

/// Draws the Bates number bottom right and the designation bottom left of a page `size` points large.
void drawStamp(QPainter& p, const QSizeF& size, const QString& bates, const QString& designation) {
    const double dpi = p.device()->logicalDpiX();
    const double toDevice = dpi / 72.0;
    const double w = size.width() * toDevice;
    const double h = size.height() * toDevice;
    const double margin = 0.25 * dpi;
    QFont f(sansFamily());
    f.setPointSizeF(9);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::black);
    const QRectF band(margin, h - margin - 0.25 * dpi, w - 2 * margin, 0.25 * dpi);
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, bates);
    f.setBold(false);
    f.setPointSizeF(7);
    p.setFont(f);
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, designation);
}

/// The page's /Rotate (inherited through the page tree) in quarter turns clockwise, 0–3.
int quarterTurns(QPDFPageObjectHelper& page) {
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (!rotate.isInteger())
        return 0;
    const long long degrees = rotate.getIntValue();
    return int((((degrees / 90) % 4) + 4) % 4);
}

} // namespace

int PdfExhibitStamper::pdfPageCount(const QString& path) {
    QString error;
    const QByteArray bytes = readAll(path, &error);
    if (!bytes.startsWith("%PDF-"))
        return -1;
    return PdfFinisher::pageCount(bytes, &error);
}

bool PdfExhibitStamper::stampPdf(const QString& nativePath, const QString& outPath, const QString& prefix, int first,
                                 int digits, const QString& designation, QString* error) {
    QString ignored;
    QString* err = error ? error : &ignored;
    const QByteArray native = readAll(nativePath, err);
    if (native.isEmpty())
        return false;
    try {
        QPDF exhibit;
        exhibit.setSuppressWarnings(true);
        exhibit.processMemoryFile("exhibit.pdf", native.constData(), size_t(native.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(exhibit).getAllPages();
        if (pages.empty()) {
            *err = tr("%1: the PDF has no pages").arg(nativePath);
            return false;
        }
        // One stamp page per exhibit page, of the same size (in points).
        std::vector<QPDFObjectHandle::Rectangle> boxes;
        QBuffer stampBuffer;
        stampBuffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&stampBuffer);
            writer.setResolution(300);
            QPainter painter;
            for (std::size_t i = 0; i < pages.size(); ++i) {
                const QPDFObjectHandle::Rectangle box = pages[i].getTrimBox().getArrayAsRectangle();
                boxes.push_back(box);
                // A page with /Rotate 90 or 270 is viewed with width and height swapped: the stamp page has the
                // viewed size, and placeFormXObject (inverting the page's rotation) turns it to stand upright as
                // the page is viewed, so the number is bottom right on screen and on paper.
                const bool quarterTurn = quarterTurns(pages[i]) % 2 != 0;
                const double w = std::max(36.0, box.urx - box.llx), h = std::max(36.0, box.ury - box.lly);
                const QSizeF size = quarterTurn ? QSizeF(h, w) : QSizeF(w, h);
                writer.setPageLayout(QPageLayout(QPageSize(size, QPageSize::Point), QPageLayout::Portrait, QMarginsF()));
                if (i == 0) {
                    if (!painter.begin(&writer)) {
                        *err = tr("cannot draw the Bates stamps");
                        return false;
                    }
                } else {
                    writer.newPage();
                }
                drawStamp(painter, size, formatBatesNumber(prefix, first + int(i), digits), designation);
            }
            painter.end();
        }
        QPDF stamps;
        stamps.setSuppressWarnings(true);
        const QByteArray stampBytes = stampBuffer.data();
        stamps.processMemoryFile("stamps.pdf", stampBytes.constData(), size_t(stampBytes.size()));
        std::vector<QPDFPageObjectHelper> stampPages = QPDFPageDocumentHelper(stamps).getAllPages();
        for (std::size_t i = 0; i < pages.size() && i < stampPages.size(); ++i) {
            QPDFObjectHandle form = exhibit.copyForeignObject(stampPages[i].getFormXObjectForPage());
            QPDFObjectHandle page = pages[i].getObjectHandle();
            QPDFObjectHandle resources = pages[i].getAttribute("/Resources", true);
            if (!resources.isDictionary()) {
                resources = QPDFObjectHandle::newDictionary();
                page.replaceKey("/Resources", resources);
            }
            if (!resources.getKey("/XObject").isDictionary())
                resources.replaceKey("/XObject", QPDFObjectHandle::newDictionary());
            int suffix = 0;
            const std::string name = resources.getUniqueResourceName("/TsrBates", suffix);
            resources.getKey("/XObject").replaceKey(name, form);
            const std::string place = pages[i].placeFormXObject(form, name, boxes[i], true, true, true);
            pages[i].addPageContents(QPDFObjectHandle::newStream(&exhibit, "q\n"), true);
            pages[i].addPageContents(QPDFObjectHandle::newStream(&exhibit, "\nQ\nq\n" + place + "\nQ\n"), false);
        }
        QPDFWriter writer(exhibit);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return save(outPath, QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize())), err);
    } catch (const std::exception& e) {
        *err = tr("%1: cannot stamp the PDF (%2)").arg(nativePath, QString::fromUtf8(e.what()));
        return false;
    }
}

bool PdfExhibitStamper::slipSheet(const QString& outPath, const ReportExhibit& exhibit, const QString& designation,
                                  QString* error) {
    QString ignored;
    QString* err = error ? error : &ignored;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Tessera"));
        writer.setTitle(tr("Slip sheet %1").arg(exhibit.batesBegin));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
        QPainter p;
        if (!p.begin(&writer)) {
            *err = tr("cannot draw the slip sheet");
            return false;
        }
        const double dpi = 300;
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        QFont base(sansFamily());
        base.setPointSizeF(12);
        doc.setDefaultFont(base);
        doc.setTextWidth(writer.width() - 2 * dpi);
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        doc.setHtml(QStringLiteral("<p style=\"font-size:28pt; font-weight:bold;\">%1</p>"
                                   "<p style=\"font-size:16pt;\">%2</p>"
                                   "<p>%3</p><p><b>%4</b> %5</p><p><b>%6</b> %7</p><p><b>%8</b> %9</p>"
                                   "<p><b>SHA-256:</b> <span style=\"font-family:'DejaVu Sans Mono';\">%10</span></p>"
                                   "<p>%11</p>")
                        .arg(exhibit.batesBegin.toHtmlEscaped(),
                             tr("Produced in native format").toHtmlEscaped(),
                             exhibit.title.toHtmlEscaped(),
                             tr("Native file:").toHtmlEscaped(), exhibit.nativePath.toHtmlEscaped(),
                             tr("Kind:").toHtmlEscaped(), exhibit.kind.toHtmlEscaped(),
                             tr("Size:").toHtmlEscaped(), tr("%1 bytes").arg(english.toString(exhibit.sizeBytes)).toHtmlEscaped())
                        .arg(exhibit.sha256.toHtmlEscaped(),
                             tr("This sheet stands in for the file in a printed set. The file itself is produced as "
                                "received, byte-identical; its SHA-256 is listed in manifest.json and SHA256SUMS.")
                                 .toHtmlEscaped()));
        p.save();
        p.translate(dpi, 2 * dpi);
        doc.drawContents(&p);
        p.restore();
        drawStamp(p, QSizeF(612, 792), exhibit.batesBegin, designation);
        p.end();
    }
    const QByteArray finished = PdfFinisher::finish(buffer.data(), {}, QDateTime(), QStringLiteral("Tessera"), err);
    return !finished.isEmpty() && save(outPath, finished, err);
}

} // namespace tessera
