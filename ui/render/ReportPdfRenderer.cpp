#include "render/ReportPdfRenderer.h"

#include "render/PdfFinisher.h"
#include "render/TimelineChartPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QTimeZone>
#include <algorithm>
#include <memory>
#include <vector>

namespace tessera {
namespace {

using Tr = ReportPdfRenderer;

constexpr int kResolution = 300;       // dots per inch of the PDF's device space
constexpr double kHeaderInches = 0.32; // running header band at the top of the printable area
constexpr double kFooterInches = 0.42; // footer band (designation, page, Bates) at the bottom
const QMarginsF kMarginsInches(0.75, 0.55, 0.75, 0.45);

// Point sizes.
constexpr double kBodyPt = 9.5;
constexpr double kSmallPt = 8.5;
constexpr double kTablePt = 7.5;
constexpr double kHeadingPt = 14;
constexpr double kChartPt = 8.5;
constexpr double kFooterPt = 8;
constexpr double kBatesPt = 10;

// Lengths in QTextDocument units (1/96 inch; the layout scales them to the paint device).
constexpr double kParagraphGap = 6;
constexpr double kCellPadding = 3;

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe4, 0xe4, 0xe4);
const QColor kZebraFill(0xf6, 0xf6, 0xf6);
const QColor kNoteFill(0xf1, 0xf1, 0xf1);

const QLocale& english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString orNotRecorded(const QString& text) {
    return text.trimmed().isEmpty() ? Tr::tr("not recorded") : text;
}

/// The note beside an exhibit a supplemental lists because it changed after the production that holds its native.
QString changedSince(const ReportExhibit& exhibit) {
    return Tr::tr("CHANGED since production %1 (authentication, chain of custody or notes); the native was produced "
                  "there as %2 and is not produced again.")
        .arg(exhibit.producedIn)
        .arg(orNotRecorded(exhibit.nativePath));
}

/// Font families used for the report; resolved once per render from the installed fonts.
struct Fonts {
    QString sans;
    QString mono;
};

bool resolveFonts(Fonts* fonts, QString* error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *error = Tr::tr("drawing a PDF needs a QGuiApplication (use the offscreen platform when there is no screen)");
        return false;
    }
    const QStringList families = QFontDatabase::families();
    const QString sans = QStringLiteral("DejaVu Sans");
    const QString mono = QStringLiteral("DejaVu Sans Mono");
    fonts->sans = families.contains(sans) ? sans : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    fonts->mono = families.contains(mono) ? mono : QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    // With no font files, fontconfig still lists the aliases "Sans Serif", "Serif" and "Monospace", but they
    // resolve to nothing (QFontInfo's family is empty) and Qt writes a PDF whose text is silently blank.
    if (families.isEmpty() || QFontInfo(QFont(fonts->sans)).family().isEmpty()) {
        *error = Tr::tr("no fonts installed: install fonts-dejavu-core");
        return false;
    }
    return true;
}

/// No ligatures: the PDF's text must extract and search as typed ("certificate", not "certi\uFB01cate").
constexpr QFont::StyleStrategy kStyleStrategy = QFont::PreferNoShaping;

QFont font(const QString& family, double pointSize, bool bold = false) {
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(kStyleStrategy);
    return f;
}

/// The printable area of a page in device pixels (300 dpi), split into header band, body and footer band.
struct Geometry {
    double width = 0;
    double height = 0;
    double headerHeight = 0;
    double footerHeight = 0;

    double bodyTop() const { return headerHeight; }
    double bodyHeight() const { return height - headerHeight - footerHeight; }
    double footerTop() const { return height - footerHeight; }
    double inch() const { return kResolution; }
};

void setUpWriter(QPdfWriter& writer, const ProductionReport& report) {
    writer.setResolution(kResolution);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, kMarginsInches, QPageLayout::Inch));
    writer.setCreator(QStringLiteral("Tessera"));
    writer.setTitle(Tr::tr("Discovery production %1 — %2").arg(report.productionNumber, report.caseTitle));
}

Geometry geometryOf(const QPdfWriter& writer) {
    Geometry g;
    g.width = writer.width();
    g.height = writer.height();
    g.headerHeight = kHeaderInches * kResolution;
    g.footerHeight = kFooterInches * kResolution;
    return g;
}

std::unique_ptr<QTextDocument> newDocument(QPaintDevice* device, double width, double pageHeight, const Fonts& fonts) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    // Without the paint device the layout uses screen metrics and 300 dpi text comes out microscopic.
    doc->documentLayout()->setPaintDevice(device);
    doc->setDocumentMargin(0);
    doc->setPageSize(QSizeF(width, pageHeight));
    doc->setDefaultFont(font(fonts.sans, kBodyPt));
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long tokens wrap instead of overflowing
    doc->setDefaultTextOption(option);
    return doc;
}

/**
 * Appends paragraphs, headings and tables to a QTextDocument inside ONE edit block: without it every insertion
 * relayouts the document and a 2,000-row table takes many minutes (STACK-NOTES §4).
 */
class DocumentBuilder {
public:
    DocumentBuilder(QTextDocument* doc, const Fonts& fonts) : m_cursor(doc), m_fonts(fonts) {
        m_cursor.beginEditBlock();
    }
    ~DocumentBuilder() { m_cursor.endEditBlock(); }
    DocumentBuilder(const DocumentBuilder&) = delete;
    DocumentBuilder& operator=(const DocumentBuilder&) = delete;

    QTextCharFormat chars(double pointSize = kBodyPt, bool bold = false, const QColor& colour = kInk) const {
        QTextCharFormat format;
        format.setFontFamilies({m_fonts.sans});
        format.setFontPointSize(pointSize);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(colour);
        format.setFontStyleStrategy(kStyleStrategy);
        return format;
    }

    QTextCharFormat mono(double pointSize) const {
        QTextCharFormat format = chars(pointSize);
        format.setFontFamilies({m_fonts.mono});
        format.setFontFixedPitch(true);
        return format;
    }

    static QTextBlockFormat paragraphFormat(double bottomGap = kParagraphGap) {
        QTextBlockFormat format;
        format.setBottomMargin(bottomGap);
        return format;
    }

