#pragma once

#include "case/Case.h"
#include "ingest/CallDetailRecordImporter.h"
#include "model/PersonRepository.h"
#include "analysis/PromotionRules.h"
#include "packet/ProductionBuilder.h"
#include "lock/AutoLock.h"
#include "lock/LockRestart.h"

#include <QMainWindow>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace tessera {

class CaseError;
class CaseworkPanel;
class IdleWatcher;
class LockScreen;
class ScreenLockWatcher;
class PeoplePanel;
class ProofBoardView;
class TimelineChartWidget;
class TimelineModel;
class TimelineView;

/**
 * Tessera's main window: the start page while no case is open; then the offender timeline chart above the lazy
 * timeline table, the people panel beside them, and a status bar with the case title, record count and display
 * zone. It drives the same core as tessera-cli (create/open, import, person and identifier add, export) and decides
 * what to tell the person when core reports a CaseError; core never opens a dialog.
 *
 * The public methods below are what the dialogs call once they have their answers; tests call them directly.
 * Message boxes go through MessageBoxes, so tests can pre-answer them. Only the window geometry is kept in
 * QSettings: no case data (DESIGN §3).
 *
 * Environment, for scripted demos and tests only: TESSERA_PASSPHRASE is used to open a case without asking (a wrong
 * one falls back to the passphrase dialog); TESSERA_INSECURE_TEST_KDF=1 makes new cases with the cheap test KDF
 * parameters instead of KdfParameters::releaseDefault().
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a case, asking for its passphrase (or taking TESSERA_PASSPHRASE); after a wrong passphrase asks again
    /// with a calm note until the person cancels. Returns true when the case is open.
    bool openCaseFile(const QString& path);
    /// Opens a case with a known passphrase. A wrong passphrase sets *wrongPassphrase (if given; otherwise it is
    /// reported in a message box); other errors are reported. Returns true when the case is open.
    bool openCase(const QString& path, const QString& passphrase, bool* wrongPassphrase = nullptr);
    /// Creates a case (KDF: release default unless TESSERA_INSECURE_TEST_KDF=1, or options.kdf when
    /// `keepKdf`) and opens it. Returns true on success; errors are reported.
    bool createCase(const QString& path, NewCaseOptions options, const QString& passphrase, bool keepKdf = false);
    /// Closes the open case (wipes its key, releases its lock) and shows the start page; also closes a locked case.
    void closeCase();
    /// The open case; nullptr while none is open and while the case is locked.
    Case* currentCase() const { return m_case.get(); }

    /**
     * Locks the open case (issue 8 §1): keeps the half-typed text of every window as drafts inside the case (one
     * transaction, audited as `case.lock` without the text), closes every other window — modal dialogs, message
     * boxes and file choosers too (their exec() returns Rejected) —, clears protected text it put on the clipboard,
     * wipes the key and drops the connection (Case::close), and shows the lock screen with `reason`. While an import
     * or export is running the lock waits for it to end. Returns true when the case is now locked.
     */
    bool lockCase(LockReason reason);
    /**
     * How a lock ends (issue 8 §1). With no hook (the default, and the GUI tests) the window stays in this process on
     * its lock screen. The application installs restartIntoLockScreen(): once the drafts are kept, every window closed,
     * the key wiped and the case file and its lock file released, lockCase() saves the window's geometry and layout
     * in QSettings and hands the hook a LockRestart (path, reason, idle seconds; never case data), and the process
     * re-executes itself into the lock screen with a fresh memory (see showLockedCase()). A hook that returns false
     * (the restart failed) leaves this window on its lock screen, with a note saying so.
     */
    void setLockRestartHook(LockRestartHook hook) { m_restartHook = std::move(hook); }
    /**
     * Shows the lock screen of the case at `restart.casePath` without opening it, as lockCase() left it: the process
     * restarted into the lock screen calls this before showing the window. Unlocking then works as after an
     * in-process lock (the drafts kept in the case come back, byte for byte). Restores the dock layout saved by the
     * lock, so the docks come back after unlocking.
     */
    void showLockedCase(const LockRestart& restart);
    /// Whether the case is locked (the lock screen shows; currentCase() is nullptr).
    bool isLocked() const { return m_locked; }
    /**
     * Reopens the locked case with `passphrase`. A wrong passphrase (or any error) is said on the lock screen, which
     * asks again; returns false then. On success the kept drafts go back into the main window's fields at once, into
     * a dialog's fields when that dialog is opened again, and the list of drafts is offered (DraftsDialog).
     */
    bool unlockCase(const QString& passphrase);
    /// The idle timer (tests shorten its interval; Preferences set it in minutes).
    IdleWatcher* idleWatcher() const { return m_idle; }
    /// The desktop screen-lock listener (D-Bus).
    ScreenLockWatcher* screenLockWatcher() const { return m_screenLockWatcher; }
    /// The lock screen (shown while locked).
    LockScreen* lockScreen() const { return m_lockScreen; }

    /// Imports a file with a progress dialog, reports the counts and refreshes the views. False when cancelled or
    /// failed (reported; nothing written); `failed`, when given, tells a failure from a cancel.
    bool importFile(const QString& filePath, const ImportOptions& options, bool* failed = nullptr);
    /// Adds a person; refreshes the people panel. nullopt on error (reported).
    std::optional<Person> addPerson(const QStringList& roles, const QString& name, const QString& dateOfBirth);
    /// Attributes an identifier to a person; refreshes the views. False on error (reported).
    bool addIdentifier(qint64 personId, const QString& kind, const QString& value, const QString& region,
                       const QString& from, const QString& to);
    /// Writes a discovery production, then reports the Bates range and seal fingerprint and offers to open the
    /// folder. nullopt on error (reported).
    std::optional<ProductionResult> exportProduction(const ProductionOptions& options);
    /// Filters the timeline to one person (0 = everyone), as choosing them in the people panel does.
    void showPerson(qint64 personId);
    /// Changes the open case's passphrase (the caller has checked the current one) and reports the result. False on
    /// error (reported; the old passphrase still works).
    bool changePassphrase(const QString& newPassphrase);
    /// Restores backup `backupId` of the open case as the new case file `outPath` (Case::restoreBackup) and reports
    /// the result. A passphrase that does not open the backup sets *wrongPassphrase (if given) instead of a message.
    bool restoreBackup(const QString& backupId, const QString& outPath, const QString& passphrase,
                       bool* wrongPassphrase = nullptr);

    TimelineModel* timelineModel() const { return m_model; }
    TimelineView* timelineView() const { return m_table; }
    TimelineChartWidget* chartWidget() const { return m_chart; }
    PeoplePanel* peoplePanel() const { return m_people; }
    /// Legal process due and expiring, leads, notes and the activity log (issue 10).
    CaseworkPanel* caseworkPanel() const { return m_casework; }
    ProofBoardView* proofBoard() const { return m_proof; }
    QDockWidget* proofBoardDock() const { return m_proofDock; }

    /**
     * Selects these events and records in the timeline table and scrolls to the first (the proof board's click
     * through). When the current person filter hides any of them, the timeline shows everyone first. Returns how
     * many rows were selected.
     */
    int selectInTimeline(const QVector<qint64>& events, const QVector<qint64>& records);
    /// The records chosen in the timeline table, by id (events in the selection are left out).
    QVector<qint64> selectedRecords() const;
    /**
     * Promotes records to one event as an undoable command (Records → Undo): `proposal` as PromotionRules made it and
     * the investigator edited it, `place` optional. Refreshes the views and selects the new event. Returns its id, or
     * 0 on error (reported; nothing pushed).
     */
    qint64 promoteRecords(const EventProposal& proposal, const QString& place);
    /// Promotes each proposal as an event (one undoable step for all); refreshes once. Returns the new event ids.
    QVector<qint64> acceptProposals(const QVector<EventProposal>& proposals);
    /// The undo stack of timeline edits (record promotion).
    QUndoStack* timelineUndoStack() const { return m_timelineUndo; }

    /**
     * Opens one dialog by name, as its action would, for documentation screenshots (hidden option
     * --screenshot-dialog): new-case, open-case, import, export, add-person, add-identifier, proof-board (shows the
     * board; prefill "CHARGE/ELEMENT" chooses an element and selects its evidence in the timeline), add-charge,
     * link-event, promote-records, rule-proposals, timeline-chart (not a dialog: prefill "FROM/TO" ISO dates zooms the
     * chart), restore-backup, audit-log; new-lead, close-lead, legal-process and certify-exhibit (prefill: the exhibit
     * id) (issue 10) need an open case. preferences, drafts; lock-screen (not a dialog: locks the open case; prefill
     * idle, screen or user: the reason).
     * `prefill` is a file for import, a folder for export, a case file for open-case. Returns false for an unknown name.
     */
    bool showDialogByName(const QString& name, const QString& prefill = {});
    /// Every name showDialogByName() knows. A new dialog is added here, so the documentation screenshots and the test
    /// that walks every window (tests/gui/test_every_field_linted.cpp) reach it.
    static QStringList dialogNames();

    /// The "Time basis" lines of the import summary, from what the records got (ImportResult::bases): one line when
    /// every record got the same basis from the same source, else one line per basis with its count.
    static QString importBasisText(const ImportResult& r);

    /// True when TESSERA_INSECURE_TEST_KDF=1 (new cases get cheap KDF parameters: tests and demos only).
    static bool insecureTestKdfRequested();

