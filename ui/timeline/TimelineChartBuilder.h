#pragma once

#include "analysis/Timeline.h"
#include "packet/ProductionReport.h"

#include <QCoreApplication>

namespace tessera {

class Database;

/**
 * Builds the chart's data from the case for the same filter as the timeline table, so chart and table show the same
 * items (found by a new-user trial: the chart showed only the 314 records linked to a person while the table listed
 * 814). With everyone shown: one lane per person with records or events (offenders and suspects first, victims by
 * pseudonym), then an "Unattributed records" lane for the records and events no person's lane holds (records whose
 * parties are attributed to no one, events naming no one); when no one is linked yet that lane is "All records".
 * With one person chosen: that person's lane alone, or no lane and the text "No records or events for <person>".
 * Each lane holds the axis times of its records (from a key-only pass, so a 1,000,000-record case is one index walk
 * per lane and 8 bytes per record) and its events with category labels, categories, upper bounds (uncertainty bands)
 * and ids (selection). Call once per refresh, not per paint.
 */
class TimelineChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(TimelineChartBuilder)

public:
    /// `filter`: the timeline table's filter (its personId; 0 = everyone). Throws CaseError on storage errors.
    static TimelineChartData build(Database& db, const QString& displayZone, const TimelineFilter& filter = {});
};

} // namespace tessera
