#include "timeline/TimelineChartWidget.h"

#include "render/TimelineChartPainter.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QWheelEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace tessera {

namespace {
constexpr int kMargin = 10;
}

TimelineChartWidget::TimelineChartWidget(QWidget* parent)
    : QWidget(parent), m_nav(new ChartNavigation([this] { return TimelineChartPainter::visiblePeriod(m_data); }, this)) {
    setFocusPolicy(Qt::StrongFocus);
    connect(m_nav, &ChartNavigation::viewChanged, this, [this] { update(); });
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Offender timeline chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setChartData({});
}

void TimelineChartWidget::setChartData(const TimelineChartData& data) {
    if (data.lanes.isEmpty())
        m_nav->reset();
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

TimelineChartData TimelineChartWidget::shown() const {
    TimelineChartData d = m_data;
    d.fromUtcUs = m_nav->view().fromUtcUs;
    d.toUtcUs = m_nav->view().toUtcUs;
    d.showRecords = m_nav->view().showRecords;
    d.selectedEventIds = m_selected;
    return d;
}

void TimelineChartWidget::setSelectedEvents(const QVector<qint64>& eventIds) {
    if (eventIds == m_selected)
        return;
    m_selected = eventIds;
    update();
}

qint64 TimelineChartWidget::eventAt(const QPointF& pos) const {
    for (const TimelineChartPainter::EventHit& h : m_hits)
        if (h.box.adjusted(-3, -3, 3, 3).contains(pos))
            return h.eventId;
    return 0;
}

void TimelineChartWidget::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.fillRect(event->rect(), Qt::white); // the painter's colours are chosen for paper
    m_hits.clear();
    TimelineChartPainter::paint(p, QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin), shown(), font(),
                                &m_hits);
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DashLine));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void TimelineChartWidget::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (const qint64 id = eventAt(event->position()))
        emit eventClicked(id);
    QWidget::mousePressEvent(event);
}

void TimelineChartWidget::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event);
        return;
    }
    m_nav->zoom(event->angleDelta().y() > 0 ? 0.5 : 2.0);
    event->accept();
}

void TimelineChartWidget::keyPressEvent(QKeyEvent* event) {
    // Left/Right move the selection from event mark to event mark (in drawing order); Enter selects it in the table.
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && !m_hits.isEmpty() &&
        event->modifiers() == Qt::NoModifier) {
        QVector<TimelineChartPainter::EventHit> order = m_hits;
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.box.left() < b.box.left(); });
        int at = -1;
        for (int i = 0; i < order.size(); ++i)
            if (!m_selected.isEmpty() && order[i].eventId == m_selected.first())
                at = i;
        at = event->key() == Qt::Key_Right ? std::min<int>(at + 1, order.size() - 1) : std::max(at - 1, 0);
        setSelectedEvents({order[at].eventId});
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_selected.isEmpty()) {
        emit eventClicked(m_selected.first());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace tessera
