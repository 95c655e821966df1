#include "timeline/TimelineChartBuilder.h"

#include "analysis/Timeline.h"
#include "model/PersonRepository.h"
#include "people/VocabularyText.h"

#include <algorithm>

namespace tessera {

namespace {

/// Lower bounds of every record a filter keeps whose time is a date (not a placeholder), from the key-only pass (anchors with a page size of 1).
QVector<qint64> recordTimes(Timeline& timeline, TimelineFilter filter) {
    filter.layer = TimelineLayer::Records;
    filter.datedOnly = true; // a placeholder time (1901-12-13) is not a date: the table lists it, the chart does not
    qint64 total = 0;
    const QVector<TimelineKey> keys = timeline.anchors(filter, 1, &total);
    QVector<qint64> times;
    times.reserve(keys.size());
    for (const TimelineKey& k : keys)
        times.append(k.lowerUtcUs);
    return times;
}

void addEvents(Timeline& timeline, TimelineFilter filter, TimelineChartLane& lane) {
    filter.layer = TimelineLayer::Events;
    timeline.scan(filter, std::nullopt, 0, [&lane](const TimelineItem& item) {
        lane.eventTimesUtcUs.append(item.lowerUtcUs);
        lane.eventLabels.append(VocabularyText::category(item.category));
        lane.eventUpperUtcUs.append(item.upperUtcUs);
        lane.eventCategories.append(item.category);
        lane.eventIds.append(item.id);
        return true;
    });
}

bool leadsLane(const Person& p) {
    return p.roles.contains(QLatin1String("offender")) || p.roles.contains(QLatin1String("suspect"));
}

} // namespace

TimelineChartData TimelineChartBuilder::build(Database& db, const QString& displayZone) {
    TimelineChartData data;
    data.displayZone = displayZone;
    // from/to are left equal: the painter takes the period from the data.
    Timeline timeline(db);
    QVector<Person> people = PersonRepository::list(db);
    std::stable_sort(people.begin(), people.end(),
                     [](const Person& a, const Person& b) { return leadsLane(a) && !leadsLane(b); });
    for (const Person& p : people) {
        TimelineFilter filter;
        filter.personId = p.id;
        TimelineChartLane lane;
        lane.label = p.label();
        lane.recordTimesUtcUs = recordTimes(timeline, filter);
        addEvents(timeline, filter, lane);
        if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
            data.lanes.append(lane);
    }
    if (data.lanes.isEmpty()) {
        TimelineChartLane lane;
        lane.label = tr("All records");
        lane.recordTimesUtcUs = recordTimes(timeline, TimelineFilter{});
        addEvents(timeline, TimelineFilter{}, lane);
        if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
            data.lanes.append(lane);
    }
    return data;
}

} // namespace tessera
