#include "exporter/ExportRunner.h"

#include "render/PdfExhibitStamper.h"
#include "render/ReportPdfRenderer.h"

#include "lock/AutoLock.h"

#include <QApplication>
#include <QProgressDialog>

namespace tessera {

ExportRunner::Outcome ExportRunner::run(QWidget* parent, Case& c, const ProductionOptions& options) {
    const LongOperation running; // a lock waits until the transaction ends (issue 8 §1)
    Outcome outcome;
    QProgressDialog busy(tr("Writing the discovery production: report, exhibits, manifest and seal…"), QString(), 0, 0,
                         parent);
    busy.setObjectName(QStringLiteral("exportProgress"));
    busy.setWindowTitle(tr("Export discovery production"));
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.setCancelButton(nullptr);
    busy.show();
    // Let the dialog paint before the work blocks the event loop.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    try {
        ReportPdfRenderer renderer;
        PdfExhibitStamper stamper; // PDF exhibits: a Bates range and a stamped copy; other files: a slip sheet
        outcome.result = ProductionBuilder::build(c, options, renderer, &stamper);
        outcome.ok = true;
    } catch (const CaseError& e) {
        outcome.error = e;
    } catch (const std::exception& e) {
        outcome.error = CaseError(ErrorKind::Internal, QString::fromLocal8Bit(e.what()));
    }
    QApplication::restoreOverrideCursor();
    busy.close();
    return outcome;
}

} // namespace tessera
