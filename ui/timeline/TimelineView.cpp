#include "timeline/TimelineView.h"

#include "timeline/TimelineModel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>

namespace tessera {

TimelineView::TimelineView(QWidget* parent) : QTableView(parent) {
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline of records and events"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setMinimumSectionSize(40);
    applyColumnWidths();
}

void TimelineView::applyColumnWidths() {
    const QFontMetrics fm(font());
    verticalHeader()->setDefaultSectionSize(fm.height() + 8);
    if (!model())
        return;
    QHeaderView* h = horizontalHeader();
    const int pad = fm.horizontalAdvance(QLatin1Char('M')) * 2;
    auto width = [&](const QString& sample) { return fm.horizontalAdvance(sample) + pad; };
    for (int c = 0; c < h->count(); ++c)
        h->setSectionResizeMode(c, QHeaderView::Interactive);
    h->resizeSection(TimelineModel::When, width(QStringLiteral("2014-03-02 07:13:30 EDT")));
    h->resizeSection(TimelineModel::Kind, width(QStringLiteral("Record")));
    h->resizeSection(TimelineModel::Category, width(QStringLiteral("Text message")));
    h->resizeSection(TimelineModel::Actors, width(QStringLiteral("V-10, V-11")));
    h->resizeSection(TimelineModel::Others, width(QStringLiteral("V-10, V-11")));
    h->resizeSection(TimelineModel::Flags, width(QStringLiteral("zone assumed, …")));
    h->resizeSection(TimelineModel::Exhibit, width(QStringLiteral("Carrier return")));
    h->setSectionResizeMode(TimelineModel::Summary, QHeaderView::Stretch);
    h->setStretchLastSection(false);
}

void TimelineView::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyColumnWidths();
}

} // namespace tessera
