#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera {

class Case;

/**
 * The "due and expiring" view of legal process (issue 10): every pending deadline — returns due (overdue ones first,
 * marked), preservation periods ending (18 U.S.C. 2703(f)(2): renew once), delayed-notice orders ending (2705) — soonest
 * first, with days left. Buttons ask the casework panel to add legal process, renew the selected preservation request
 * or draft its request letter.
 */
class DueView : public QWidget {
    Q_OBJECT

public:
    explicit DueView(QWidget* parent = nullptr);
    /// Shows the deadlines of `c` (nullptr: empty) counted from `today`.
    void refresh(Case* c, QDate today = QDate::currentDate());
    /// The process id of the selected row, 0 when none.
    qint64 selectedProcessId() const;
    /// The tree (for tests): one top-level item per deadline.
    QTreeWidget* tree() const { return m_tree; }

signals:
    void addProcessRequested();
    void renewRequested(qint64 processId);
    void letterRequested(qint64 processId);

private:
    Case* m_case = nullptr; ///< the case shown (its edits are disabled while it is read-only)
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QLabel* m_details; ///< the selected deadline in full (the action column is cut to fit the dock)
    QPushButton* m_add;
    QPushButton* m_renew;
    QPushButton* m_letter;
};

} // namespace tessera
