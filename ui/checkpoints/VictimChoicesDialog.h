#pragma once

#include "checkpoints/VictimChoicePolicy.h"

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
 * of interviews and interview mode; the actions that touch the person — a photograph, a contact, their contact
 * details, a media request — each behind the gate of its decision point (ensureAllowed); and the benefit ledger. Nothing here is ever produced except the benefits, which
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
    /**
     * Whether VictimChoicePolicy allows `action` for this person now; when not, opens the checkpoint gate for its
     * decision point (ask, explain, record; the alternatives when the answer is no) and asks again. When still not
     * allowed the offender-focused alternatives are shown (MessageBoxes) and false is returned.
     */
    bool ensureAllowed(VictimAction action);
    /// The actions (buttons of the "Actions" box): each asks ensureAllowed() first, then opens its dialog.
    void addPhotograph();
    void recordContact();
    void showContactDetails();
    void recordMediaRequest();

private:
    Case& m_case;
    qint64 m_personId;
    QString m_label;
    QUndoStack* m_undo;
    QTableWidget* m_ledger;
    QComboBox* m_points;
    QPushButton* m_withdraw;
    QLabel* m_interviews;
    QLabel* m_actions;
    QTableWidget* m_benefits;
};

} // namespace tessera