    /// Starts a new block (the document's first block, or the empty block after a table, is reused).
    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& charFormat) {
        m_atDocumentStart = false;
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(charFormat);
            m_reuseBlock = false;
        } else {
            m_cursor.insertBlock(format, charFormat);
        }
    }

    void paragraph(const QString& text, const QTextCharFormat& charFormat,
                   const QTextBlockFormat& format = paragraphFormat()) {
        startBlock(format, charFormat);
        m_cursor.insertText(text, charFormat);
    }

    /// A paragraph whose first words are bold ("Label: rest"); `textFormat`, when given, formats the rest.
    void labelledParagraph(const QString& label, const QString& text, const QTextCharFormat& charFormat,
                           const QTextBlockFormat& format = paragraphFormat(),
                           const QTextCharFormat* textFormat = nullptr) {
        startBlock(format, charFormat);
        QTextCharFormat bold = charFormat;
        bold.setFontWeight(QFont::Bold);
        m_cursor.insertText(label, bold);
        m_cursor.insertText(text, textFormat ? *textFormat : charFormat);
    }

    /// A section heading; returns its block so the caller can find its page after layout.
    QTextBlock heading(const QString& text, bool newPage, double pointSize = kHeadingPt) {
        QTextBlockFormat format;
        format.setTopMargin(newPage ? 0 : 8);
        format.setBottomMargin(8);
        if (newPage && !m_atDocumentStart)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        const QTextCharFormat charFormat = chars(pointSize, true);
        startBlock(format, charFormat);
        m_cursor.insertText(text, charFormat);
        return m_cursor.block();
    }

    /// Shrinks the empty block QTextDocument keeps after a final table, so it cannot spill onto a page of its own.
    void finish() {
        if (m_reuseBlock && !m_atDocumentStart) {
            QTextBlockFormat tiny;
            tiny.setLineHeight(1, QTextBlockFormat::FixedHeight);
            m_cursor.setBlockFormat(tiny);
        }
    }

    /// An empty paragraph `height` document units tall, for vertical space.
    void space(double height) {
        QTextBlockFormat format;
        format.setLineHeight(height, QTextBlockFormat::FixedHeight);
        startBlock(format, chars(2));
    }

    /**
     * Inserts a table with `rows` body rows under an optional header row (repeated on every page), columns as
     * percentages of the text width, and thin rules under the rows when `rules`. Cells are filled with setCell();
     * returns the table.
     */
    QTextTable* table(int rows, const QStringList& headers, const QVector<double>& percentWidths, bool rules = true,
                      double headerPointSize = kTablePt) {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QVector<QTextLength> widths;
        for (double w : percentWidths)
            widths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(widths);
        format.setCellPadding(kCellPadding);
        format.setCellSpacing(0);
        format.setBorderCollapse(true); // cells draw their own rules (rowFormat)
        format.setBorder(0);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        format.setTopMargin(kParagraphGap);
        format.setBottomMargin(kParagraphGap * 2);
        const int headerRows = headers.isEmpty() ? 0 : 1;
        m_atDocumentStart = false;
        format.setHeaderRowCount(headerRows);
        if (m_reuseBlock) { // a table cannot replace a block: keep the empty block but make it tiny
            QTextBlockFormat tiny;
            tiny.setLineHeight(1, QTextBlockFormat::FixedHeight);
            m_cursor.setBlockFormat(tiny);
            m_reuseBlock = false;
        }
        QTextTable* table = m_cursor.insertTable(rows + headerRows, int(percentWidths.size()), format);
        if (headerRows) {
            const QTextTableCellFormat headerCell = rowFormat(kHeaderFill, rules);
            const QTextCharFormat headerChars = chars(headerPointSize, true);
            for (int c = 0; c < headers.size(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                cell.setFormat(headerCell);
                cell.firstCursorPosition().insertText(headers[c], headerChars);
            }
        }
        if (rules) {
            const QTextTableCellFormat plain = rowFormat(QColor(), true);
            for (int r = headerRows; r < table->rows(); ++r)
                for (int c = 0; c < table->columns(); ++c)
                    table->cellAt(r, c).setFormat(plain);
        }
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true; // the empty block QTextDocument keeps after every table
        return table;
    }

    static void setCell(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& format) {
        QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
        cell.insertText(text, format);
    }

    /// A cell format with an optional background and, when `rule`, a thin rule along the bottom of the row.
    static QTextTableCellFormat rowFormat(const QColor& background, bool rule) {
        QTextTableCellFormat format;
        if (background.isValid())
            format.setBackground(background);
        if (rule) {
            format.setBottomBorder(0.75);
            format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBottomBorderBrush(kRule);
        }
        return format;
    }

    /// Shades a row (no rule: for long tables, where Qt's collapsed cell borders triple the drawing time).
    static void shadeRow(QTextTable* table, int row, const QColor& colour) {
        const QTextTableCellFormat format = rowFormat(colour, false);
        for (int c = 0; c < table->columns(); ++c)
            table->cellAt(row, c).setFormat(format);
    }

    /// A numbered list of one-line items.
    void numberedList(const QStringList& items, const QTextCharFormat& charFormat) {
        QTextListFormat listFormat;
        listFormat.setStyle(QTextListFormat::ListDecimal);
        listFormat.setIndent(1);
        QTextList* list = nullptr;
        for (const QString& item : items) {
            startBlock(paragraphFormat(2), charFormat);
            if (!list)
                list = m_cursor.createList(listFormat);
            else
                list->add(m_cursor.block());
            m_cursor.insertText(item, charFormat);
        }
    }

    /// A one-cell shaded or bordered box holding the paragraphs `fill` writes.
    template <typename Fill> void box(const QColor& background, double border, Fill fill) {
        QTextTable* t = table(1, {}, {100.0}, false);
        QTextTableFormat format = t->format();
        format.setCellPadding(kCellPadding * 2);
        if (border > 0) { // a one-cell table's frame border draws the box
            format.setBorder(border);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderBrush(kRule);
        }
        t->setFormat(format);
        if (background.isValid()) {
            QTextTableCellFormat cellFormat;
            cellFormat.setBackground(background);
            t->cellAt(0, 0).setFormat(cellFormat);
        }
        QTextCursor saved = m_cursor;
        const bool savedReuse = m_reuseBlock;
        m_cursor = t->cellAt(0, 0).firstCursorPosition();
        m_reuseBlock = true;
        fill();
        m_cursor = saved;
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = savedReuse;
    }

private:
    QTextCursor m_cursor;
    const Fonts& m_fonts;
    bool m_reuseBlock = true;      ///< the cursor's block is empty and unused: fill it rather than add one
    bool m_atDocumentStart = true; ///< nothing written yet: a heading here needs no page break
};

