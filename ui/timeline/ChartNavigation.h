#pragma once

#include <QObject>
#include <functional>

class QAction;
class QUndoStack;

namespace tessera {

/// What the timeline chart shows: a period (both 0 = fit the data) and whether record density is drawn.
struct ChartView {
    qint64 fromUtcUs = 0; ///< UTC microseconds; fromUtcUs == toUtcUs == 0: the whole case
    qint64 toUtcUs = 0;
    bool showRecords = true;
    bool operator==(const ChartView& o) const {
        return fromUtcUs == o.fromUtcUs && toUtcUs == o.toUtcUs && showRecords == o.showRecords;
    }
};

/**
 * Zoom and filter of the timeline chart with undo of navigation (issue 3): every change of view is a QUndoCommand
 * on the navigation's own QUndoStack (separate from edits of the case, which it never touches), so Back and Forward
 * retrace the way through the case. Exposes its QActions (objectNames chartZoomIn, chartZoomOut, chartFit,
 * chartShowRecords, chartBack, chartForward) for menus, toolbars and tests; shortcuts apply where the actions are
 * added. `extent` gives the period the chart shows when fitted (for zooming from "fit").
 */
class ChartNavigation : public QObject {
    Q_OBJECT

public:
    explicit ChartNavigation(std::function<QPair<qint64, qint64>()> extent, QObject* parent = nullptr);

    const ChartView& view() const { return m_view; }
    /// Moves to `view` as one undoable step (nothing when it is the current view).
    void navigate(const ChartView& view, const QString& text);
    /// Zooms by `factor` (< 1 in, > 1 out) around `centreUtcUs` (0: the middle of the view).
    void zoom(double factor, qint64 centreUtcUs = 0);
    /// Clears the history and fits the whole case (a new case, a closed case).
    void reset();

    QUndoStack* stack() const { return m_stack; }
    QList<QAction*> actions() const;
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* fitAction() const { return m_fit; }
    QAction* showRecordsAction() const { return m_showRecords; }
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }

signals:
    void viewChanged(const ChartView& view);

private:
    friend class ChartNavigationCommand;
    void apply(const ChartView& view);

    std::function<QPair<qint64, qint64>()> m_extent;
    ChartView m_view;
    QUndoStack* m_stack;
    QAction* m_zoomIn;
    QAction* m_zoomOut;
    QAction* m_fit;
    QAction* m_showRecords;
    QAction* m_back;
    QAction* m_forward;
};

} // namespace tessera
