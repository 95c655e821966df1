#include "timeline/ChartNavigation.h"

#include <QAction>
#include <QPair>
#include <QUndoCommand>
#include <QUndoStack>
#include <algorithm>

namespace tessera {

/// One step of chart navigation: from one view to another.
class ChartNavigationCommand : public QUndoCommand {
public:
    ChartNavigationCommand(ChartNavigation* nav, ChartView before, ChartView after, const QString& text)
        : m_nav(nav), m_before(before), m_after(after) {
        setText(text);
    }
    void redo() override { m_nav->apply(m_after); }
    void undo() override { m_nav->apply(m_before); }

private:
    ChartNavigation* m_nav;
    ChartView m_before;
    ChartView m_after;
};

ChartNavigation::ChartNavigation(std::function<QPair<qint64, qint64>()> extent, QObject* parent)
    : QObject(parent), m_extent(std::move(extent)), m_stack(new QUndoStack(this)) {
    auto make = [this](const char* name, const QString& text, const QKeySequence& key) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        return a;
    };
    m_zoomIn = make("chartZoomIn", tr("Zoom &in on the chart"), QKeySequence(Qt::CTRL | Qt::Key_Equal));
    m_zoomOut = make("chartZoomOut", tr("Zoom &out of the chart"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_fit = make("chartFit", tr("&Fit the whole case"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    m_showRecords = make("chartShowRecords", tr("Show record &density"), QKeySequence());
    m_showRecords->setCheckable(true);
    m_showRecords->setChecked(true);
    m_back = m_stack->createUndoAction(this, tr("Chart: back"));
    m_back->setObjectName(QStringLiteral("chartBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward = m_stack->createRedoAction(this, tr("Chart: forward"));
    m_forward->setObjectName(QStringLiteral("chartForward"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoom(0.5); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoom(2.0); });
    connect(m_fit, &QAction::triggered, this, [this] {
        ChartView v = m_view;
        v.fromUtcUs = v.toUtcUs = 0;
        navigate(v, tr("fit"));
    });
    connect(m_showRecords, &QAction::triggered, this, [this](bool on) {
        ChartView v = m_view;
        v.showRecords = on;
        navigate(v, on ? tr("show records") : tr("hide records"));
    });
}

QList<QAction*> ChartNavigation::actions() const {
    return {m_zoomIn, m_zoomOut, m_fit, m_showRecords, m_back, m_forward};
}

void ChartNavigation::navigate(const ChartView& view, const QString& text) {
    if (view == m_view) {
        m_showRecords->setChecked(m_view.showRecords);
        return;
    }
    m_stack->push(new ChartNavigationCommand(this, m_view, view, text));
}

void ChartNavigation::zoom(double factor, qint64 centreUtcUs) {
    qint64 lo = m_view.fromUtcUs, hi = m_view.toUtcUs;
    if (hi <= lo) {
        const auto e = m_extent ? m_extent() : QPair<qint64, qint64>{0, 0};
        lo = e.first;
        hi = e.second;
    }
    if (hi <= lo)
        return;
    const double span = double(hi - lo) * factor;
    if (span < 60.0 * 1000000) // no closer than a minute across
        return;
    const qint64 centre = centreUtcUs ? centreUtcUs : lo + (hi - lo) / 2;
    const double left = double(centre - lo) / double(hi - lo); // keep the centre where it is on screen
    ChartView v = m_view;
    v.fromUtcUs = centre - qint64(span * left);
    v.toUtcUs = v.fromUtcUs + qint64(span);
    navigate(v, factor < 1 ? tr("zoom in") : tr("zoom out"));
}

void ChartNavigation::reset() {
    m_stack->clear();
    apply(ChartView{});
}

void ChartNavigation::apply(const ChartView& view) {
    m_view = view;
    m_showRecords->setChecked(view.showRecords);
    emit viewChanged(m_view);
}

} // namespace tessera