int pageOf(const QTextDocument& doc, const QTextBlock& block, double pageHeight) {
    const double top = doc.documentLayout()->blockBoundingRect(block).top();
    return std::max(0, int((top + 1) / pageHeight));
}

/// A numbered section of the report and the page (0-based, whole report) it starts on.
struct Section {
    QString title;
    int page = 0;
};

/// Everything needed to paint the pages; the documents lay out against the writer they will be drawn on.
struct ReportLayout {
    Geometry geometry;
    std::unique_ptr<QTextDocument> cover;
    std::unique_ptr<QTextDocument> summary;
    std::unique_ptr<QTextDocument> timeline;
    std::unique_ptr<QTextDocument> timelineHeader; ///< the header row painted atop timeline pages 2..n; may be null
    std::unique_ptr<QTextDocument> body;
    double timelineHeaderHeight = 0;
    int coverPages = 0;
    int summaryPages = 0;
    int timelinePages = 0;
    int bodyPages = 0;
    int chartPage = 0;
    int pageCount = 0;
    std::vector<Section> sections;

    int timelineStart() const { return chartPage + 1; }
    int bodyStart() const { return timelineStart() + timelinePages; }
};

QString bates(const ProductionReport& report, int pageIndex) {
    return formatBatesNumber(report.batesPrefix, report.firstBatesNumber + pageIndex, report.batesDigits);
}

QString groupedDigest(const QString& sha256) {
    if (sha256.size() != 64)
        return sha256;
    QStringList groups;
    for (int i = 0; i < 64; i += 16)
        groups << sha256.mid(i, 16);
    return groups.join(QChar(QChar::LineSeparator));
}

void buildSummary(QTextDocument* doc, const ProductionReport& report, const Fonts& fonts) {
    DocumentBuilder b(doc, fonts);
    b.heading(Tr::tr("1. Summary"), false);
    if (report.summary.isEmpty())
        b.paragraph(Tr::tr("No summary was written for this production."), b.chars(kBodyPt, false, kMuted));
    for (const QString& paragraph : report.summary)
        b.paragraph(paragraph, b.chars());
    b.space(6);
    b.paragraph(Tr::tr("About this report"), b.chars(kBodyPt, true));
    b.paragraph(Tr::tr("Every page of this report carries its Bates number at the bottom right. The exhibits are "
                       "produced as received, as native files, each under the Bates numbers listed in the exhibit "
                       "index; their SHA-256 digests let anyone check that a file is the one listed. Times are shown "
                       "in %1.")
                    .arg(orNotRecorded(report.displayZone)),
                b.chars(kSmallPt));
}

const QVector<double>& timelineColumnWidths() {
    static const QVector<double> widths = {20, 7, 9, 11, 11, 31, 11};
    return widths;
}

/// The timeline table's header row as a table of its own (no margins), in the document `b` writes.
void addTimelineHeader(DocumentBuilder& b) {
    QTextTable* header = b.table(0,
                                 {Tr::tr("When"), Tr::tr("Kind"), Tr::tr("Category"), Tr::tr("Actors"),
                                  Tr::tr("Others"), Tr::tr("Summary"), Tr::tr("Exhibit")},
                                 timelineColumnWidths(), false);
    QTextTableFormat format = header->format();
    format.setHeaderRowCount(0); // repeated above continuation pages by paintPage, not by Qt
    format.setTopMargin(0);
    format.setBottomMargin(0);
    header->setFormat(format);
}

/**
 * Section 3, the timeline table, as consecutive tables: one per group of rows starting at `groupStarts` (ascending,
 * first 0). With `pageBreaks`, every group after the first starts a new page. Returns the tables, one per group.
 *
 * Why groups: Qt lays out and paints one long paginated table in quadratic time (10,000 rows took over 15 s,
 * 20,000 rows over a minute); and left to itself it splits rows across pages line by line. See layOutTimeline.
 */
std::vector<QTextTable*> buildTimeline(QTextDocument* doc, const ProductionReport& report, const Fonts& fonts,
                                       const std::vector<qint64>& groupStarts, bool pageBreaks) {
    std::vector<QTextTable*> tables;
    DocumentBuilder b(doc, fonts);
    const QTextCharFormat cell = b.chars(kTablePt);
    b.heading(Tr::tr("3. Timeline"), false);
    const qint64 rows = report.timeline.size();
    b.paragraph(Tr::tr("%1. Times are shown in %2; \"on or about\" marks a time known only approximately. A record "
                       "is one row of an exhibit as received; an event is the investigator's account of what "
                       "happened, linked to the exhibits that support it. The Exhibit column gives the exhibit's "
                       "Bates number.")
                    .arg(rows == 1 ? Tr::tr("1 entry") : Tr::tr("%1 entries").arg(english().toString(rows)),
                         orNotRecorded(report.displayZone)),
                b.chars(kSmallPt, false, kMuted));
    if (report.timeline.isEmpty()) {
        b.paragraph(Tr::tr("No timeline entries."), b.chars());
        return tables;
    }
    addTimelineHeader(b);
    for (std::size_t g = 0; g < groupStarts.size(); ++g) {
        const qint64 first = groupStarts[g];
        const qint64 end = g + 1 < groupStarts.size() ? groupStarts[g + 1] : rows;
        const int count = int(end - first);
        QTextTable* t = b.table(count, {}, timelineColumnWidths(), false);
        QTextTableFormat format = t->format();
        format.setTopMargin(0);
        format.setBottomMargin(0);
        if (pageBreaks && g > 0)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        t->setFormat(format);
        for (int r = 0; r < count; ++r) {
            const qint64 index = first + r;
            const ReportTimelineRow& row = report.timeline[index];
            if (index % 2 == 1)
                DocumentBuilder::shadeRow(t, r, kZebraFill);
            DocumentBuilder::setCell(t, r, 0, row.when, cell);
            DocumentBuilder::setCell(t, r, 1, row.kind, cell);
            DocumentBuilder::setCell(t, r, 2, row.category, cell);
            DocumentBuilder::setCell(t, r, 3, row.actors, cell);
            DocumentBuilder::setCell(t, r, 4, row.others, cell);
            DocumentBuilder::setCell(t, r, 5, row.summary, cell);
            DocumentBuilder::setCell(t, r, 6, row.exhibit, cell);
        }
        tables.push_back(t);
    }
    b.finish();
    return tables;
}

