#pragma once

#include <QDate>
#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace tessera {

class ActivityView;
class Case;
class DueView;
class ExhibitsPanel;
struct Certification;
class LeadsPanel;
class NotesPanel;

/**
 * Casework (issue 10), docked beside the timeline: tabs for legal process due and expiring, leads, investigator notes,
 * exhibits (with how each can be admitted) and the activity log. Its edits are undoable commands on one undo stack
 * (the Undo/Redo buttons above the tabs, Ctrl+Z / Ctrl+Shift+Z while the panel has focus). It runs the dialogs of its buttons and writes through core (each write one transaction with an
 * audit entry); errors are shown through MessageBoxes. The main window hands it the open case and asks it for the
 * reminder when a case opens.
 */
class CaseworkPanel : public QWidget {
    Q_OBJECT

public:
    explicit CaseworkPanel(QWidget* parent = nullptr);
    /// Shows `c` (nullptr when no case is open). The panel never owns the case.
    void setCase(Case* c);
    /// Re-reads everything (after an import or any other change).
    void refresh();
    /// The reminder text when something is due or expiring within `days` of `today` (overdue returns included), else
    /// empty.
    static QString dueSoonText(Case& c, QDate today = QDate::currentDate(), int days = 7);
    /// Shows the reminder (an information box naming each deadline) when dueSoonText() is not empty, and brings the
    /// due view forward. Returns true when it was shown.
    bool remindIfDue(QDate today = QDate::currentDate());

    /// Runs the "new lead" dialog (preselecting gap `gapIndex` of LeadRepository::gaps, -1 = the first).
    void newLeadInteractive(int gapIndex = -1);
    /// Runs the "new lead" dialog with the gap of element `elementId` of charge `chargeId` chosen (the proof board's
    /// "New lead from gap…"); the first gap when that element is not a gap.
    void newLeadForElement(qint64 chargeId, const QString& elementId);
    /// Runs the "close lead" dialog for `leadId` (0: the first open lead; with none, the dialog is shown and nothing
    /// is written).
    void closeLeadInteractive(qint64 leadId);
    void addProcessInteractive();
    void renewInteractive(qint64 processId);
    void letterInteractive(qint64 processId);
    /**
     * Runs the "record authentication" dialog (CertifyExhibitDialog) with exhibit `exhibitId` chosen (0: the first one
     * without a recorded authentication), then certify(). The proof board asks for it on a pending-authentication
     * element; the Exhibits tab on its selected exhibit.
     */
    void certifyInteractive(qint64 exhibitId = 0);
    /**
     * Records how exhibit `exhibitId` can be admitted (EvidenceLinks::certify: the certificate file stored as its own
     * exhibit, hashed, with its chain of custody) as an undoable CertifyExhibitCommand, and emits caseChanged() so the
     * proof board reads it. False on error (reported; nothing pushed).
     */
    bool certify(qint64 exhibitId, const Certification& cert);

    QTabWidget* tabs() const { return m_tabs; }
    DueView* dueView() const { return m_due; }
    LeadsPanel* leadsPanel() const { return m_leads; }
    NotesPanel* notesPanel() const { return m_notes; }
    ActivityView* activityView() const { return m_activity; }
    ExhibitsPanel* exhibitsPanel() const { return m_exhibits; }
    /// The casework edits (certify; notes, leads and legal process added): undo appends, never deletes.
    QUndoStack* undoStack() const { return m_undo; }

signals:
    /// Something in the case changed (the proof board and the timeline may read differently).
    void caseChanged();

private:
    void report(const QString& action, const QString& message);
    Case* m_case = nullptr;
    QTabWidget* m_tabs;
    DueView* m_due;
    LeadsPanel* m_leads;
    NotesPanel* m_notes;
    ActivityView* m_activity;
    ExhibitsPanel* m_exhibits;
    QUndoStack* m_undo;
};

} // namespace tessera
