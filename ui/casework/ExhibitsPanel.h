#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tessera {

class Case;

/**
 * The case's exhibits (issue 10 point 5): id, kind, title, how each can be admitted (its recorded authentication, or
 * none yet), what it is the return of, and its SHA-256; the selected exhibit's chain of custody below. "Record
 * authentication…" asks the casework panel to run the certify dialog for the selected exhibit.
 */
class ExhibitsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExhibitsPanel(QWidget* parent = nullptr);
    /// Shows the exhibits of `c` (nullptr: empty), keeping the selection when it is still there.
    void refresh(Case* c);
    /// Selects exhibit `exhibitId`; false when it is not listed.
    bool selectExhibit(qint64 exhibitId);
    qint64 selectedExhibitId() const;
    QTreeWidget* tree() const { return m_tree; }

signals:
    void certifyRequested(qint64 exhibitId);

private:
    void showCustody();
    Case* m_case = nullptr;
    QTreeWidget* m_tree;
    QLabel* m_custody;
    QPushButton* m_certify;
};

} // namespace tessera
