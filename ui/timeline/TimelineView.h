#pragma once

#include <QTableView>

namespace tessera {

/**
 * The table of the timeline, set up for a lazy model of any size: fixed, uniform row heights (no per-row size
 * queries), no sorting (the model's order is the timeline's order), column widths taken from the font — never from
 * measuring every row — and the Summary column taking the remaining width.
 */
class TimelineView : public QTableView {
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);

    /// Sets the column widths from the font (call after setting the model).
    void applyColumnWidths();

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace tessera