/**
 * A key for the timeline's row packing: every cell of every row with each digit written as 0 (Bates and other numbers
 * of the same width lay out alike: DejaVu Sans has tabular digits, and the page count never depends on the Bates
 * numbers), and the page geometry and fonts.
 */
QByteArray packingKey(const ProductionReport& report, double width, double pageHeight, const Fonts& fonts) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString& text) {
        QString t = text;
        for (QChar& ch : t)
            if (ch.isDigit())
                ch = QLatin1Char('0');
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(t.constData()), t.size() * 2));
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(QStringLiteral("%1 %2 %3 %4 %5").arg(width).arg(pageHeight).arg(fonts.sans, fonts.mono, report.displayZone));
    for (const ReportTimelineRow& row : report.timeline) {
        add(row.when);
        add(row.kind);
        add(row.category);
        add(row.actors);
        add(row.others);
        add(row.summary);
        add(row.exhibit);
    }
    return hash.result();
}

/**
 * Lays out the timeline section into pages `pageHeight` tall so that no row is split across a page unless it is
 * taller than a page by itself: first an unpaginated measuring pass (in groups of 100 rows, which keeps Qt's layout
 * linear) gives every row's height; rows are then packed greedily into pages, and each page's rows become one table
 * that starts a new page. The header row is painted above every continuation page by the page painter.
 */
std::unique_ptr<QTextDocument> layOutTimeline(const ProductionReport& report, QPaintDevice* device, double width,
                                              double pageHeight, const Fonts& fonts, TimelinePacking* packing) {
    const qint64 rows = report.timeline.size();
    std::vector<qint64> groups;
    // The measuring pass is the costly half; the builder lays the same rows out twice (count, then render with the
    // final Bates numbers), and numbers of the same width wrap alike, so a packing of the same rows is reused.
    const QByteArray key = packingKey(report, width, pageHeight, fonts);
    if (rows > 0 && packing && packing->key == key) {
        groups = packing->groups;
    } else if (rows > 0) {
        constexpr qint64 kMeasureGroup = 100;
        std::vector<qint64> measureGroups;
        for (qint64 first = 0; first < rows; first += kMeasureGroup)
            measureGroups.push_back(first);
        auto measure = newDocument(device, width, -1, fonts); // unpaginated
        const std::vector<QTextTable*> tables = buildTimeline(measure.get(), report, fonts, measureGroups, false);
        QAbstractTextDocumentLayout* layout = measure->documentLayout();
        measure->size(); // lays the document out

        // Row tops, from the first block of each row's first cell; a table's bottom closes its last row.
        std::vector<double> heights;
        heights.reserve(std::size_t(rows));
        double firstTop = 0;
        for (QTextTable* t : tables) {
            const QRectF frame = layout->frameBoundingRect(t);
            const double inset =
                layout->blockBoundingRect(t->cellAt(0, 0).firstCursorPosition().block()).top() - frame.top();
            if (t == tables.front())
                firstTop = frame.top();
            double previous = frame.top();
            for (int r = 1; r < t->rows(); ++r) {
                const double top =
                    layout->blockBoundingRect(t->cellAt(r, 0).firstCursorPosition().block()).top() - inset;
                heights.push_back(top - previous);
                previous = top;
            }
            heights.push_back(frame.bottom() - previous);
        }

        // Greedy packing; a little slack for the tiny block between tables and for rounding. A row taller than a
        // page is split by Qt in any case: it follows on where it is, and the next row starts a new page.
        const double slack = 0.03 * kResolution;
        const double fullPage = pageHeight - slack;
        double room = pageHeight - firstTop - slack;
        double used = 0;
        bool afterTallRow = false;
        groups.push_back(0);
        for (qint64 i = 0; i < rows; ++i) {
            const double h = heights[std::size_t(i)];
            const bool tall = h > fullPage;
            if (afterTallRow || (used > 0 && used + h > room && !tall)) {
                groups.push_back(i);
                room = fullPage;
                used = 0;
            }
            used += h;
            afterTallRow = tall;
        }
        if (packing) {
            packing->key = key;
            packing->groups = groups;
        }
    }
    auto doc = newDocument(device, width, pageHeight, fonts);
    buildTimeline(doc.get(), report, fonts, groups, true);
    return doc;
}

