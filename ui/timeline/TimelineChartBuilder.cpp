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
        lane.recordTimesUtcUs = timeline.recordAxisTimes(filter, displayZone);
        addEvents(timeline, filter, lane, displayZone);
        if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
            data.lanes.append(lane);
    }
    if (data.lanes.isEmpty()) {
        TimelineChartLane lane;
        lane.label = tr("All records");
        lane.recordTimesUtcUs = timeline.recordAxisTimes(TimelineFilter{}, displayZone);
        addEvents(timeline, TimelineFilter{}, lane, displayZone);
        if (!lane.recordTimesUtcUs.isEmpty() || !lane.eventTimesUtcUs.isEmpty())
            data.lanes.append(lane);
    }
    return data;
}

} // namespace tessera
