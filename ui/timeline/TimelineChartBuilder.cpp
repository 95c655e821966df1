#include "timeline/TimelineChartBuilder.h"

#include "analysis/Timeline.h"
#include "model/PersonRepository.h"
#include "people/VocabularyText.h"
#include "time/TimeFormat.h"

#include <algorithm>

namespace tessera {

namespace {

void addEvents(Timeline& timeline, TimelineFilter filter, TimelineChartLane& lane, const QString& displayZone) {
    filter.layer = TimelineLayer::Events;
    timeline.scan(filter, std::nullopt, 0, [&lane, &displayZone](const TimelineItem& item) {
        lane.eventTimesUtcUs.append(displayAxisUs(timelineItemSpan(item), displayZone));
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

TimelineChartData TimelineChartBuilder::build(Database& db, const QString& displayZone,
                                              const TimelineFilter& tableFilter) {
    TimelineChartData data;
    data.displayZone = displayZone;
    // from/to are left equal: the painter takes the period from the data.
    Timeline timeline(db);
    const auto fill = [&](TimelineChartLane& lane, const TimelineFilter& filter) {
        lane.recordTimesUtcUs = timeline.recordAxisTimes(filter, displayZone);
        addEvents(timeline, filter, lane, displayZone);
        return !lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty();
    };
    QVector<Person> people = PersonRepository::list(db);
    if (tableFilter.personId != 0) { // one person chosen: the chart shows what the table shows, and nothing else
        for (const Person& p : people) {
            if (p.id != tableFilter.personId)
                continue;
            TimelineFilter filter;
            filter.personId = p.id;
            TimelineChartLane lane;
            lane.label = p.label();
            if (fill(lane, filter))
                data.lanes.append(lane);
            else
                data.emptyText = tr("No records or events for %1").arg(p.label());
        }
        return data;
    }
    std::stable_sort(people.begin(), people.end(),
                     [](const Person& a, const Person& b) { return leadsLane(a) && !leadsLane(b); });
    for (const Person& p : people) {
        TimelineFilter filter;
        filter.personId = p.id;
        TimelineChartLane lane;
        lane.label = p.label();
        if (fill(lane, filter))
            data.lanes.append(lane);
    }
    // Everything no person's lane holds, so the lanes together show every item of the "Everyone" table.
    TimelineFilter rest;
    rest.unattributedOnly = true;
    TimelineChartLane lane;
    lane.label = data.lanes.isEmpty() ? tr("All records") : tr("Unattributed records");
    if (fill(lane, rest))
        data.lanes.append(lane);
    return data;
}

} // namespace tessera