/// Builds the flowing sections after the timeline; returns the heading blocks, in section order.
std::vector<std::pair<QString, QTextBlock>> buildBody(QTextDocument* doc, const ProductionReport& report,
                                                      const Fonts& fonts) {
    std::vector<std::pair<QString, QTextBlock>> headings;
    DocumentBuilder b(doc, fonts);
    const QTextCharFormat cell = b.chars(kTablePt);
    const QTextCharFormat note = b.chars(kSmallPt, false, kMuted);

    // 4. People (section 3, the timeline, is its own document: see buildTimeline)
    QString title = Tr::tr("4. People");
    headings.emplace_back(title, b.heading(title, false));
    b.paragraph(Tr::tr("Victims appear by pseudonym, as does every minor or person of unknown age who is a victim or "
                       "witness. Identifiers counts the phone numbers, e-mail addresses, handles and other "
                       "identifiers linked to the person in the case file."),
                note);
    if (report.people.isEmpty()) {
        b.paragraph(Tr::tr("No people are listed in this production."), b.chars());
    } else {
        QTextTable* t = b.table(int(report.people.size()), {Tr::tr("Person"), Tr::tr("Roles"), Tr::tr("Identifiers")},
                                {30, 55, 15}, true, kSmallPt);
        const QTextCharFormat peopleCell = b.chars(kSmallPt);
        for (int r = 0; r < report.people.size(); ++r) {
            const ReportPerson& person = report.people[r];
            DocumentBuilder::setCell(t, r + 1, 0, person.label, peopleCell);
            DocumentBuilder::setCell(t, r + 1, 1, person.roles.join(QStringLiteral(", ")), peopleCell);
            DocumentBuilder::setCell(t, r + 1, 2, english().toString(person.identifierCount), peopleCell);
        }
    }

    // 5. Exhibit index
    title = Tr::tr("5. Exhibit index");
    headings.emplace_back(title, b.heading(title, true));
    b.paragraph(Tr::tr("Each exhibit is produced as received, as a native file, under the Bates numbers shown. "
                       "SHA-256 digests are printed in four groups of 16 hexadecimal digits; the same digests appear "
                       "unbroken under Chain of custody and in the production's SHA256SUMS file."),
                note);
    if (report.exhibits.isEmpty()) {
        b.paragraph(Tr::tr("No exhibits are listed in this production."), b.chars());
    } else {
        QTextTable* t =
            b.table(int(report.exhibits.size()),
                    {Tr::tr("Bates range"), Tr::tr("Kind"), Tr::tr("Title"), Tr::tr("Provenance"),
                     Tr::tr("Authentication"), Tr::tr("SHA-256"), Tr::tr("Size (bytes)"), Tr::tr("Records")},
                    {12, 9, 14, 17, 14, 16, 10, 8});
        const QTextCharFormat digest = b.mono(kTablePt);
        for (int r = 0; r < report.exhibits.size(); ++r) {
            const ReportExhibit& exhibit = report.exhibits[r];
            const QString range =
                exhibit.batesEnd.isEmpty() || exhibit.batesEnd == exhibit.batesBegin
                    ? exhibit.batesBegin
                    : exhibit.batesBegin + QStringLiteral(" –") + QChar(QChar::LineSeparator) + exhibit.batesEnd;
            const int tableRow = r + 1;
            DocumentBuilder::setCell(t, tableRow, 0, range, cell);
            DocumentBuilder::setCell(t, tableRow, 1, exhibit.kind, cell);
            QString titleText = exhibit.title;
            if (!exhibit.sealed.isEmpty())
                titleText += QChar(QChar::LineSeparator) + Tr::tr("SEALED: %1").arg(exhibit.sealed);
            if (exhibit.producedIn)
                titleText += QChar(QChar::LineSeparator) +
                             Tr::tr("CHANGED since production %1; native produced there").arg(exhibit.producedIn);
            DocumentBuilder::setCell(t, tableRow, 2, titleText, cell);
            DocumentBuilder::setCell(t, tableRow, 3, exhibit.provenance, cell);
            DocumentBuilder::setCell(t, tableRow, 4, orNotRecorded(exhibit.authentication), cell);
            DocumentBuilder::setCell(t, tableRow, 5, groupedDigest(exhibit.sha256), digest);
            DocumentBuilder::setCell(t, tableRow, 6, english().toString(exhibit.sizeBytes), cell);
            DocumentBuilder::setCell(t, tableRow, 7, english().toString(exhibit.recordCount), cell);
        }
    }

    // 6. Chain of custody
    title = Tr::tr("6. Chain of custody");
    headings.emplace_back(title, b.heading(title, true));
    b.paragraph(Tr::tr("For each exhibit, the custody entries recorded in the case file, oldest first. Times are shown "
                       "in %1.")
                    .arg(orNotRecorded(report.displayZone)),
                note);
    if (report.exhibits.isEmpty())
        b.paragraph(Tr::tr("No exhibits are listed in this production."), b.chars());
    for (const ReportExhibit& exhibit : report.exhibits) {
        const QString range = exhibit.batesEnd.isEmpty() || exhibit.batesEnd == exhibit.batesBegin
                                  ? exhibit.batesBegin
                                  : exhibit.batesBegin + QStringLiteral(" – ") + exhibit.batesEnd;
        QTextBlockFormat exhibitHeading = DocumentBuilder::paragraphFormat(2);
        exhibitHeading.setTopMargin(8);
        b.paragraph(range + QStringLiteral("  ") + exhibit.title, b.chars(kBodyPt, true), exhibitHeading);
        if (exhibit.producedIn)
            b.paragraph(changedSince(exhibit), note);
        b.labelledParagraph(Tr::tr("Native file: "),
                            Tr::tr("%1, %2 bytes, %3 records")
                                .arg(orNotRecorded(exhibit.nativePath), english().toString(exhibit.sizeBytes),
                                     english().toString(exhibit.recordCount)),
                            b.chars(kSmallPt), DocumentBuilder::paragraphFormat(1));
        // the digest unbroken and in monospace, so it can be read and copied whole
        const QTextCharFormat digest = b.mono(kSmallPt);
        b.labelledParagraph(Tr::tr("SHA-256: "), orNotRecorded(exhibit.sha256), b.chars(kSmallPt),
                            DocumentBuilder::paragraphFormat(4), &digest);
        if (exhibit.custody.isEmpty())
            b.paragraph(Tr::tr("No custody entries recorded for this exhibit."), note);
        else
            b.numberedList(exhibit.custody, b.chars(kSmallPt));
    }

    // 7. Disclosure register (Brady, Jencks, Giglio)
    title = Tr::tr("7. Disclosure register");
    headings.emplace_back(title, b.heading(title, true));
    b.paragraph(Tr::tr("What this production discloses as potentially favourable to the defence (Brady), as prior "
                       "statements of a witness or of a person who was trafficked (Jencks), and as benefits or "
                       "promises to a victim or witness (Giglio), each with its Bates number. Times are shown in %1.")
                    .arg(orNotRecorded(report.displayZone)),
                note);
    auto registerTable = [&](const QString& heading, const QString& empty, const QVector<ReportDisclosureRow>& rows,
                             const QStringList& headers) {
        QTextBlockFormat sub = DocumentBuilder::paragraphFormat(2);
        sub.setTopMargin(8);
        b.paragraph(heading, b.chars(kBodyPt, true), sub);
        if (rows.isEmpty()) {
            b.paragraph(empty, note);
            return;
        }
        QTextTable* t = b.table(int(rows.size()), headers, {16, 48, 20, 16}, true, kSmallPt);
        for (int r = 0; r < rows.size(); ++r) {
            DocumentBuilder::setCell(t, r + 1, 0, rows[r].person, cell);
            DocumentBuilder::setCell(t, r + 1, 1, rows[r].what, cell);
            DocumentBuilder::setCell(t, r + 1, 2, rows[r].when, cell);
            DocumentBuilder::setCell(t, r + 1, 3, rows[r].reference, cell);
        }
    };
    registerTable(Tr::tr("Brady — potentially favourable to the defence"),
                  Tr::tr("No exhibit is linked as contradicting an event, and no record was flagged on import."),
                  report.brady, {Tr::tr("People"), Tr::tr("Item"), Tr::tr("When"), Tr::tr("Bates")});
    registerTable(Tr::tr("Jencks — prior statements, by person"),
                  Tr::tr("No statement of a witness or of a person who was trafficked is in this production."),
                  report.jencks, {Tr::tr("Person"), Tr::tr("Statement"), Tr::tr("Date"), Tr::tr("Bates or place")});
    registerTable(Tr::tr("Giglio — benefits and promises"),
                  report.giglioNote.isEmpty() ? Tr::tr("No benefit or promise is recorded.") : report.giglioNote,
                  report.giglio, {Tr::tr("Person"), Tr::tr("Benefit or promise"), Tr::tr("Date"), Tr::tr("Bates")});
    if (!report.giglio.isEmpty() && !report.giglioNote.isEmpty())
        b.paragraph(report.giglioNote, note);

    // 8. Certificate of completeness
    title = Tr::tr("8. Certificate of completeness");
    headings.emplace_back(title, b.heading(title, true));
    const QTextCharFormat text = b.chars();
    b.paragraph(Tr::tr("I certify that this production is complete as delivered: it consists of this report and of "
                       "every file listed in its manifest (manifest.json), and its pages and files are numbered "
                       "consecutively from the first to the last Bates number below. Material produced later in "
                       "this case continues from the number after the last one."),
                text);
    b.space(4);
    // One number per line, so the width of a number never changes how the page flows.
    b.labelledParagraph(Tr::tr("Case: "), report.caseNumber + QStringLiteral(" — ") + report.caseTitle, text);
    b.labelledParagraph(
        Tr::tr("Production: "),
        report.productionNumber + QStringLiteral(" (") + orNotRecorded(report.designation) + QLatin1Char(')'), text);
    b.labelledParagraph(Tr::tr("First Bates number: "), bates(report, 0), text);
    b.labelledParagraph(Tr::tr("Last Bates number: "),
                        report.lastBatesNumber.isEmpty() ? QStringLiteral("____________") : report.lastBatesNumber,
                        text);
    b.space(24);
    QTextBlockFormat line = DocumentBuilder::paragraphFormat(22);
    const QString blank = QStringLiteral("______________________________________________");
    b.labelledParagraph(Tr::tr("Signature:  "), blank, text, line);
    b.labelledParagraph(Tr::tr("Printed name:  "), blank, text, line);
    b.labelledParagraph(Tr::tr("Title and agency:  "), blank, text, line);
    b.labelledParagraph(Tr::tr("Date:  "), QStringLiteral("______________________"), text, line);
    return headings;
}

