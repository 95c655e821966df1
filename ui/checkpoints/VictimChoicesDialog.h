#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace tessera {

class Case;

/**
 * A person's page (reachable from the people dock): their choices as a ledger, oldest first, with the choice that
 * rules now marked; "Ask about…" opens the checkpoint gate for any decision point; "Withdraw" records a withdrawal of
 * an agreed choice (what was obtained under it is sealed and flagged for the prosecutor, never purged); the number
 * of interviews and interview mode; and the benefit ledger. Nothing here is ever produced except the benefits, which
 * go to the prosecutor as potential Giglio material. Undo appends a compensating entry (the ledger is append-only).
 */
class VictimChoicesDialog : public QDialog {
    Q_OBJECT

public:
    VictimChoicesDialog(Case& c, qint64 personId, QWidget* parent = nullptr);
    /// Re-reads the ledger, interviews and benefits.
    void refresh();
    /// Opens the gate for a point (the "Ask about…" button).
    void askAbout(const QString& pointId);
    /// Withdraws the agreed choice in the selected ledger row, after a confirmation.
    void withdrawSelected();
    QUndoStack* undoStack() const { return m_undo; }

private:
    Case& m_case;
    qint64 m_personId;
    QString m_label;
    QUndoStack* m_undo;
    QTableWidget* m_ledger;
    QComboBox* m_points;
    QPushButton* m_withdraw;
    QLabel* m_interviews;
    QTableWidget* m_benefits;
};

} // namespace tessera
