#pragma once

#include "analysis/ProofBoard.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace tessera {

class Case;
class CaseError;
class ProofBoardModel;
struct EventSummary;
struct Exhibit;

/**
 * The proof board on screen (DESIGN §6, issue 3): charges × elements in a tree with each status in words, glyph and
 * colour; the case's victim burden; for the chosen element its supporting events and exhibits, its gaps with what
 * would close them, and the charge's charging notes (limitation, earliest chargeable date, event places, age).
 *
 * Activating an element (click, double-click or Enter) or an entry of its evidence list asks the main window to
 * select that evidence in the timeline (showInTimeline). "Add charge…" and "Link event…" open dialogs; each edit is a
 * QUndoCommand on the board's own undo stack (Ctrl+Z / Ctrl+Shift+Z while the board has focus). Everything is
 * reachable by keyboard, and every control has an accessible name. The board is internal work product.
 */
class ProofBoardView : public QWidget {
    Q_OBJECT

public:
    explicit ProofBoardView(QWidget* parent = nullptr);
    ~ProofBoardView() override;

    /// Attaches to a case (nullptr detaches and clears the undo stack). `displayZone` formats dates.
    void setCase(Case* c, const QString& displayZone);
    /// Rebuilds the board from the case, keeping the chosen element. Reports storage errors in a message box.
    void refresh();

    ProofBoardModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Chooses an element row (tests, and after a link); false when not on the board.
    bool selectElement(qint64 chargeId, const QString& elementId);

    /**
     * Adds a charge as an undoable command (the GUI's `charge add`). Returns the new charge id, or 0 on error
     * (reported; nothing pushed).
     */
    qint64 addCharge(const QString& statuteId, qint64 offenderId, std::optional<qint64> victimId);
    /// Links an event to an element as an undoable command. False on error (reported) or when already linked.
    bool linkEvent(qint64 chargeId, const QString& elementId, qint64 eventId);

public slots:
    void addChargeInteractive();
    void linkEventInteractive();
    /// Asks the timeline to select the chosen element's events (the same as pressing Enter on it).
    void showChosenInTimeline();
    /// Asks (certifyRequested) to record how the exhibit to authenticate can be admitted: the exhibit chosen in the
    /// evidence list, else the chosen element's first supporting exhibit with no authentication recorded.
    void certifyChosen();
    /// Asks (leadFromGapRequested) for a lead that would close the chosen element's gap.
    void leadFromChosenGap();

signals:
    /// Select these events and records in the timeline (and scroll to the first).
    void showInTimeline(const QVector<qint64>& events, const QVector<qint64>& records);
    /// The board changed the case (a charge or a link); other views may refresh.
    void caseChanged();
    /// Record how exhibit `exhibitId` can be admitted (0: let the dialog choose). The casework panel runs it.
    void certifyRequested(qint64 exhibitId);
    /// A lead for the gap on element `elementId` of charge `chargeId`, in one step. The casework panel runs it.
    void leadFromGapRequested(qint64 chargeId, const QString& elementId);

private:
    void onCurrentChanged();
    void onEvidenceActivated();
    void updateBurden();
    void report(const CaseError& error, const QString& action);
    QString chargingNotes(const ChargeProof& cp) const;

    Case* m_case = nullptr;
    QString m_zone;
    ProofBoardModel* m_model;
    QUndoStack* m_undo;
    QLabel* m_burden;
    QTreeView* m_tree;
    QLabel* m_detailsTitle;
    QLabel* m_details;
    QListWidget* m_evidence;
    QListWidget* m_gaps;
    QPushButton* m_addCharge;
    QPushButton* m_linkEvent;
    QPushButton* m_showEvidence;
    QPushButton* m_certify;
    QPushButton* m_leadFromGap;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QHash<qint64, QString> m_eventText;   ///< event id → one line
    QHash<qint64, QString> m_exhibitText; ///< exhibit id → one line
    QSet<qint64> m_exhibitsWithoutPath;   ///< exhibits not victim-sourced with no authentication recorded
};

} // namespace tessera