void buildCover(QTextDocument* doc, const ProductionReport& report, const Fonts& fonts,
                const std::vector<Section>& sections, int pageCount) {
    DocumentBuilder b(doc, fonts);
    b.box(QColor(), 1.5, [&] {
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        b.paragraph(orNotRecorded(report.designation), b.chars(12, true), centred);
    });
    b.space(10);
    b.paragraph(Tr::tr("Discovery production"), b.chars(24, true), DocumentBuilder::paragraphFormat(4));
    b.paragraph(report.caseTitle, b.chars(15), DocumentBuilder::paragraphFormat(14));

    const QStringList labels = {
        Tr::tr("Case number"),       Tr::tr("Agency"),      Tr::tr("Investigator"),
        Tr::tr("Production number"), Tr::tr("Designation"), Tr::tr("Generated"),
        Tr::tr("Times shown in"),    Tr::tr("This report"), Tr::tr("Last Bates number of this production")};
    const QStringList values = {
        orNotRecorded(report.caseNumber),
        orNotRecorded(report.agency),
        orNotRecorded(report.investigator),
        orNotRecorded(report.productionNumber),
        orNotRecorded(report.designation),
        orNotRecorded(report.generatedAt),
        orNotRecorded(report.displayZone),
        Tr::tr("%1 pages, %2 to %3").arg(pageCount).arg(bates(report, 0), bates(report, pageCount - 1)),
        orNotRecorded(report.lastBatesNumber)};
    QTextTable* facts = b.table(int(labels.size()), {}, {34, 66}, false);
    for (int r = 0; r < labels.size(); ++r) {
        DocumentBuilder::setCell(facts, r, 0, labels[r], b.chars(kBodyPt, true));
        DocumentBuilder::setCell(facts, r, 1, values[r], b.chars(kBodyPt));
    }

    b.paragraph(Tr::tr("Integrity seal"), b.chars(11, true), DocumentBuilder::paragraphFormat(3));
    b.labelledParagraph(Tr::tr("Seal key fingerprint (SHA-256): "), QString(), b.chars(kSmallPt),
                        DocumentBuilder::paragraphFormat(2));
    b.paragraph(orNotRecorded(report.sealFingerprint), b.mono(9), DocumentBuilder::paragraphFormat(4));
    b.paragraph(Tr::tr("The production's manifest.json is sealed with this case's Ed25519 key. The seal is an "
                       "integrity seal, not a person's signature: it shows that the files listed in the manifest "
                       "have not changed since the production was made. Check it with \"tessera-cli verify-packet\" "
                       "(or with OpenSSL) against the fingerprint above. The signed certificate of completeness is "
                       "the last page of this report."),
                b.chars(kSmallPt), DocumentBuilder::paragraphFormat(10));

    b.box(kNoteFill, 0, [&] {
        b.labelledParagraph(Tr::tr("Victims appear by pseudonym. "),
                            Tr::tr("Every victim, and every minor or person of unknown age who is a victim or "
                                   "witness, is named in this production only by a pseudonym such as V-1; their "
                                   "names, dates of birth and contact details are left out of this report. The key "
                                   "that links pseudonyms to identities is given to the prosecutor separately and is "
                                   "not part of this production."),
                            b.chars(kSmallPt), DocumentBuilder::paragraphFormat(0));
    });

    b.paragraph(Tr::tr("Contents"), b.chars(11, true), DocumentBuilder::paragraphFormat(3));
    QTextTable* contents = b.table(int(sections.size()), {Tr::tr("Section"), Tr::tr("Page"), Tr::tr("Bates number")},
                                   {60, 15, 25}, true, kSmallPt);
    for (int r = 0; r < int(sections.size()); ++r) {
        const Section& section = sections[std::size_t(r)];
        DocumentBuilder::setCell(contents, r + 1, 0, section.title, b.chars(kSmallPt));
        DocumentBuilder::setCell(contents, r + 1, 1, QString::number(section.page + 1), b.chars(kSmallPt));
        DocumentBuilder::setCell(contents, r + 1, 2, bates(report, section.page), b.chars(kSmallPt));
    }
}

