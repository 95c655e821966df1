#pragma once

#include "case/CaseError.h"
#include "packet/ProductionBuilder.h"

#include <QCoreApplication>
#include <optional>

class QWidget;

namespace tessera {

class Case;

/**
 * Writes a discovery production on the GUI thread (the PDF renderer and the case's connection both belong to it)
 * behind a busy progress dialog, with ReportPdfRenderer drawing the report.
 */
class ExportRunner {
    Q_DECLARE_TR_FUNCTIONS(ExportRunner)

public:
    /// How a production ended: written (result) or failed with a CaseError (nothing left behind).
    struct Outcome {
        bool ok = false;
        ProductionResult result;
        std::optional<CaseError> error;
    };

    static Outcome run(QWidget* parent, Case& c, const ProductionOptions& options);
};

} // namespace tessera
