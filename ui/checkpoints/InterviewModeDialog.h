#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace tessera {

class Case;

/**
 * Interview mode (issue 4; field research §4): short trauma-informed prompts at the right phase — before, at the
 * opening, during and at the close — a single designated note-taker, interpreter neutrality questions and the
 * advocate's presence. The interview is recorded only when the person's `interview` choice is agreed
 * (VictimChoicePolicy); advocate, interpreter and recording can be asked from here and block nothing. The number of
 * interviews is shown, and before a repeat interview a warning gives the count and the offender-focused sources that
 * could answer instead.
 */
class InterviewModeDialog : public QDialog {
    Q_OBJECT

public:
    InterviewModeDialog(Case& c, qint64 personId, QUndoStack* undoStack = nullptr, QWidget* parent = nullptr);
    void accept() override;
    /// Re-reads the person's choices and the interview count.
    void refreshStatus();
    /// The phases and their prompt ids, as stored with the interview.
    static QStringList phases();

private:
    void updateState();
    QWidget* phasePage(const QString& phase, const QStringList& prompts);

    Case& m_case;
    qint64 m_personId;
    QString m_label;
    QUndoStack* m_undo;
    QLabel* m_banner;
    QLabel* m_choiceStatus;
    QPushButton* m_askInterview;
    QTabWidget* m_tabs;
    QLineEdit* m_lead;
    QLineEdit* m_noteTaker;
    QLineEdit* m_interpreter;
    QLineEdit* m_advocate;
    QList<QCheckBox*> m_neutrality;
    QHash<QString, QList<QCheckBox*>> m_prompts;
    QLabel* m_problem;
    QPushButton* m_record = nullptr;
    bool m_interviewAllowed = false;
};

} // namespace tessera