/// Lays out every document against `writer` and numbers the pages. Deterministic; independent of Bates numbers.
void layOut(const ProductionReport& report, QPdfWriter& writer, const Fonts& fonts, ReportLayout* layout,
            TimelinePacking* packing) {
    const Geometry g = geometryOf(writer);
    layout->geometry = g;
    const double pageHeight = g.bodyHeight();

    layout->summary = newDocument(&writer, g.width, pageHeight, fonts);
    buildSummary(layout->summary.get(), report, fonts);
    layout->summaryPages = layout->summary->pageCount();

    if (!report.timeline.isEmpty()) {
        layout->timelineHeader = newDocument(&writer, g.width, -1, fonts); // unpaginated
        {
            DocumentBuilder b(layout->timelineHeader.get(), fonts);
            addTimelineHeader(b);
            b.finish();
        }
        layout->timelineHeaderHeight = layout->timelineHeader->size().height();
    }
    layout->timeline =
        layOutTimeline(report, &writer, g.width, pageHeight - layout->timelineHeaderHeight, fonts, packing);
    layout->timelinePages = layout->timeline->pageCount();

    layout->body = newDocument(&writer, g.width, pageHeight, fonts);
    const auto headings = buildBody(layout->body.get(), report, fonts);
    layout->bodyPages = layout->body->pageCount();

    // The cover lists the sections' pages, which depend on how many pages the cover takes: normally one.
    for (int assumedCoverPages = 1;; ++assumedCoverPages) {
        layout->coverPages = assumedCoverPages;
        layout->chartPage = assumedCoverPages + layout->summaryPages;
        layout->pageCount = layout->bodyStart() + layout->bodyPages;
        layout->sections.clear();
        layout->sections.push_back({Tr::tr("1. Summary"), assumedCoverPages});
        layout->sections.push_back({Tr::tr("2. Offender timeline chart"), layout->chartPage});
        layout->sections.push_back({Tr::tr("3. Timeline"), layout->timelineStart()});
        for (const auto& [title, block] : headings)
            layout->sections.push_back({title, layout->bodyStart() + pageOf(*layout->body, block, pageHeight)});
        layout->cover = newDocument(&writer, g.width, pageHeight, fonts);
        buildCover(layout->cover.get(), report, fonts, layout->sections, layout->pageCount);
        const int actual = layout->cover->pageCount();
        if (actual <= assumedCoverPages || assumedCoverPages >= 8) {
            // A cover that came out shorter than assumed keeps its assumed length (blank page), so the numbers
            // printed on it stay true.
            layout->coverPages = assumedCoverPages;
            break;
        }
    }
}

/// Paints page `pageInDocument` of `doc` (pages `doc.pageSize().height()` tall) with its top at `top`.
void paintDocumentPage(QPainter& p, QTextDocument& doc, int pageInDocument, const Geometry& g, double top) {
    if (pageInDocument >= doc.pageCount())
        return;
    const double h = doc.pageSize().height();
    p.save();
    p.translate(0, top - pageInDocument * h);
    doc.drawContents(&p, QRectF(0, pageInDocument * h, g.width, h));
    p.restore();
}

void paintHeaderAndFooter(QPainter& p, const ProductionReport& report, const Geometry& g, const Fonts& fonts,
                          int pageIndex, int pageCount) {
    p.save();
    const double rule = std::max(1.0, g.inch() / 150);
    if (pageIndex > 0) { // the cover carries all of this already
        const QFont headerFont = font(fonts.sans, 7.5);
        const QFontMetricsF fm(headerFont, p.device());
        p.setFont(headerFont);
        p.setPen(kMuted);
        const QString right = Tr::tr("Discovery production %1").arg(report.productionNumber);
        const double rightWidth = fm.horizontalAdvance(right);
        const QString left = report.caseNumber.isEmpty()
                                 ? report.caseTitle
                                 : Tr::tr("Case %1 — %2").arg(report.caseNumber, report.caseTitle);
        const QRectF band(0, 0, g.width, g.headerHeight - 0.12 * g.inch());
        p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
        p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(left, Qt::ElideRight, g.width - rightWidth - 0.3 * g.inch()));
        p.setPen(QPen(kRule, rule));
        p.drawLine(QPointF(0, band.bottom()), QPointF(g.width, band.bottom()));
    }

    const double lineY = g.footerTop() + 0.1 * g.inch();
    p.setPen(QPen(kRule, rule));
    p.drawLine(QPointF(0, lineY), QPointF(g.width, lineY));
    const QRectF band(0, lineY + 0.04 * g.inch(), g.width, g.height - lineY - 0.04 * g.inch());

    const QFont batesFont = font(fonts.sans, kBatesPt, true);
    const QFont footerFont = font(fonts.sans, kFooterPt);
    const QFontMetricsF batesFm(batesFont, p.device());
    const QFontMetricsF footerFm(footerFont, p.device());
    const QString batesNumber = bates(report, pageIndex);
    const QString page = Tr::tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount);

    p.setPen(kInk);
    p.setFont(batesFont);
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, batesNumber);
    p.setFont(footerFont);
    p.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, page);
    const double centreLeft = (g.width - footerFm.horizontalAdvance(page)) / 2;
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
               footerFm.elidedText(orNotRecorded(report.designation), Qt::ElideRight, centreLeft - 0.2 * g.inch()));
    p.restore();
}

/// Lays out a block of plain text `width` wide; used on the chart page.
std::unique_ptr<QTextDocument> textBlock(QPaintDevice* device, double width, const Fonts& fonts, const QString& heading,
                                         const QStringList& lines) {
    auto doc = newDocument(device, width, -1, fonts); // unpaginated
    DocumentBuilder b(doc.get(), fonts);
    if (!heading.isEmpty())
        b.paragraph(heading, b.chars(kSmallPt, true), DocumentBuilder::paragraphFormat(2));
    for (const QString& line : lines)
        b.paragraph(line, b.chars(kSmallPt), DocumentBuilder::paragraphFormat(2));
    return doc;
}

