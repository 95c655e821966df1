#include "render/MemoPdfRenderer.h"

#include "render/PdfFinisher.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextDocument>

namespace tessera {
namespace {

constexpr int kResolution = 300;
constexpr double kBandInches = 0.4;
const QMarginsF kMarginsInches(0.75, 0.5, 0.75, 0.45);

QString esc(const QString& text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString tableHtml(const MemoBlock& b) {
    QString h = QStringLiteral("<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-color:#999999; margin-top:4px; margin-bottom:10px;\"><thead><tr>");
    const int columns = int(b.headers.size());
    for (int c = 0; c < columns; ++c) {
        const double w = c < b.widths.size() ? b.widths[c] : 100.0 / columns;
        h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e4e4e4\" align=\"left\" style=\"font-size:7.5pt;\">%2</th>")
                 .arg(w, 0, 'f', 1)
                 .arg(esc(b.headers[c]));
    }
    h += QStringLiteral("</tr></thead>");
    for (const QStringList& row : b.rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c)
            h += QStringLiteral("<td style=\"font-size:7.5pt;\">%1</td>").arg(esc(row.value(c)));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString html(const ProsecutionMemo& memo) {
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<p style=\"font-size:20pt; font-weight:bold; margin-bottom:6px;\">%1</p>")
             .arg(esc(MemoPdfRenderer::tr("Prosecution memo")));
    h += QStringLiteral("<p style=\"font-size:11pt; font-weight:bold; color:#8b0000; margin-bottom:14px;\">%1</p>")
             .arg(esc(memo.marking));
    auto line = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<p style=\"margin-bottom:3px;\"><b>%1</b> %2</p>").arg(esc(label), esc(value));
    };
    line(MemoPdfRenderer::tr("Case:"), memo.caseNumber.isEmpty() ? memo.caseTitle
                                                                 : memo.caseNumber + QStringLiteral(" — ") + memo.caseTitle);
    if (!memo.agency.isEmpty())
        line(MemoPdfRenderer::tr("Agency:"), memo.agency);
    if (!memo.investigator.isEmpty())
        line(MemoPdfRenderer::tr("Investigator:"), memo.investigator);
    line(MemoPdfRenderer::tr("Prepared:"), memo.generatedAt);
    h += QStringLiteral("<p></p>");
    for (const QString& p : memo.preface)
        h += QStringLiteral("<p style=\"margin-bottom:6px;\">%1</p>").arg(esc(p));
    h += QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; margin-top:12px;\">%1</p><ul>")
             .arg(esc(MemoPdfRenderer::tr("Contents")));
    for (const MemoSection& s : memo.sections)
        h += QStringLiteral("<li>%1</li>").arg(esc(s.title));
    h += QStringLiteral("</ul>");
    bool first = true;
    for (const MemoSection& s : memo.sections) {
        // The cover stands alone; sections then follow one another.
        h += QStringLiteral("<h2 style=\"%1 font-size:14pt; margin-top:14px;\">%2</h2>")
                 .arg(first ? QStringLiteral("page-break-before:always;") : QString(), esc(s.title));
        first = false;
        for (const MemoBlock& b : s.blocks) {
            switch (b.kind) {
            case MemoBlock::Kind::Heading:
                h += QStringLiteral("<h3 style=\"font-size:10.5pt; margin-top:10px;\">%1</h3>").arg(esc(b.text));
                break;
            case MemoBlock::Kind::Paragraph:
                h += QStringLiteral("<p style=\"margin-bottom:5px;\">%1</p>").arg(esc(b.text));
                break;
            case MemoBlock::Kind::Note:
                h += QStringLiteral("<p style=\"font-size:8.5pt; color:#555555; margin-bottom:5px;\">%1</p>").arg(esc(b.text));
                break;
            case MemoBlock::Kind::Table:
                h += tableHtml(b);
                break;
            }
        }
    }
    return h + QStringLiteral("</body></html>");
}

} // namespace

int MemoPdfRenderer::render(const ProsecutionMemo& memo, const QString& pdfPath, QString* error) {
    QString ignored;
    QString* err = error ? error : &ignored;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *err = tr("drawing a PDF needs a QGuiApplication (use the offscreen platform when there is no screen)");
        return -1;
    }
    const QStringList families = QFontDatabase::families();
    const QString sans = families.contains(QStringLiteral("DejaVu Sans"))
                             ? QStringLiteral("DejaVu Sans")
                             : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    if (families.isEmpty() || QFontInfo(QFont(sans)).family().isEmpty()) {
        *err = tr("no fonts installed: install fonts-dejavu-core");
        return -1;
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVector<PdfBookmark> bookmarks;
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, kMarginsInches, QPageLayout::Inch));
        writer.setCreator(QStringLiteral("Tessera"));
        writer.setTitle(tr("Prosecution memo — %1").arg(memo.caseTitle));
        const double width = writer.width();
        const double band = kBandInches * kResolution;
        const double bodyHeight = writer.height() - 2 * band;

        QTextDocument doc;
        doc.setUndoRedoEnabled(false);
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        QFont base(sans);
        base.setPointSizeF(9.5);
        base.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(base);
        QTextOption option = doc.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setPageSize(QSizeF(width, bodyHeight));
        doc.setHtml(html(memo));
        pageCount = doc.pageCount();

        bookmarks.append({tr("Cover"), 0});
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            if (b.blockFormat().headingLevel() == 2)
                bookmarks.append({b.text(), int((doc.documentLayout()->blockBoundingRect(b).top() + 1) / bodyHeight)});

        QPainter p;
        if (!p.begin(&writer)) {
            *err = tr("cannot start drawing the PDF %1").arg(QDir::toNativeSeparators(pdfPath));
            return -1;
        }
        QFont markFont(sans);
        markFont.setPointSizeF(8);
        markFont.setBold(true);
        QFont pageFont(sans);
        pageFont.setPointSizeF(8);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            p.save();
            p.setPen(QColor(0x8b, 0, 0));
            p.setFont(markFont);
            p.drawText(QRectF(0, 0, width, band * 0.7), Qt::AlignCenter, memo.marking);
            p.drawText(QRectF(0, band + bodyHeight + band * 0.3, width, band * 0.7), Qt::AlignLeft | Qt::AlignVCenter,
                       memo.marking);
            p.setPen(QColor(0x55, 0x55, 0x55));
            p.setFont(pageFont);
            p.drawText(QRectF(0, band + bodyHeight + band * 0.3, width, band * 0.7), Qt::AlignRight | Qt::AlignVCenter,
                       tr("Page %1 of %2").arg(page + 1).arg(pageCount));
            p.restore();
            p.save();
            p.translate(0, band - page * bodyHeight);
            doc.drawContents(&p, QRectF(0, page * bodyHeight, width, bodyHeight));
            p.restore();
        }
        p.end();
    }
    const QDateTime created = m_created.isValid() ? m_created : QDateTime::currentDateTimeUtc();
    const QByteArray finished = PdfFinisher::finish(buffer.data(), bookmarks, created, QStringLiteral("Tessera"), err);
    if (finished.isEmpty())
        return -1;
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(finished) != finished.size() || !file.commit()) {
        *err = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), file.errorString());
        return -1;
    }
    return pageCount;
}

} // namespace tessera
