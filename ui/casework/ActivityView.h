#pragma once

#include <QWidget>

class QTreeWidget;

namespace tessera {

class Case;

/// The activity log (issue 10): what was done when and by whom, newest first, derived from the audit chain
/// (casework/ActivityLog). Read-only.
class ActivityView : public QWidget {
    Q_OBJECT

public:
    explicit ActivityView(QWidget* parent = nullptr);
    /// Shows the latest 500 entries of `c` (nullptr: empty).
    void refresh(Case* c);
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree;
};

} // namespace tessera