void paintChartPage(QPainter& p, const ProductionReport& report, const Geometry& g, const Fonts& fonts) {
    QPaintDevice* device = p.device();
    double y = g.bodyTop();

    const QFont headingFont = font(fonts.sans, kHeadingPt, true);
    const QFontMetricsF headingFm(headingFont, device);
    p.save();
    p.setFont(headingFont);
    p.setPen(kInk);
    p.drawText(QRectF(0, y, g.width, headingFm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               Tr::tr("2. Offender timeline chart"));
    p.restore();
    y += headingFm.height() + 0.12 * g.inch();

    auto intro = textBlock(device, g.width, fonts, QString(),
                           {Tr::tr("Each row is one person; victims appear by pseudonym. Bars show how many records "
                                   "fall in each stretch of time: the taller and darker the bar, the more records. "
                                   "Diamonds mark events. Every record and event is listed in the timeline table "
                                   "(section 3).")});
    p.save();
    p.translate(0, y);
    intro->drawContents(&p, QRectF(0, 0, g.width, intro->size().height()));
    p.restore();
    y += intro->size().height() + 0.12 * g.inch();

    const double bottom = g.bodyTop() + g.bodyHeight();
    const QFont chartFont = font(fonts.sans, kChartPt);
    const double preferred = TimelineChartPainter::preferredHeight(report.chart, chartFont, device, g.width);
    const QStringList description = TimelineChartPainter::textAlternative(report.chart).split(QLatin1Char('\n'));
    const QString describedAs = Tr::tr("The chart in words");

    // The chart gets what it needs up to three quarters of the room left; the description takes the rest.
    const double room = bottom - y;
    const double chartHeight = std::min(preferred, 0.75 * room);
    TimelineChartPainter::paint(p, QRectF(0, y, g.width, chartHeight), report.chart, chartFont);
    y += chartHeight + 0.2 * g.inch();

    // Keep as many description lines as fit, saying how many were left out.
    const double textRoom = bottom - y;
    int kept = int(description.size());
    auto make = [&](int n) {
        QStringList lines = description.mid(0, n);
        if (n < description.size())
            lines << Tr::tr("… and %1 more lines; the timeline table lists every record and event.")
                         .arg(description.size() - n);
        return textBlock(device, g.width, fonts, describedAs, lines);
    };
    auto text = make(kept);
    if (text->size().height() > textRoom) {
        int lo = 0;
        int hi = kept - 1;
        while (lo < hi) { // largest n that fits
            const int mid = (lo + hi + 1) / 2;
            if (make(mid)->size().height() <= textRoom)
                lo = mid;
            else
                hi = mid - 1;
        }
        kept = lo;
        text = make(kept);
    }
    if (text->size().height() <= textRoom) {
        p.save();
        p.translate(0, y);
        text->drawContents(&p, QRectF(0, 0, g.width, text->size().height()));
        p.restore();
    }
}

void paintPage(QPainter& p, const ProductionReport& report, ReportLayout& layout, const Fonts& fonts, int page) {
    const Geometry& g = layout.geometry;
    if (page < layout.coverPages) {
        paintDocumentPage(p, *layout.cover, page, g, g.bodyTop());
    } else if (page < layout.chartPage) {
        paintDocumentPage(p, *layout.summary, page - layout.coverPages, g, g.bodyTop());
    } else if (page == layout.chartPage) {
        paintChartPage(p, report, g, fonts);
    } else if (page < layout.bodyStart()) {
        const int pageInTimeline = page - layout.timelineStart();
        double top = g.bodyTop();
        if (pageInTimeline > 0 && layout.timelineHeader) { // the header row, repeated on every continuation page
            p.save();
            p.translate(0, top);
            layout.timelineHeader->drawContents(&p, QRectF(0, 0, g.width, layout.timelineHeaderHeight));
            p.restore();
            top += layout.timelineHeaderHeight;
        }
        paintDocumentPage(p, *layout.timeline, pageInTimeline, g, top);
    } else {
        paintDocumentPage(p, *layout.body, page - layout.bodyStart(), g, g.bodyTop());
    }
    paintHeaderAndFooter(p, report, g, fonts, page, layout.pageCount);
}

} // namespace

int ReportPdfRenderer::countPages(const ProductionReport& report, QString* error) const {
    QString ignored;
    QString* err = error ? error : &ignored;
    Fonts fonts;
    if (!resolveFonts(&fonts, err))
        return -1;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    setUpWriter(writer, report);
    ReportLayout layout;
    layOut(report, writer, fonts, &layout, &m_packing);
    return layout.pageCount;
}

int ReportPdfRenderer::render(const ProductionReport& report, const QString& pdfPath, QString* error) {
    QString ignored;
    QString* err = error ? error : &ignored;
    Fonts fonts;
    if (!resolveFonts(&fonts, err))
        return -1;

    // Drawn into memory, then finished with libqpdf (bookmarks, fixed dates and id), then saved atomically.
    QBuffer file;
    file.open(QIODevice::WriteOnly);
    int pageCount = 0;
    QVector<PdfBookmark> bookmarks;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, report);
        ReportLayout layout; // after the writer: its documents refer to it and must go first
        layOut(report, writer, fonts, &layout, &m_packing);

        QPainter painter;
        if (!painter.begin(&writer)) {
            *err = tr("cannot start drawing the PDF %1").arg(QDir::toNativeSeparators(pdfPath));
            return -1;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        for (int page = 0; page < layout.pageCount; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                *err = tr("cannot add page %1 to %2").arg(page + 1).arg(QDir::toNativeSeparators(pdfPath));
                return -1;
            }
            paintPage(painter, report, layout, fonts, page);
        }
        if (!painter.end()) {
            *err = tr("cannot finish the PDF %1").arg(QDir::toNativeSeparators(pdfPath));
            return -1;
        }
        pageCount = layout.pageCount;
        bookmarks.append({tr("Cover"), 0});
        for (const Section& section : layout.sections)
            bookmarks.append({section.title, section.page});
    }
    const QDateTime created = report.createdUtcUs > 0
                                  ? QDateTime::fromMSecsSinceEpoch(report.createdUtcUs / 1000, QTimeZone::utc())
                                  : QDateTime::currentDateTimeUtc();
    const QByteArray finished = PdfFinisher::finish(file.data(), bookmarks, created, QStringLiteral("Tessera"), err);
    if (finished.isEmpty())
        return -1;
    QSaveFile out(pdfPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(finished) != finished.size() || !out.commit()) {
        *err = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), out.errorString());
        return -1;
    }
    return pageCount;
}

} // namespace tessera
