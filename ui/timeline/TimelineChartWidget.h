#pragma once

#include "packet/ProductionReport.h"

#include <QWidget>

namespace tessera {

/**
 * Shows the offender timeline chart on screen with the same painter as the PDF (TimelineChartPainter): one lane per
 * person, record density and event marks. The data is built once per refresh (TimelineChartBuilder), never per
 * paint. The chart's text alternative is the widget's accessible description.
 */
class TimelineChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit TimelineChartWidget(QWidget* parent = nullptr);

    void setChartData(const TimelineChartData& data);
    const TimelineChartData& chartData() const { return m_data; }
    int laneCount() const { return static_cast<int>(m_data.lanes.size()); }

    /// The height at which every lane is drawn at full size for the current width.
    int preferredHeight() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    TimelineChartData m_data;
};

} // namespace tessera