public slots:
    void newCaseInteractive();
    void openCaseInteractive();
    void importInteractive(const QString& prefillPath = {});
    void addPersonInteractive();
    void addIdentifierInteractive();
    /// Asks for the current and a new passphrase and changes it (Case::changePassphrase).
    void changePassphraseInteractive();
    /// Lists the open case's backups and restores the chosen one as a new case file (RestoreBackupDialog).
    void restoreBackupInteractive();
    /// Shows the open case's audit log, read-only, with the state of its hash chain (AuditLogDialog).
    void showAuditLog();
    /// Casework reports: write, save drafts, sign, and read older signed versions (ReportsDialog); `reportId` (0:
    /// the first report) is shown first.
    void showReports(qint64 reportId = 0);
    void exportInteractive(const QString& prefillFolder = {});
    /// Proposes an event from the selected records and, once the investigator accepts it, promotes them.
    void promoteRecordsInteractive();
    /// Lists the events the promotion rules propose and records the ones the investigator checks.
    void ruleProposalsInteractive();
    void about();
    /// Tools → Preferences… (auto-lock minutes, lock on screen lock).
    void preferencesInteractive();
    /// Case → Drafts kept when the case locked…: the DraftsDialog, window-modal without blocking (`modal`: exec()).
    void showDrafts(bool modal = false);
    /// The desktop announced a screen lock: locks when the preference says so.
    void onScreenLocked();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void createWorkspace();
    void afterCaseOpened(bool unlocking = false);
    /// Detaches every view, dock and undo stack from the case (before it closes or locks).
    void dropCaseFromViews();
    /// Closes every window but this one: dialogs (rejected), popups, tooltips, other top-level windows.
    void closeOtherWindows();
    /// After unlocking: drafts back into the main window's fields; offers the rest.
    void offerDrafts();
    /// Puts kept drafts into the fields of `window` (just shown) and deletes them from the case.
    void restoreDraftsInto(QWidget* window);
    void refreshAfterDataChange();
    /// Opens a victim-choice dialog (victim-choices, checkpoint-gate [prefill: point id], interview-mode, benefit)
    /// for the selected person, else the first victim, else the first person. False when there is no such person.
    bool showVictimChoiceDialog(const QString& name, const QString& prefill);
    void refreshPeople();
    void refreshChart();
    void fitChartPane();
    void refreshStatus();
    void refreshFilterLabel();
    void updateActions();
    void onPersonSelected(qint64 personId);
    void showCaseError(const CaseError& error, const QString& action);
    QString suggestedProductionFolder() const;

    std::unique_ptr<Case> m_case;
    /// Cases closed by a lock: kept (closed, keyless) so a dialog still unwinding from its exec() never holds a
    /// dangling reference; ClosedCases::isClosed() is true for them.
    std::vector<std::unique_ptr<Case>> m_closedCases;
    bool m_locked = false;
    QString m_lockedPath;
    LockRestartHook m_restartHook;
    std::optional<LockReason> m_pendingLock;
    bool m_draftsPending = false;
    bool m_caseworkWasVisible = true;
    bool m_caseworkHiddenByLock = false;
    bool m_proofWasVisible = false;
    IdleWatcher* m_idle = nullptr;
    ScreenLockWatcher* m_screenLockWatcher = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QString m_displayZone;
    bool m_hasPeople = false;

    QStackedWidget* m_stack = nullptr;
    QWidget* m_startPage = nullptr;
    QWidget* m_workspace = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_filterLabel = nullptr;
    QPushButton* m_showEveryone = nullptr;
    TimelineChartWidget* m_chart = nullptr;
    TimelineView* m_table = nullptr;
    TimelineModel* m_model = nullptr;
    QDockWidget* m_peopleDock = nullptr;
    PeoplePanel* m_people = nullptr;
    QDockWidget* m_caseworkDock = nullptr;
    CaseworkPanel* m_casework = nullptr;
    QDockWidget* m_proofDock = nullptr;
    ProofBoardView* m_proof = nullptr;
    QLabel* m_statusTitle = nullptr;
    QLabel* m_statusRecords = nullptr;
    QLabel* m_statusZone = nullptr;

    QAction* m_newCase = nullptr;
    QAction* m_openCase = nullptr;
    QAction* m_closeCase = nullptr;
    QAction* m_lockCase = nullptr;
    QAction* m_drafts = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_restoreBackup = nullptr;
    QAction* m_auditLog = nullptr;
    QAction* m_reports = nullptr;
    QAction* m_import = nullptr;
    QAction* m_addPerson = nullptr;
    QAction* m_addIdentifier = nullptr;
    QAction* m_showEveryoneAction = nullptr;
    QAction* m_export = nullptr;
    QAction* m_promote = nullptr;
    QAction* m_ruleProposals = nullptr;
    QUndoStack* m_timelineUndo = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
};

} // namespace tessera
