#pragma once

#include "checkpoints/CheckpointLedger.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QUndoStack;

namespace tessera {

class Case;
class LintedTextEdit;
class OptionalDateEdit;
struct CheckpointPoint;

/**
 * The reusable checkpoint gate (DESIGN §7, issue 4): for one person and one decision point it shows, calmly, the
 * question, who decides and how a choice can be withdrawn; what to explain, as a checklist to confirm; the answer
 * (agreed, declined, not yet / later); the scope where the point takes one (dates, apps); whether an advocate is
 * present; and a note. "Record" appends the decision in one step (RecordCheckpointCommand on `undoStack`, or directly
 * when none is given). When the answer is no, the offender-focused alternatives are shown, so declining never stops
 * the work on the offender. An agreement needs every explain item ticked.
 */
class CheckpointGateDialog : public QDialog {
    Q_OBJECT

public:
    CheckpointGateDialog(Case& c, qint64 personId, const QString& personLabel, const QString& pointId,
                         QUndoStack* undoStack = nullptr, QWidget* parent = nullptr);

    /// The decision as entered (for tests).
    NewCheckpointDecision decision() const;
    /// The id of the entry recorded, 0 until Record succeeded.
    qint64 recordedId() const { return m_recordedId; }

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    /// Grows the dialog to the height its wrapped texts need at the current width (top-level windows do not).
    void fitHeight();

    Case& m_case;
    qint64 m_personId;
    const CheckpointPoint* m_point;
    QUndoStack* m_undo;
    QList<QCheckBox*> m_explain;
    QButtonGroup* m_answers;
    QRadioButton* m_agreed;
    QRadioButton* m_declined;
    QRadioButton* m_deferred;
    QGroupBox* m_scopeBox = nullptr;
    OptionalDateEdit* m_scopeFrom = nullptr;
    OptionalDateEdit* m_scopeTo = nullptr;
    QLineEdit* m_scopeItems = nullptr;
    QCheckBox* m_advocate;
    LintedTextEdit* m_note;
    QGroupBox* m_alternatives;
    QLabel* m_problem;
    QPushButton* m_record = nullptr;
    qint64 m_recordedId = 0;
};

} // namespace tessera
