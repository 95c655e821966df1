#include "importer/ImportRunner.h"

#include "ingest/RecordImporter.h"

#include "lock/AutoLock.h"

#include <QApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <algorithm>

namespace tessera {

ImportRunner::Outcome ImportRunner::run(QWidget* parent, Case& c, const QString& filePath, ImportOptions options) {
    const LongOperation running; // a lock waits until the transaction ends (issue 8 §1)
    Outcome outcome;
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(filePath).fileName()), tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(tr("Import records"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    progress.show();
    QCoreApplication::processEvents();

    bool cancelled = false;
    options.progress = [&progress, &cancelled](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 999)));
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    };
    QApplication::setOverrideCursor(Qt::BusyCursor);
    try {
        outcome.result = RecordImporter::run(c, filePath, options);
        outcome.ok = true;
    } catch (const CaseError& e) {
        outcome.cancelled = cancelled;
        if (!cancelled)
            outcome.error = e;
    } catch (const std::exception& e) {
        outcome.error = CaseError(ErrorKind::Internal, QString::fromLocal8Bit(e.what()));
    }
    QApplication::restoreOverrideCursor();
    progress.setValue(1000);
    progress.close();
    return outcome;
}

} // namespace tessera
