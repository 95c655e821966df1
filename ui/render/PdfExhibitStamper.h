#pragma once

#include "packet/ProductionReport.h"

#include <QCoreApplication>

namespace tessera {

/**
 * Bates-stamps PDF exhibits and draws slip sheets (core's ExhibitStamper). Stamps are drawn with QPdfWriter on pages
 * of the exhibit's own sizes, then laid over each page with libqpdf as a form XObject (the exhibit's content is left
 * as it is; only the stamp is added). Needs a QGuiApplication (offscreen is enough) and an installed font.
 */
class PdfExhibitStamper final : public ExhibitStamper {
    Q_DECLARE_TR_FUNCTIONS(PdfExhibitStamper)

public:
    int pdfPageCount(const QString& path) override;
    bool stampPdf(const QString& nativePath, const QString& outPath, const QString& prefix, int first, int digits,
                  const QString& designation, QString* error) override;
    bool slipSheet(const QString& outPath, const ReportExhibit& exhibit, const QString& designation,
                   QString* error) override;
};

} // namespace tessera
