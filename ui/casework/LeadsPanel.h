#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera {

class Case;

/**
 * The case's leads: status, due date, the element each would prove, title and owner; buttons ask the casework panel
 * for a new lead from a proof-board gap or to close the selected lead.
 */
class LeadsPanel : public QWidget {
    Q_OBJECT

public:
    explicit LeadsPanel(QWidget* parent = nullptr);
    /// Shows the leads of `c` (nullptr: empty).
    void refresh(Case* c);
    qint64 selectedLeadId() const;
    QTreeWidget* tree() const { return m_tree; }

signals:
    void newLeadRequested();
    void closeLeadRequested(qint64 leadId);

private:
    Case* m_case = nullptr; ///< the case shown (its edits are disabled while it is read-only)
    QTreeWidget* m_tree;
    QPushButton* m_new;
    QPushButton* m_close;
    QLabel* m_details; ///< the selected lead in full
};

} // namespace tessera
