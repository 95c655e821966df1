#pragma once

#include "case/CaseError.h"
#include "ingest/CallDetailRecordImporter.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace tessera {

class Case;

/**
 * Runs one import on the GUI thread (the case's SQLite connection belongs to it) behind a window-modal progress
 * dialog fed by ImportOptions::progress, which keeps the window painting with QCoreApplication::processEvents.
 * Cancel makes the progress callback return false: the importer rolls its transaction back and nothing is written.
 */
class ImportRunner {
    Q_DECLARE_TR_FUNCTIONS(ImportRunner)

public:
    /// How an import ended: imported (result), cancelled, or failed with a CaseError (nothing written).
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        ImportResult result;
        std::optional<CaseError> error;
    };

    static Outcome run(QWidget* parent, Case& c, const QString& filePath, ImportOptions options);
};

} // namespace tessera
