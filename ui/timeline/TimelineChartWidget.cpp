#include "timeline/TimelineChartWidget.h"

#include "render/TimelineChartPainter.h"

#include <QPaintEvent>
#include <QPainter>
#include <cmath>

namespace tessera {

namespace {
constexpr int kMargin = 10;
}

TimelineChartWidget::TimelineChartWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Offender timeline chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setChartData({});
}

void TimelineChartWidget::setChartData(const TimelineChartData& data) {
    m_data = data;
    setAccessibleDescription(TimelineChartPainter::textAlternative(m_data));
    updateGeometry();
    update();
}

int TimelineChartWidget::preferredHeight() const {
    const double w = std::max(200, width() - 2 * kMargin);
    return static_cast<int>(std::ceil(TimelineChartPainter::preferredHeight(m_data, font(), this, w))) + 2 * kMargin;
}

QSize TimelineChartWidget::sizeHint() const {
    return {800, preferredHeight()};
}

QSize TimelineChartWidget::minimumSizeHint() const {
    return {300, 90};
}

void TimelineChartWidget::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.fillRect(event->rect(), Qt::white); // the painter's colours are chosen for paper
    TimelineChartPainter::paint(p, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin), m_data, font());
}

} // namespace tessera
