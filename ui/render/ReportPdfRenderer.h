#pragma once

#include "packet/ProductionReport.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QString>
#include <vector>

namespace tessera {

/// How the timeline table's rows were packed into pages (first row of each page), for the rows whose key it holds.
struct TimelinePacking {
    QByteArray key;
    std::vector<qint64> groups;
};

/**
 * Draws the discovery-production report (DESIGN §10, tier 1) as a US Letter PDF at 300 dpi with QPdfWriter.
 *
 * Pages, in order: cover (case, production, designation, integrity-seal fingerprint and what the seal means, the
 * pseudonym note, contents); summary; the offender timeline chart (TimelineChartPainter) with its text alternative;
 * the timeline table (header row repeated on every page); people; exhibit index (Bates range, provenance,
 * authentication, SHA-256); chain of custody per exhibit; the disclosure register (Brady, Jencks, Giglio tables);
 * certificate of completeness with blank signature and date lines. Each section is a PDF bookmark, and the file's
 * creation date is report.createdUtcUs with producer "Tessera" and no random id (PdfFinisher, libqpdf), so the same
 * report gives the same bytes. Every page has a footer: designation bottom left, "Page i of N" centred, Bates number bottom right
 * (report.firstBatesNumber + page index, report.batesDigits wide).
 *
 * Layout is deterministic: the same report gives the same pages, and the page count does not depend on
 * firstBatesNumber, so a caller can count pages first (countPages) and then render with the final numbers.
 *
 * Needs a QGuiApplication (the offscreen platform is enough) and at least one installed font; "DejaVu Sans" and
 * "DejaVu Sans Mono" (Debian: fonts-dejavu-core) are used when present, the system's default fonts otherwise.
 * Not thread-safe: call from the GUI thread.
 */
class ReportPdfRenderer final : public ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportPdfRenderer)

public:
    /**
     * Writes the report to `pdfPath` through QSaveFile: the file appears complete or not at all, and an existing
     * file is replaced only on success. Returns the page count, or -1 with `error` (if non-null) set when there is
     * no QGuiApplication, no font is installed, or the file cannot be written.
     */
    int render(const ProductionReport& report, const QString& pdfPath, QString* error) override;

    /**
     * Lays the report out exactly as render() would, without writing anything, and returns the page count
     * (-1 with `error` set on the same conditions as render(), except file errors).
     */
    int countPages(const ProductionReport& report, QString* error) const override;

private:
    /// The last timeline packing measured (countPages, then render of the same rows reuses it: the costly half).
    mutable TimelinePacking m_packing;
};

} // namespace tessera
