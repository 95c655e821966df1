#pragma once

#include "packet/ProductionReport.h"

#include <QCoreApplication>

namespace tessera {

class Database;

/**
 * Builds the chart's data from the case: one lane per person with records or events (offenders and suspects
 * first, victims by pseudonym), each holding the lower bounds of the person's records (from a key-only pass, so a
 * 1,000,000-record case is one index walk per person and 8 bytes per record) and their events with category labels,
 * categories, upper bounds (uncertainty bands) and ids (selection).
 * When no one is linked yet, one "All records" lane shows the whole case. Call once per refresh, not per paint.
 */
class TimelineChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(TimelineChartBuilder)

public:
    /// Throws CaseError on storage errors.
    static TimelineChartData build(Database& db, const QString& displayZone);
};

} // namespace tessera
