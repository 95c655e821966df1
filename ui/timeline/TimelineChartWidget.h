#pragma once

#include "packet/ProductionReport.h"
#include "render/TimelineChartPainter.h"
#include "timeline/ChartNavigation.h"

#include <QWidget>

namespace tessera {

/**
 * Shows the offender timeline chart on screen with the same painter as the PDF (TimelineChartPainter): one lane per
 * person, record density and event marks. The data is built once per refresh (TimelineChartBuilder), never per
 * paint. The chart's text alternative is the widget's accessible description. Zoom and the record filter go through
 * ChartNavigation (undoable navigation); Ctrl+wheel zooms; a click on an event mark (or Left/Right then Enter)
 * emits eventClicked; the table's selected events are ringed.
 */
class TimelineChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChartWidget(QWidget* parent = nullptr);

    void setChartData(const TimelineChartData& data);
    /// Zoom, filter and their undo (Back/Forward); its actions go in the View menu.
    ChartNavigation* navigation() const { return m_nav; }
    /// Rings these events (the timeline table's selection).
    void setSelectedEvents(const QVector<qint64>& eventIds);
    QVector<qint64> selectedEvents() const { return m_selected; }
    /// The event whose mark is at `pos` (widget coordinates), or 0.
    qint64 eventAt(const QPointF& pos) const;
    const TimelineChartData& chartData() const { return m_data; }
    int laneCount() const { return static_cast<int>(m_data.lanes.size()); }

    /// The height at which every lane is drawn at full size for the current width.
    int preferredHeight() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// An event mark was clicked (or chosen with Enter after Tab): select it in the table.
    void eventClicked(qint64 eventId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    TimelineChartData shown() const;

    TimelineChartData m_data;
    ChartNavigation* m_nav;
    QVector<qint64> m_selected;
    QVector<TimelineChartPainter::EventHit> m_hits;
};

} // namespace tessera
