#include "main/MainWindow.h"

#include "case/CaseError.h"
#include "case/ChangePassphraseDialog.h"
#include "case/RestoreBackupDialog.h"
#include "case/AuditLogDialog.h"
#include "casework/ReportsDialog.h"
#include "case/NewCaseDialog.h"
#include "case/PassphraseDialog.h"
#include "common/CaseErrorText.h"
#include "casework/CaseworkPanel.h"
#include "casework/LegalProcessRepository.h"
#include "common/MessageBoxes.h"
#include "common/InterfaceLanguage.h"
#include "common/PaletteColors.h"
#include "common/WritingPromptsMenu.h"
#include "main/RecentCases.h"
#include "main/PreferencesDialog.h"
#include "case/DraftStore.h"
#include "common/SecretClipboard.h"
#include "lock/DraftKeeper.h"
#include "lock/DraftsDialog.h"
#include "lock/LockScreen.h"
#include "lock/ScreenLockWatcher.h"
#include "main/UserGuideWindow.h"
#include "exporter/ExportDialog.h"
#include "exporter/ExportRunner.h"
#include "importer/ImportDialog.h"
#include "importer/ImportRunner.h"
#include "main/StartPage.h"
#include "model/EventRepository.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "people/AddIdentifierDialog.h"
#include "people/AddPersonDialog.h"
#include "people/PeoplePanel.h"
#include "checkpoints/BenefitDialog.h"
#include "checkpoints/CheckpointCatalog.h"
#include "checkpoints/CheckpointGateDialog.h"
#include "checkpoints/InterviewModeDialog.h"
#include "checkpoints/VictimActionDialogs.h"
#include "checkpoints/VictimChoicePolicy.h"
#include "checkpoints/VictimChoicesDialog.h"
#include "people/VocabularyText.h"
#include "proof/ProofBoardView.h"
#include "timeline/PromoteRecordsCommand.h"
#include "timeline/PromoteRecordsDialog.h"
#include "timeline/RuleProposalsDialog.h"
#include "timeline/TimelineChartBuilder.h"
#include "timeline/TimelineChartWidget.h"
#include "timeline/TimelineModel.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QTimeZone>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace tessera {

namespace {

const char* const kGeometryKey = "window/geometry";
const char* const kStateKey = "window/state";

/// The lock screen's note when the half-typed text could not be kept in the case.
QString draftsNotKeptNote() {
    return MainWindow::tr("The text you were typing could not be kept in the case (is the disk full?).");
}

/// A wait cursor for the length of a scope (opening a case runs the KDF, ≈0.5 s).
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QAction* makeAction(QObject* parent, const QString& objectName, const QString& text, const QString& toolTip) {
    auto* a = new QAction(text, parent);
    a->setObjectName(objectName);
    a->setToolTip(toolTip);
    a->setStatusTip(toolTip);
    return a;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tessera"));
    createActions();
    createMenusAndToolBar();
    createWorkspace();

    m_statusTitle = new QLabel(this);
    m_statusTitle->setObjectName(QStringLiteral("statusCaseTitle"));
    m_statusRecords = new QLabel(this);
    m_statusRecords->setObjectName(QStringLiteral("statusRecordCount"));
    m_statusZone = new QLabel(this);
    m_statusZone->setObjectName(QStringLiteral("statusDisplayZone"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    for (QLabel* l : {m_statusTitle, m_statusRecords, m_statusZone})
        l->setContentsMargins(10, 0, 10, 0);
    statusBar()->addPermanentWidget(m_statusTitle);
    statusBar()->addPermanentWidget(m_statusRecords);
    statusBar()->addPermanentWidget(m_statusZone);

    // Auto-lock (issue 8 §1): idle time, Ctrl+L from any window, the desktop's screen lock.
    m_idle = new IdleWatcher(this);
    m_idle->setInterval(std::chrono::minutes(AutoLockSettings::idleMinutes()));
    connect(m_idle, &IdleWatcher::idle, this, [this] { lockCase(LockReason::Idle); });
    connect(m_idle, &IdleWatcher::lockShortcut, this, [this] { lockCase(LockReason::ByUser); });
    m_screenLockWatcher = new ScreenLockWatcher(this);
    connect(m_screenLockWatcher, &ScreenLockWatcher::screenLocked, this, &MainWindow::onScreenLocked);
    qApp->installEventFilter(this); // dialogs shown: drafts back in; none while locked

    WritingPromptsMenu::restoreSavedProfile();
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1360, 860);
    if (!restoreState(settings.value(QLatin1String(kStateKey)).toByteArray())) {
        // First start: the timeline gets most of the width; the docks their comfortable minimum.
        resizeDocks({m_peopleDock, m_caseworkDock}, {250, 420}, Qt::Horizontal);
    }
    updateActions();
    refreshStatus();
}

MainWindow::~MainWindow() {
    closeCase();
    for (const auto& c : m_closedCases)
        ClosedCases::remove(c.get());
}

bool MainWindow::insecureTestKdfRequested() {
    return qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1");
}

// ---- building the window --------------------------------------------------------------------------------------

void MainWindow::createActions() {
    QStyle* s = style();
    m_newCase =
        makeAction(this, QStringLiteral("actionNewCase"), tr("&New case…"), tr("Create a new encrypted case file"));
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setIcon(QIcon::fromTheme(QStringLiteral("document-new"), s->standardIcon(QStyle::SP_FileIcon)));
    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCaseInteractive);

    m_openCase =
        makeAction(this, QStringLiteral("actionOpenCase"), tr("&Open case…"), tr("Open an existing case file"));
    m_openCase->setShortcut(QKeySequence::Open);
    m_openCase->setIcon(
        QIcon::fromTheme(QStringLiteral("document-open"), s->standardIcon(QStyle::SP_DialogOpenButton)));
    connect(m_openCase, &QAction::triggered, this, &MainWindow::openCaseInteractive);

    m_closeCase = makeAction(this, QStringLiteral("actionCloseCase"), tr("&Close case"),
                             tr("Close the case: its key is wiped from memory"));
    m_closeCase->setShortcut(QKeySequence::Close);
    connect(m_closeCase, &QAction::triggered, this, &MainWindow::closeCase);

    m_lockCase = makeAction(this, QStringLiteral("actionLockCase"), tr("&Lock case"),
                            tr("Lock the case now: its key is wiped and its file closed until the passphrase is "
                               "entered again"));
    m_lockCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockCase->setIcon(QIcon::fromTheme(QStringLiteral("system-lock-screen")));
    connect(m_lockCase, &QAction::triggered, this, [this] { lockCase(LockReason::ByUser); });

    m_drafts = makeAction(this, QStringLiteral("actionDrafts"), tr("&Drafts kept when the case locked…"),
                          tr("Text that was being typed when the case locked: read, copy or discard it"));
    connect(m_drafts, &QAction::triggered, this, &MainWindow::showDrafts);

    m_preferences = makeAction(this, QStringLiteral("actionPreferences"), tr("&Preferences…"),
                               tr("Settings of Tessera on this computer: when the case locks"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::preferencesInteractive);

    m_changePassphrase = makeAction(this, QStringLiteral("actionChangePassphrase"), tr("Change &passphrase…"),
                                    tr("Replace the case passphrase; the old one stops working"));
    connect(m_changePassphrase, &QAction::triggered, this, &MainWindow::changePassphraseInteractive);

    m_restoreBackup = makeAction(this, QStringLiteral("actionRestoreBackup"), tr("Restore a &backup…"),
                                 tr("Restore one of the case's encrypted backups as a new case file"));
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreBackupInteractive);

    m_auditLog = makeAction(this, QStringLiteral("actionAuditLog"), tr("Audit &log…"),
                            tr("The case's tamper-evident audit log, read-only, and whether its chain holds"));
    connect(m_auditLog, &QAction::triggered, this, &MainWindow::showAuditLog);

    m_reports = makeAction(this, QStringLiteral("actionReports"), tr("&Reports…"),
                           tr("Write, sign and review the investigator's reports; every signed version is kept"));
    connect(m_reports, &QAction::triggered, this, [this] { showReports(); });

    m_import = makeAction(this, QStringLiteral("actionImport"), tr("&Import records…"),
                          tr("Import a warrant or subpoena return (call detail records) as a new exhibit"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setIcon(QIcon::fromTheme(QStringLiteral("document-import"), s->standardIcon(QStyle::SP_ArrowDown)));
    connect(m_import, &QAction::triggered, this, [this] { importInteractive(); });

    m_addPerson = makeAction(this, QStringLiteral("actionAddPerson"), tr("Add &person…"),
                             tr("Add a person to the case (people who were trafficked get a pseudonym)"));
    m_addPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_addPerson->setIcon(
        QIcon::fromTheme(QStringLiteral("contact-new"), s->standardIcon(QStyle::SP_FileDialogNewFolder)));
    connect(m_addPerson, &QAction::triggered, this, &MainWindow::addPersonInteractive);

    m_addIdentifier = makeAction(this, QStringLiteral("actionAddIdentifier"), tr("Add i&dentifier…"),
                                 tr("Attribute a phone number, handle or other identifier to a person"));
    m_addIdentifier->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_addIdentifier->setIcon(
        QIcon::fromTheme(QStringLiteral("list-add"), s->standardIcon(QStyle::SP_FileDialogContentsView)));
    connect(m_addIdentifier, &QAction::triggered, this, &MainWindow::addIdentifierInteractive);

    m_showEveryoneAction = makeAction(this, QStringLiteral("actionShowEveryone"), tr("Show &everyone"),
                                      tr("Show the whole case's timeline"));
    m_showEveryoneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_showEveryoneAction, &QAction::triggered, this, [this] { showPerson(0); });

    m_export = makeAction(this, QStringLiteral("actionExport"), tr("&Export discovery production…"),
                          tr("Write a Bates-numbered, sealed discovery production for the prosecutor"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setIcon(
        QIcon::fromTheme(QStringLiteral("document-export"), s->standardIcon(QStyle::SP_DialogSaveButton)));
    connect(m_export, &QAction::triggered, this, [this] { exportInteractive(); });

    m_promote = makeAction(this, QStringLiteral("actionPromoteRecords"), tr("&Promote selected records to an event…"),
                           tr("Record an event supported by the records chosen in the timeline"));
    m_promote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_promote, &QAction::triggered, this, &MainWindow::promoteRecordsInteractive);
    m_timelineUndo = new QUndoStack(this);
    m_ruleProposals = makeAction(this, QStringLiteral("actionRuleProposals"), tr("Events proposed by &rules…"),
                                 tr("Events the promotion rules propose from the records, to accept or leave"));
    connect(m_ruleProposals, &QAction::triggered, this, &MainWindow::ruleProposalsInteractive);

    m_quit = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), tr("Close the case and quit Tessera"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_about = makeAction(this, QStringLiteral("actionAbout"), tr("&About Tessera"), tr("About Tessera"));
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenusAndToolBar() {
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu* caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->setObjectName(QStringLiteral("menuCase"));
    caseMenu->addAction(m_newCase);
    caseMenu->addAction(m_openCase);
    auto* recent = new RecentCasesMenu(caseMenu);
    connect(recent, &RecentCasesMenu::openRequested, this, [this](const QString& path) { openCaseFile(path); });
    m_recentMenu = recent;
    caseMenu->addMenu(recent);
    caseMenu->addAction(m_closeCase);
    caseMenu->addAction(m_lockCase);
    caseMenu->addAction(m_drafts);
    caseMenu->addAction(m_changePassphrase);
    caseMenu->addAction(m_restoreBackup);
    caseMenu->addAction(m_auditLog);
    caseMenu->addSeparator();
    caseMenu->addAction(m_reports);
    caseMenu->addAction(m_export);
    caseMenu->addSeparator();
    caseMenu->addAction(m_quit);

    QMenu* records = menuBar()->addMenu(tr("&Records"));
    records->setObjectName(QStringLiteral("menuRecords"));
    records->addAction(m_import);
    records->addSeparator();
    records->addAction(m_promote);
    records->addAction(m_ruleProposals);
    QAction* undoPromote = m_timelineUndo->createUndoAction(this, tr("Undo"));
    undoPromote->setObjectName(QStringLiteral("actionTimelineUndo"));
    QAction* redoPromote = m_timelineUndo->createRedoAction(this, tr("Redo"));
    redoPromote->setObjectName(QStringLiteral("actionTimelineRedo"));
    records->addAction(undoPromote);
    records->addAction(redoPromote);

    QMenu* people = menuBar()->addMenu(tr("&People"));
    people->setObjectName(QStringLiteral("menuPeople"));
    people->addAction(m_addPerson);
    people->addAction(m_addIdentifier);
    people->addSeparator();
    people->addAction(m_showEveryoneAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_viewMenu = view;
    m_peopleDock = new QDockWidget(tr("People"), this);
    m_peopleDock->setObjectName(QStringLiteral("peopleDock"));
    m_peopleDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_peopleDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_people = new PeoplePanel(m_peopleDock);
    m_people->setMinimumWidth(230);
    m_peopleDock->setWidget(m_people);
    addDockWidget(Qt::LeftDockWidgetArea, m_peopleDock);
    QAction* togglePeople = m_peopleDock->toggleViewAction();
    togglePeople->setObjectName(QStringLiteral("actionShowPeoplePanel"));
    togglePeople->setText(tr("&People panel"));
    view->addAction(togglePeople);
    m_caseworkDock = new QDockWidget(tr("Casework"), this); // issue 10: due and expiring, leads, notes, activity
    m_caseworkDock->setObjectName(QStringLiteral("caseworkDock"));
    m_caseworkDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_casework = new CaseworkPanel(m_caseworkDock);
    m_caseworkDock->setWidget(m_casework);
    addDockWidget(Qt::RightDockWidgetArea, m_caseworkDock);
    view->addAction(m_caseworkDock->toggleViewAction());
    connect(m_casework, &CaseworkPanel::caseChanged, this, &MainWindow::refreshAfterDataChange);

    // The proof board (issue 3): a dock beside the timeline, so choosing evidence on it selects it in the timeline.
    m_proofDock = new QDockWidget(tr("Proof board"), this);
    m_proofDock->setObjectName(QStringLiteral("proofBoardDock"));
    m_proofDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                             QDockWidget::DockWidgetFloatable);
    m_proof = new ProofBoardView(m_proofDock);
    m_proofDock->setWidget(m_proof);
    addDockWidget(Qt::RightDockWidgetArea, m_proofDock);
    // Tabbed with Casework: side by side, the two docks' minimum widths would add up and push the window past a
    // laptop's screen.
    tabifyDockWidget(m_caseworkDock, m_proofDock);
    m_proofDock->hide();
    QAction* toggleProof = m_proofDock->toggleViewAction();
    toggleProof->setObjectName(QStringLiteral("actionShowProofBoard"));
    toggleProof->setText(tr("Proof &board"));
    toggleProof->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggleProof->setStatusTip(tr("Charges × elements: how each element is proven, and the victim burden"));
    view->addAction(toggleProof);
    connect(toggleProof, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_proofDock->raise(); // tabbed with Casework: bring it to the front
    });
    connect(m_proofDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        // The first time the board shows, give it half the window: charges × elements need the width.
        if (visible && !m_proofDock->isFloating() && m_proofDock->width() < width() / 3)
            resizeDocks({m_proofDock}, {width() / 2}, Qt::Horizontal);
    });
    connect(m_proof, &ProofBoardView::showInTimeline, this,
            [this](const QVector<qint64>& events, const QVector<qint64>& records) { selectInTimeline(events, records); });
    connect(m_proof, &ProofBoardView::caseChanged, this, [this] { refreshStatus(); });
    // The proof board's gap → lead and pending-authentication → certificate steps run in the casework panel.
    connect(m_proof, &ProofBoardView::leadFromGapRequested, this, [this](qint64 charge, const QString& element) {
        m_caseworkDock->show();
        m_casework->newLeadForElement(charge, element);
    });
    connect(m_proof, &ProofBoardView::certifyRequested, this, [this](qint64 exhibit) {
        m_caseworkDock->show();
        m_casework->certifyInteractive(exhibit);
    });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addMenu(new WritingPromptsMenu(tools));
    tools->addMenu(new InterfaceLanguageMenu(tools));
    tools->addMenu(new AppearanceMenu(tools));
    tools->addSeparator();
    tools->addAction(m_preferences);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* guide = help->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { (new UserGuideWindow(this))->show(); });
    help->addSeparator();
    help->addAction(m_about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newCase);
    bar->addAction(m_openCase);
    bar->addSeparator();
    bar->addAction(m_import);
    bar->addAction(m_addPerson);
    bar->addAction(m_addIdentifier);
    bar->addSeparator();
    bar->addAction(m_export);

    connect(m_people, &PeoplePanel::personSelected, this, &MainWindow::onPersonSelected);
    connect(m_people, &PeoplePanel::addPersonRequested, this, &MainWindow::addPersonInteractive);
    connect(m_people, &PeoplePanel::addIdentifierRequested, this, &MainWindow::addIdentifierInteractive);
    connect(m_people, &PeoplePanel::choicesRequested, this, [this](qint64 personId) {
        if (!m_case || personId == 0)
            return;
        VictimChoicesDialog page(*m_case, personId, this);
        page.exec();
        refreshAfterDataChange();
    });
}

void MainWindow::createWorkspace() {
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_startPage = new StartPage(m_newCase, m_openCase, m_stack);

    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(QStringLiteral("caseWorkspace"));
    m_filterLabel = new QLabel(m_workspace);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_filterLabel->setTextFormat(Qt::PlainText);
    m_filterLabel->setWordWrap(true); // a long person label must not widen the window past the screen
    m_showEveryone = new QPushButton(tr("Show everyone"), m_workspace);
    m_showEveryone->setObjectName(QStringLiteral("showEveryoneButton"));
    connect(m_showEveryone, &QPushButton::clicked, this, [this] { showPerson(0); });
    auto* header = new QHBoxLayout;
    header->addWidget(m_filterLabel, 1);
    header->addWidget(m_showEveryone);

    m_chart = new TimelineChartWidget(m_workspace);
    m_model = new TimelineModel(this);
    m_model->setObjectName(QStringLiteral("timelineModel"));
    m_table = new TimelineView(m_workspace);
    m_table->setModel(m_model);
    m_table->applyColumnWidths();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_promote);

    // The chart's zoom, filter and navigation undo (View → Timeline chart); chart and table select together.
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("menuView"))) {
        QMenu* chartMenu = view->addMenu(tr("Timeline &chart"));
        chartMenu->setObjectName(QStringLiteral("menuTimelineChart"));
        for (QAction* a : m_chart->navigation()->actions()) {
            chartMenu->addAction(a);
            addAction(a); // shortcuts work wherever the focus is in the window
        }
    }
    connect(m_chart, &TimelineChartWidget::eventClicked, this, [this](qint64 id) { selectInTimeline({id}, {}); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QVector<qint64> events;
        for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
            if (i.data(TimelineModel::ItemKindRole).toString() == QLatin1String("event"))
                events << i.data(TimelineModel::ItemIdRole).toLongLong();
        m_chart->setSelectedEvents(events);
    });

    m_splitter = new QSplitter(Qt::Vertical, m_workspace);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    m_lockScreen = new LockScreen(m_stack);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, [this](const QString& p) { unlockCase(p); });
    connect(m_lockScreen, &LockScreen::closeRequested, this, &MainWindow::closeCase);

    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lockScreen);
    setCentralWidget(m_stack);
}

void MainWindow::updateActions() {
    const bool open = m_case != nullptr;
    for (QAction* a : {m_closeCase, m_changePassphrase, m_restoreBackup, m_auditLog, m_reports, m_import, m_addPerson, m_export,
                       m_showEveryoneAction, m_promote, m_ruleProposals})
        a->setEnabled(open);
    m_addIdentifier->setEnabled(open && m_hasPeople);
    m_lockCase->setEnabled(open);
    m_drafts->setEnabled(open);
    // While locked: nothing that shows or opens a case (recent paths can name a case), and no dialog.
    for (QAction* a : {m_newCase, m_openCase, m_preferences, m_about})
        a->setEnabled(!m_locked);
    m_recentMenu->setEnabled(!m_locked);
    m_viewMenu->setEnabled(!m_locked);
    m_peopleDock->setVisible(open);
    m_peopleDock->toggleViewAction()->setEnabled(open);
    m_proofDock->toggleViewAction()->setEnabled(open);
    if (!open)
        m_proofDock->hide();
    if (m_locked) {
        m_caseworkDock->hide();
    } else if (m_caseworkHiddenByLock) {
        m_caseworkDock->setVisible(m_caseworkWasVisible);
        m_caseworkHiddenByLock = false;
    }
    m_stack->setCurrentWidget(m_locked ? static_cast<QWidget*>(m_lockScreen) : open ? m_workspace : m_startPage);
    m_idle->setRunning(open);
}

// ---- case lifecycle -----------------------------------------------------------------------------------------------

bool MainWindow::openCaseFile(const QString& path) {
    if (!QFileInfo(path).isFile()) {
        MessageBoxes::warning(this, tr("Open case"),
                              tr("There is no case file at %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (m_case && QFileInfo(m_case->path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return true; // already open here
    QString passphrase = qEnvironmentVariable("TESSERA_PASSPHRASE");
    QString note;
    for (;;) {
        if (passphrase.isEmpty()) {
            PassphraseDialog dialog(path, this);
            dialog.setNote(note);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            passphrase = dialog.passphrase();
        }
        bool wrong = false;
        if (openCase(path, passphrase, &wrong))
            return true;
        if (!wrong)
            return false;
        note = CaseErrorText::wrongPassphrase();
        passphrase.clear();
    }
}

bool MainWindow::openCase(const QString& path, const QString& passphrase, bool* wrongPassphrase) {
    if (wrongPassphrase)
        *wrongPassphrase = false;
    if (m_case && QFileInfo(m_case->path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return true;
    std::unique_ptr<Case> opened;
    try {
        BusyCursor busy;
        opened = Case::open(path, passphrase);
    } catch (const CaseError& e) {
        if (e.kind() == ErrorKind::WrongPassphrase && wrongPassphrase) {
            *wrongPassphrase = true;
            return false;
        }
        showCaseError(e, tr("open the case"));
        return false;
    } catch (const std::exception& e) {
        showCaseError(CaseError(ErrorKind::Internal, QString::fromLocal8Bit(e.what())), tr("open the case"));
        return false;
    }
    closeCase();
    m_case = std::move(opened);
    afterCaseOpened();
    offerDrafts(); // kept when the case locked and was then closed from the lock screen
    if (m_case && !m_case->backupWarning().isEmpty())
        statusBar()->showMessage(tr("The case is open, but no backup could be taken (is the disk full?)."), 15000);
    return m_case != nullptr;
}

bool MainWindow::createCase(const QString& path, NewCaseOptions options, const QString& passphrase, bool keepKdf) {
    if (!keepKdf)
        options.kdf = insecureTestKdfRequested() ? KdfParameters::testing() : KdfParameters::releaseDefault();
    if (QFileInfo::exists(path)) {
        MessageBoxes::warning(this, tr("New case"),
                              tr("A file already exists at %1. Tessera never overwrites a file; choose another name.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    std::unique_ptr<Case> created;
    try {
        BusyCursor busy;
        created = Case::create(path, passphrase, options);
    } catch (const CaseError& e) {
        showCaseError(e, tr("create the case"));
        return false;
    } catch (const std::exception& e) {
        showCaseError(CaseError(ErrorKind::Internal, QString::fromLocal8Bit(e.what())), tr("create the case"));
        return false;
    }
    closeCase();
    m_case = std::move(created);
    afterCaseOpened();
    return m_case != nullptr;
}

void MainWindow::afterCaseOpened(bool unlocking) {
    if (!unlocking)
        RecentCasesMenu::remember(m_case->path());
    try {
        m_displayZone = m_case->settings().value(CaseSettings::Key::DisplayZone);
        m_model->setDatabase(&m_case->db(), m_displayZone);
        refreshPeople();
        refreshChart();
    } catch (const CaseError& e) {
        showCaseError(e, tr("read the case"));
        closeCase();
        return;
    }
    m_proof->setCase(m_case.get(), m_displayZone);
    setWindowTitle(tr("Tessera — %1").arg(m_case->settings().value(CaseSettings::Key::Title)));
    refreshStatus();
    refreshFilterLabel();
    updateActions();
    fitChartPane();
    m_table->setFocus();
    m_casework->setCase(m_case.get());
    if (!unlocking)
        m_casework->remindIfDue(); // something due within a week (issue 10)
    try {
        m_draftsPending = DraftStore::any(m_case->db());
    } catch (const CaseError&) {
        m_draftsPending = false;
    }
}

void MainWindow::fitChartPane() {
    // Give the chart the room it needs (up to 45% of the height); the table takes the rest.
    const int available = std::max(200, m_splitter->height());
    const int chart = std::clamp(m_chart->preferredHeight(), 120, available * 45 / 100);
    m_splitter->setSizes({chart, std::max(100, available - chart)});
}

void MainWindow::closeCase() {
    if (m_locked) { // "Close the case" on the lock screen: the case is already closed
        m_locked = false;
        m_lockedPath.clear();
        m_lockScreen->setNote({});
        setWindowTitle(tr("Tessera"));
        refreshStatus();
        updateActions();
        return;
    }
    if (!m_case)
        return;
    dropCaseFromViews();
    m_case->close();
    m_case.reset();
    m_displayZone.clear();
    m_draftsPending = false;
    setWindowTitle(tr("Tessera"));
    refreshStatus();
    updateActions();
}

void MainWindow::dropCaseFromViews() {
    m_model->setDatabase(nullptr, QString());
    m_proof->setCase(nullptr, QString());
    m_timelineUndo->clear();
    m_chart->setChartData({});
    m_people->clear();
    m_casework->setCase(nullptr);
    m_hasPeople = false;
}

// ---- locking (issue 8 §1) -----------------------------------------------------------------------------------------

bool MainWindow::lockCase(LockReason reason) {
    if (!m_case || m_locked)
        return false;
    if (LongOperation::active()) { // an import or export holds a transaction open: lock as soon as it ends
        if (!m_pendingLock) {
            m_pendingLock = reason;
            auto* retry = new QTimer(this);
            connect(retry, &QTimer::timeout, this, [this, retry] {
                if (LongOperation::active())
                    return;
                retry->deleteLater();
                const LockReason r = m_pendingLock.value_or(LockReason::Idle);
                m_pendingLock.reset();
                lockCase(r);
            });
            retry->start(200);
        }
        return false;
    }
    m_pendingLock.reset();
    const QByteArray layout = saveState(); // the docks as they are, for a restart into the lock screen
    // 1. The half-typed text of every window, kept in the case while every field still holds it.
    const QVector<Draft> drafts = DraftKeeper::collect();
    QString note;
    try {
        DraftStore::keepOnLock(*m_case, drafts, lockReasonWord(reason));
    } catch (const CaseError&) {
        note = drafts.isEmpty() ? QString() : draftsNotKeptNote();
    }
    m_locked = true;
    m_lockedPath = m_case->path();
    m_caseworkWasVisible = !m_caseworkDock->isHidden();
    m_caseworkHiddenByLock = true;
    m_proofWasVisible = !m_proofDock->isHidden();
    // 2. Every other window closes; modal ones return from exec() as rejected. The main window's fields empty.
    closeOtherWindows();
    DraftKeeper::clearFields(this);
    SecretClipboard::clearIfStillOurs();
    // 3. The key is wiped and the connection dropped. The Case object stays (closed) for dialogs still unwinding.
    dropCaseFromViews();
    m_case->close();
    ClosedCases::add(m_case.get());
    m_closedCases.push_back(std::move(m_case));
    m_displayZone.clear();
    m_draftsPending = false;
    // 4. The lock screen: why, and the passphrase. Nothing of the case in the title, status bar or docks.
    m_lockScreen->setReason(reason, std::chrono::duration_cast<std::chrono::seconds>(m_idle->interval()).count());
    m_lockScreen->setNote(note);
    setWindowTitle(tr("Tessera — locked"));
    statusBar()->clearMessage();
    refreshStatus();
    updateActions();
    m_lockScreen->resetPassphrase();
    // 5. The memory that held case data ends with the process image: Tessera re-executes itself into the lock screen
    //    (the application's hook; see setLockRestartHook). Window geometry and layout go through the settings.
    if (m_restartHook) {
        QSettings settings;
        settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
        settings.setValue(QLatin1String(kStateKey), layout);
        settings.sync();
        LockRestart restart;
        restart.casePath = QFileInfo(m_lockedPath).absoluteFilePath(); // the new image must not depend on a cwd
        restart.reason = reason;
        restart.idleSeconds = std::chrono::duration_cast<std::chrono::seconds>(m_idle->interval()).count();
        restart.draftsNotKept = !note.isEmpty();
        if (!m_restartHook(restart))
            m_lockScreen->setNote((note.isEmpty() ? QString() : note + QLatin1Char('\n')) +
                                  tr("Tessera could not restart itself to clear case data from its memory: quit "
                                     "Tessera before you leave the computer."));
    }
    return true;
}

void MainWindow::showLockedCase(const LockRestart& restart) {
    closeCase();
    // The layout the lock saved: which docks come back after unlocking.
    restoreState(QSettings().value(QLatin1String(kStateKey)).toByteArray());
    m_caseworkWasVisible = !m_caseworkDock->isHidden();
    m_caseworkHiddenByLock = true;
    m_proofWasVisible = !m_proofDock->isHidden();
    m_locked = true;
    m_lockedPath = restart.casePath;
    m_draftsPending = false;
    m_lockScreen->setReason(restart.reason, restart.idleSeconds);
    m_lockScreen->setNote(restart.draftsNotKept ? draftsNotKeptNote() : QString());
    setWindowTitle(tr("Tessera — locked"));
    statusBar()->clearMessage();
    refreshStatus();
    updateActions();
    m_lockScreen->resetPassphrase();
}

void MainWindow::closeOtherWindows() {
    QToolTip::hideText(); // a tooltip can show a safe-contact note
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QList<QPointer<QWidget>> windows;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != this && w->isVisible())
            windows.append(w);
    for (const QPointer<QWidget>& w : windows) {
        if (!w)
            continue;
        // done(), not reject(): a dialog that asks "save your text first?" on reject must not ask now (its text is
        // already kept as a draft); a modal dialog's exec() returns QDialog::Rejected.
        if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->done(QDialog::Rejected);
        else
            w->close();
    }
}

bool MainWindow::unlockCase(const QString& passphrase) {
    if (!m_locked)
        return false;
    std::unique_ptr<Case> opened;
    try {
        BusyCursor busy;
        opened = Case::open(m_lockedPath, passphrase, false);
    } catch (const CaseError& e) {
        m_lockScreen->setNote(e.kind() == ErrorKind::WrongPassphrase
                                  ? tr("That passphrase did not open the case. Nothing was changed; please try again.")
                                  : CaseErrorText::describe(e, tr("unlock the case")));
        m_lockScreen->resetPassphrase();
        return false;
    } catch (const std::exception& e) {
        m_lockScreen->setNote(CaseErrorText::describe(CaseError(ErrorKind::Internal, QString::fromLocal8Bit(e.what())),
                                                      tr("unlock the case")));
        m_lockScreen->resetPassphrase();
        return false;
    }
    m_locked = false;
    m_lockedPath.clear();
    m_lockScreen->setNote({});
    m_case = std::move(opened);
    afterCaseOpened(true);
    if (!m_case)
        return false;
    if (m_proofWasVisible)
        m_proofDock->show();
    offerDrafts();
    return true;
}

void MainWindow::offerDrafts() {
    if (!m_case || !m_draftsPending)
        return;
    restoreDraftsInto(this);
    if (m_draftsPending) {
        statusBar()->showMessage(tr("Text you were typing when the case locked was kept: open the same window again "
                                    "to get it back, or see Case → Drafts kept when the case locked."),
                                 15000);
        showDrafts();
    }
}

void MainWindow::restoreDraftsInto(QWidget* window) {
    if (!m_case || !m_draftsPending)
        return;
    try {
        const QVector<Draft> drafts = DraftStore::list(m_case->db());
        const QVector<qint64> used = DraftKeeper::restoreInto(window, drafts);
        DraftStore::remove(*m_case, used, true);
        m_draftsPending = drafts.size() > used.size();
    } catch (const CaseError& e) {
        statusBar()->showMessage(CaseErrorText::describe(e, tr("put the kept text back")), 10000);
    }
}

void MainWindow::showDrafts(bool modal) {
    if (!m_case)
        return;
    try {
        if (modal) {
            DraftsDialog dialog(*m_case, this);
            dialog.exec();
            m_draftsPending = m_case && DraftStore::any(m_case->db());
            return;
        }
        auto* dialog = new DraftsDialog(*m_case, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DraftsDialog::draftsChanged, this, [this] {
            try {
                m_draftsPending = m_case && DraftStore::any(m_case->db());
            } catch (const CaseError&) {
            }
        });
        dialog->open();
    } catch (const CaseError& e) {
        showCaseError(e, tr("list the drafts"));
    }
}

void MainWindow::onScreenLocked() {
    if (AutoLockSettings::lockOnScreenLock())
        lockCase(LockReason::ScreenLocked);
}

void MainWindow::preferencesInteractive() {
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idle->setInterval(std::chrono::minutes(AutoLockSettings::idleMinutes()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* dialog = qobject_cast<QDialog*>(watched);
        if (dialog && dialog->isWindow()) {
            if (m_locked) // nothing opens over the lock screen (a message box from code still unwinding)
                QMetaObject::invokeMethod(dialog, [dialog] { dialog->done(QDialog::Rejected); }, Qt::QueuedConnection);
            else if (m_draftsPending && !qobject_cast<DraftsDialog*>(dialog))
                restoreDraftsInto(dialog);
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    SecretClipboard::clearIfStillOurs();
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    closeCase();
    event->accept();
}

// ---- refreshing the views ---------------------------------------------------------------------------------------

void MainWindow::refreshPeople() {
    if (!m_case) {
        m_people->clear();
        return;
    }
    const QVector<Person> people = PersonRepository::list(m_case->db());
    QHash<qint64, int> counts;
    for (const Identifier& i : IdentifierRepository::all(m_case->db()))
        ++counts[i.personId];
    m_people->setPeople(people, counts);
    m_hasPeople = !people.isEmpty();
    m_addIdentifier->setEnabled(m_hasPeople);
}

void MainWindow::refreshChart() {
    if (!m_case) {
        m_chart->setChartData({});
        return;
    }
    BusyCursor busy;
    const int lanesBefore = m_chart->laneCount();
    m_chart->setChartData(TimelineChartBuilder::build(m_case->db(), m_displayZone));
    if (m_chart->laneCount() != lanesBefore)
        fitChartPane();
}

void MainWindow::refreshStatus() {
    if (!m_case) {
        m_statusTitle->setText(m_locked ? tr("Locked") : tr("No case open"));
        m_statusRecords->clear();
        m_statusZone->clear();
        m_statusRecords->setVisible(false);
        m_statusZone->setVisible(false);
        return;
    }
    CaseSettings settings = m_case->settings();
    const QString title = settings.value(CaseSettings::Key::Title);
    const QString number = settings.value(CaseSettings::Key::CaseNumber);
    m_statusTitle->setText(number.isEmpty() ? title : tr("%1 (%2)").arg(title, number));
    qint64 records = 0;
    int exhibits = 0;
    try {
        for (const Exhibit& e : ExhibitRepository::list(m_case->db())) {
            records += e.recordCount;
            ++exhibits;
        }
    } catch (const CaseError&) {
        // The status line is a convenience; the views report storage errors.
    }
    const QString recordText = records == 1 ? tr("1 record") : tr("%1 records").arg(QLocale().toString(records));
    const QString exhibitText = exhibits == 1 ? tr("1 exhibit") : tr("%1 exhibits").arg(exhibits);
    m_statusRecords->setText(tr("%1 in %2").arg(recordText, exhibitText));
    m_statusZone->setText(tr("Times in %1").arg(m_displayZone));
    m_statusRecords->setVisible(true);
    m_statusZone->setVisible(true);
}

void MainWindow::refreshFilterLabel() {
    if (!m_case) {
        m_filterLabel->clear();
        return;
    }
    const qint64 total = m_model->totalItems();
    const QString count = total == 1 ? tr("1 item") : tr("%1 items").arg(QLocale().toString(total));
    const qint64 personId = m_model->filter().personId;
    if (personId == 0) {
        m_filterLabel->setText(tr("Timeline of everyone: %1, in time order").arg(count));
    } else {
        m_filterLabel->setText(tr("Timeline of %1: %2 — records carrying their identifiers and events naming them")
                                   .arg(m_people->labelOf(personId), count));
    }
    m_showEveryone->setVisible(personId != 0);
}

void MainWindow::refreshAfterDataChange() {
    if (!m_case) // a dialog closed by a lock returns here after the case was closed
        return;
    try {
        m_model->reload();
        refreshPeople();
        refreshChart();
    } catch (const CaseError& e) {
        showCaseError(e, tr("read the case"));
    }
    m_proof->refresh();
    refreshStatus();
    refreshFilterLabel();
    m_casework->refresh();
}

void MainWindow::onPersonSelected(qint64 personId) {
    if (!m_case || m_model->filter().personId == personId)
        return;
    TimelineFilter filter = m_model->filter();
    filter.personId = personId;
    try {
        BusyCursor busy;
        m_model->setFilter(filter);
    } catch (const CaseError& e) {
        showCaseError(e, tr("show this timeline"));
    }
    refreshFilterLabel();
}

void MainWindow::showPerson(qint64 personId) {
    m_people->selectPerson(personId);
    onPersonSelected(personId); // in case the panel's selection did not change
}

int MainWindow::selectInTimeline(const QVector<qint64>& events, const QVector<qint64>& records) {
    if (!m_case)
        return 0;
    auto rows = [this, &events, &records](bool* missing) {
        QVector<int> out;
        *missing = false;
        auto keep = [&out, missing](int r) {
            if (r < 0)
                *missing = true;
            else if (!out.contains(r))
                out << r;
        };
        for (qint64 e : events)
            keep(m_model->rowOfEvent(e));
        for (qint64 rec : records)
            keep(m_model->rowOfRecord(rec));
        std::sort(out.begin(), out.end());
        return out;
    };
    bool missing = false;
    QVector<int> found;
    try {
        found = rows(&missing);
        if (missing && m_model->filter().personId != 0) {
            showPerson(0);
            found = rows(&missing);
        }
    } catch (const CaseError& e) {
        showCaseError(e, tr("find the evidence in the timeline"));
        return 0;
    }
    QItemSelection selection;
    for (int r : found)
        selection.select(m_model->index(r, 0), m_model->index(r, TimelineModel::ColumnCount - 1));
    QItemSelectionModel* sm = m_table->selectionModel();
    sm->clearSelection();
    if (!found.isEmpty()) {
        sm->setCurrentIndex(m_model->index(found.first(), 0), QItemSelectionModel::NoUpdate);
        sm->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(found.first(), 0), QAbstractItemView::PositionAtCenter);
    }
    statusBar()->showMessage(tr("%n item(s) selected in the timeline.", nullptr, static_cast<int>(found.size())), 6000);
    return static_cast<int>(found.size());
}

QVector<qint64> MainWindow::selectedRecords() const {
    QVector<qint64> out;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        if (i.data(TimelineModel::ItemKindRole).toString() == QLatin1String("record"))
            out << i.data(TimelineModel::ItemIdRole).toLongLong();
    return out;
}

void MainWindow::promoteRecordsInteractive() {
    if (!m_case)
        return;
    const QVector<qint64> records = selectedRecords();
    EventProposal proposal;
    proposal.timeBasis = m_displayZone;
    QString peopleText;
    try {
        if (!records.isEmpty())
            proposal = PromotionRules::fromRecords(m_case->db(), records, m_displayZone);
        QStringList actors, others;
        for (qint64 id : proposal.actors)
            actors << m_people->labelOf(id);
        for (qint64 id : proposal.others)
            others << m_people->labelOf(id);
        if (!actors.isEmpty())
            peopleText = tr("Actors: %1").arg(actors.join(QStringLiteral(", ")));
        if (!others.isEmpty())
            peopleText += (peopleText.isEmpty() ? QString() : QStringLiteral("\n")) +
                          tr("Others involved: %1").arg(others.join(QStringLiteral(", ")));
    } catch (const CaseError& e) {
        showCaseError(e, tr("read the selected records"));
        return;
    }
    PromoteRecordsDialog dialog(proposal, peopleText, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    promoteRecords(dialog.proposal(), dialog.place());
}

void MainWindow::ruleProposalsInteractive() {
    if (!m_case)
        return;
    QVector<EventProposal> proposals;
    try {
        BusyCursor busy;
        proposals = PromotionRules::propose(m_case->db(), m_displayZone);
    } catch (const CaseError& e) {
        showCaseError(e, tr("apply the promotion rules"));
        return;
    }
    RuleProposalsDialog dialog(proposals, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<qint64> ids = acceptProposals(dialog.accepted());
    statusBar()->showMessage(tr("%n event(s) recorded from the rules' proposals.", nullptr, static_cast<int>(ids.size())),
                             8000);
}

QVector<qint64> MainWindow::acceptProposals(const QVector<EventProposal>& proposals) {
    QVector<qint64> ids;
    if (!m_case || proposals.isEmpty())
        return ids;
    m_timelineUndo->beginMacro(tr("record %n proposed event(s)", nullptr, static_cast<int>(proposals.size())));
    for (const EventProposal& p : proposals) {
        NewEvent ev;
        ev.when = p.when;
        ev.timeBasis = p.timeBasis;
        ev.category = p.category;
        ev.summary = p.summary;
        ev.actors = p.actors;
        ev.others = p.others;
        ev.fromRecords = p.records;
        try {
            const qint64 id = EventRepository::add(*m_case, ev);
            m_timelineUndo->push(new PromoteRecordsCommand(
                m_case.get(), ev, id, [this] { refreshAfterDataChange(); },
                [this](const CaseError& e) { showCaseError(e, tr("change the events")); }));
            ids << id;
        } catch (const CaseError& e) {
            showCaseError(e, tr("record the proposed event"));
            break;
        }
    }
    m_timelineUndo->endMacro();
    refreshAfterDataChange();
    selectInTimeline(ids, {});
    return ids;
}

qint64 MainWindow::promoteRecords(const EventProposal& proposal, const QString& place) {
    if (!m_case)
        return 0;
    NewEvent ev;
    ev.when = proposal.when;
    ev.timeBasis = proposal.timeBasis;
    ev.category = proposal.category;
    ev.summary = proposal.summary;
    ev.place = place;
    ev.actors = proposal.actors;
    ev.others = proposal.others;
    ev.fromRecords = proposal.records;
    qint64 id = 0;
    try {
        id = EventRepository::add(*m_case, ev);
    } catch (const CaseError& e) {
        showCaseError(e, tr("promote the records"));
        return 0;
    }
    m_timelineUndo->push(new PromoteRecordsCommand(
        m_case.get(), ev, id, [this] { refreshAfterDataChange(); },
        [this](const CaseError& e) { showCaseError(e, tr("change the events")); }));
    refreshAfterDataChange();
    selectInTimeline({id}, {});
    return id;
}

void MainWindow::showCaseError(const CaseError& error, const QString& action) {
    QString text = CaseErrorText::describe(error, action);
    QString details;
    switch (error.kind()) {
    case ErrorKind::BadInput:
    case ErrorKind::Usage:
    case ErrorKind::HeldByVictimChoice:
        text += QStringLiteral("\n\n") + error.message();
        break;
    case ErrorKind::WrongPassphrase:
    case ErrorKind::OpenElsewhere:
        break;
    default:
        details = error.message();
        break;
    }
    MessageBoxes::warning(this, tr("Tessera"), text, details);
}

// ---- work on the open case ----------------------------------------------------------------------------------------

bool MainWindow::importFile(const QString& filePath, const ImportOptions& options, bool* failed) {
    if (failed)
        *failed = false;
    if (!m_case)
        return false;
    const QString fileName = QFileInfo(filePath).fileName();
    if (options.providedByPerson != 0) {
        // A person's own device or data: their device-extraction choice governs it (core enforces it in
        // ImportSession; here the gate asks first, so the investigator can record the choice and see the alternatives).
        const PolicyAnswer a = VictimChoicePolicy::check(m_case->db(), VictimAction::ExtractDevice, options.providedByPerson);
        if (!a.allowed()) {
            const auto person = PersonRepository::get(m_case->db(), options.providedByPerson);
            CheckpointGateDialog gate(*m_case, options.providedByPerson, person ? person->label() : QString(), a.point,
                                      nullptr, this);
            gate.exec();
            const PolicyAnswer again =
                VictimChoicePolicy::check(m_case->db(), VictimAction::ExtractDevice, options.providedByPerson);
            if (!again.allowed()) {
                QString text = tr("Nothing was imported: %1's device-extraction choice is %2. Declining never blocks "
                                  "the work on the offender.")
                                   .arg(person ? person->label() : QString(), again.state());
                if (!again.alternatives.isEmpty())
                    text += QStringLiteral("\n\n") + tr("Instead:") + QStringLiteral("\n• ") +
                            again.alternatives.join(QStringLiteral("\n• "));
                MessageBoxes::information(this, tr("Import records"), text);
                refreshAfterDataChange();
                return false;
            }
        }
    }
    const ImportRunner::Outcome outcome = ImportRunner::run(this, *m_case, filePath, options);
    if (failed)
        *failed = !outcome.ok && !outcome.cancelled;
    if (outcome.cancelled) {
        MessageBoxes::information(this, tr("Import records"), tr("The import was cancelled. Nothing was saved."));
        return false;
    }
    if (!outcome.ok) {
        showCaseError(*outcome.error, tr("import %1").arg(fileName));
        return false;
    }
    refreshAfterDataChange();
    const ImportResult& r = outcome.result;
    QString text = tr("%1 is now exhibit %2.").arg(fileName).arg(r.exhibitId) + QStringLiteral("\n\n");
    text += tr("Records imported: %1").arg(QLocale().toString(r.records)) + QLatin1Char('\n');
    text += tr("Kept with a flag to check: %1").arg(QLocale().toString(r.flagged)) + QLatin1Char('\n');
    text += tr("Rows that could not be read: %1").arg(QLocale().toString(r.rejected));
    if (r.rejected > 0)
        text += tr(" (listed by row and field in the case's reject report)");
    text += QLatin1Char('\n');
    if (r.outsideScope > 0) // issue 4: a person's own device, within the dates and apps they agreed to
        text += tr("Outside the dates and apps the person agreed to, not created: %1")
                    .arg(QLocale().toString(r.outsideScope)) + QLatin1Char('\n');
    if (r.quarantined > 0) // issue 10: a return checked against its legal process's scope
        text += tr("Outside the legal process's scope, kept but quarantined (left out of the timeline and the proof "
                   "board, listed for the prosecutor): %1").arg(QLocale().toString(r.quarantined)) + QLatin1Char('\n');
    text += importBasisText(r);
    if (!r.warnings.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("%n warning(s): see the details.", nullptr, static_cast<int>(r.warnings.size()));
    MessageBoxes::information(this, tr("Import finished"), text, r.warnings.join(QLatin1Char('\n')));
    return true;
}

QString MainWindow::importBasisText(const ImportResult& r) {
    // From what the records got (ImportResult::bases), never from the import's default alone.
    auto sourceText = [](const QString& source) {
        if (source == QLatin1String("file"))
            return tr("from the file (the times' own offsets or zone column)");
        if (source == QLatin1String("option"))
            return tr("as you stated it");
        if (source == QLatin1String("profile"))
            return tr("as the layout states it");
        return tr("assumed: the source did not state it, so these records are marked “zone assumed”");
    };
    if (r.bases.isEmpty())
        return r.timeBasisAssumed ? tr("Time basis: %1, assumed.").arg(r.timeBasis)
                                  : tr("Time basis: %1, as stated.").arg(r.timeBasis);
    if (r.bases.size() == 1)
        return tr("Time basis: %1, %2.").arg(r.bases.first().basis, sourceText(r.bases.first().source));
    QStringList lines;
    for (const ImportBasisCount& b : r.bases)
        lines << tr("%1 records: %2, %3").arg(QLocale().toString(b.records), b.basis, sourceText(b.source));
    return tr("Time basis:") + QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
}

std::optional<Person> MainWindow::addPerson(const QStringList& roles, const QString& name, const QString& dateOfBirth) {
    if (!m_case)
        return std::nullopt;
    try {
        const Person person = PersonRepository::add(*m_case, roles, name, dateOfBirth);
        refreshPeople();
        m_casework->refresh(); // the activity log names the person added
        statusBar()->showMessage(
            person.isProtected
                ? tr("Added %1. Their identity is protected: they appear by this pseudonym.").arg(person.label())
                : tr("Added %1.").arg(person.label()),
            8000);
        return person;
    } catch (const CaseError& e) {
        showCaseError(e, tr("add the person"));
    }
    return std::nullopt;
}

bool MainWindow::addIdentifier(qint64 personId, const QString& kind, const QString& value, const QString& region,
                               const QString& from, const QString& to) {
    if (!m_case)
        return false;
    try {
        const IdentifierRepository::Added added =
            IdentifierRepository::add(*m_case, personId, kind, value, region, from, to);
        refreshAfterDataChange();
        statusBar()->showMessage(tr("Identifier added to %1; %2 record(s) already in the case link to them.")
                                     .arg(m_people->labelOf(personId))
                                     .arg(added.linkedRecords),
                                 8000);
        return true;
    } catch (const CaseError& e) {
        showCaseError(e, tr("add the identifier"));
    }
    return false;
}

std::optional<ProductionResult> MainWindow::exportProduction(const ProductionOptions& options) {
    if (!m_case)
        return std::nullopt;
    const ExportRunner::Outcome outcome = ExportRunner::run(this, *m_case, options);
    if (!outcome.ok) {
        showCaseError(*outcome.error, tr("write the production"));
        return std::nullopt;
    }
    const ProductionResult& r = outcome.result;
    m_casework->refresh(); // the activity log lists the production
    const QString text =
        tr("Production %1 is written to %2.").arg(r.productionNumber).arg(QDir::toNativeSeparators(options.outDir)) +
        QStringLiteral("\n\n") + tr("Bates numbers: %1 to %2").arg(r.firstBates, r.lastBates) + QLatin1Char('\n') +
        tr("Report pages: %1; files: %2").arg(r.reportPages).arg(r.files.size()) + QStringLiteral("\n\n") +
        tr("Integrity seal fingerprint:") + QLatin1Char('\n') + r.sealFingerprint + QStringLiteral("\n\n") +
        tr("Give the prosecutor this fingerprint by a separate channel (for example by phone) so they can check the "
           "seal with “tessera-cli verify-packet --expect-key”.");
    const auto answer = MessageBoxes::show(this, QMessageBox::Information, tr("Production written"), text, {},
                                           QMessageBox::Open | QMessageBox::Close, QMessageBox::Open,
                                           {{QMessageBox::Open, tr("Open folder")}});
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(options.outDir));
    return r;
}

// ---- dialogs
// ----------------------------------------------------------------------------------------------------------

void MainWindow::newCaseInteractive() {
    NewCaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    createCase(dialog.casePath(), dialog.options(), dialog.passphrase());
}

void MainWindow::openCaseInteractive() {
    QString folder = m_case ? QFileInfo(m_case->path()).absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open case"), folder, tr("Tessera cases (*.tessera);;All files (*)"),
                                     nullptr, QFileDialog::DontUseNativeDialog); // Qt's own: a lock can close it
    if (!path.isEmpty())
        openCaseFile(path);
}

void MainWindow::importInteractive(const QString& prefillPath) {
    if (!m_case)
        return;
    CaseSettings settings = m_case->settings();
    ImportDialog dialog(m_displayZone, settings.value(CaseSettings::Key::Region), this);
    if (!prefillPath.isEmpty())
        dialog.setFilePath(prefillPath);
    QVector<QPair<qint64, QString>> processes; // issue 10: import as the return of legal process
    for (const LegalProcess& p : LegalProcessRepository::list(m_case->db()))
        if (!p.withdrawn)
            processes.append({p.id, tr("%1 — %2 to %3").arg(p.id).arg(LegalProcessRepository::kindWords(p.kind), p.provider)});
    dialog.setLegalProcesses(processes);
    QVector<QPair<qint64, QString>> people; // issue 4: a person's own device or data (victims by pseudonym)
    for (const Person& p : PersonRepository::list(m_case->db()))
        people.append({p.id, p.label()});
    dialog.setPeople(people);
    // After an error (reported), the dialog comes back with what was entered, so nothing has to be typed again.
    while (dialog.exec() == QDialog::Accepted) {
        bool failed = false;
        importFile(dialog.filePath(), dialog.options(), &failed);
        if (!failed)
            return;
    }
}

void MainWindow::addPersonInteractive() {
    if (!m_case)
        return;
    AddPersonDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto person = addPerson(dialog.roles(), dialog.name(), dialog.dateOfBirth()))
        m_people->selectPerson(person->id);
}

void MainWindow::changePassphraseInteractive() {
    if (!m_case)
        return;
    ChangePassphraseDialog dialog(this);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        bool currentOk = false;
        {
            BusyCursor busy;
            currentOk = m_case->checkPassphrase(dialog.currentPassphrase());
        }
        if (currentOk)
            break;
        dialog.setNote(tr("The current passphrase did not match. Nothing was changed; please try again."));
    }
    changePassphrase(dialog.newPassphrase());
}

bool MainWindow::changePassphrase(const QString& newPassphrase) {
    if (!m_case)
        return false;
    try {
        BusyCursor busy;
        m_case->changePassphrase(newPassphrase, qEnvironmentVariable("TESSERA_INSECURE_TEST_KDF") == QLatin1String("1")
                                                    ? KdfParameters::testing()
                                                    : KdfParameters::releaseDefault());
    } catch (const CaseError& e) {
        showCaseError(e, tr("change the passphrase"));
        return false;
    }
    MessageBoxes::information(this, tr("Passphrase changed"),
                              tr("The passphrase was changed and checked by reading the case file back. Use the new "
                                 "one from now on; the old one no longer opens this case."));
    return true;
}

void MainWindow::showAuditLog() {
    if (!m_case)
        return;
    try {
        AuditLogDialog dialog(m_case->db(), this);
        dialog.exec();
    } catch (const CaseError& e) {
        showCaseError(e, tr("read the audit log"));
    }
}

void MainWindow::showReports(qint64 reportId) {
    if (!m_case)
        return;
    try {
        ReportsDialog dialog(*m_case, this);
        if (reportId)
            dialog.showVersion(reportId);
        dialog.exec();
    } catch (const CaseError& e) {
        showCaseError(e, tr("open the reports"));
    }
    refreshAfterDataChange(); // the casework activity list names the saves and signatures
}

void MainWindow::restoreBackupInteractive() {
    if (!m_case)
        return;
    RestoreBackupDialog dialog(m_case->path(), this);
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return;
        bool wrong = false;
        if (restoreBackup(dialog.backupId(), dialog.outPath(), dialog.passphrase(), &wrong) || !wrong)
            return;
        dialog.setNote(tr("That passphrase does not open the backup. Backups open with the case's current passphrase; "
                          "nothing was written. Please try again."));
    }
}

bool MainWindow::restoreBackup(const QString& backupId, const QString& outPath, const QString& passphrase,
                               bool* wrongPassphrase) {
    if (!m_case)
        return false;
    try {
        BusyCursor busy;
        Case::restoreBackup(m_case->path(), backupId, outPath, passphrase);
    } catch (const CaseError& e) {
        if (e.kind() == ErrorKind::WrongPassphrase && wrongPassphrase) {
            *wrongPassphrase = true;
            return false;
        }
        showCaseError(e, tr("restore the backup"));
        return false;
    }
    MessageBoxes::information(this, tr("Backup restored"),
                              tr("The backup was restored as a new case file and opened once to check it:\n%1\n"
                                 "The case you have open is unchanged. Open the restored file with Case → Open case.")
                                  .arg(QDir::toNativeSeparators(outPath)));
    return true;
}

void MainWindow::addIdentifierInteractive() {
    if (!m_case)
        return;
    QVector<AddIdentifierDialog::PersonChoice> choices;
    try {
        for (const Person& p : PersonRepository::list(m_case->db()))
            choices.append({p.id, QStringLiteral("%1 — %2").arg(p.label(), VocabularyText::roles(p.roles))});
    } catch (const CaseError& e) {
        showCaseError(e, tr("list the people"));
        return;
    }
    if (choices.isEmpty()) {
        MessageBoxes::information(this, tr("Add identifier"),
                                  tr("Add a person first; then attribute identifiers to them."));
        return;
    }
    AddIdentifierDialog dialog(choices, m_people->selectedPersonId(),
                               m_case->settings().value(CaseSettings::Key::Region), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addIdentifier(dialog.personId(), dialog.kind(), dialog.value(), dialog.region(), dialog.validFrom(),
                  dialog.validTo());
}

QString MainWindow::suggestedProductionFolder() const {
    if (!m_case)
        return {};
    // Beside the case file, named from the case number (never a person's name), numbered to be new.
    QString base = NewCaseDialog::suggestedFileName(m_case->settings().value(CaseSettings::Key::CaseNumber));
    base.chop(QStringLiteral(".tessera").size());
    const QDir dir = QFileInfo(m_case->path()).absoluteDir();
    QString candidate = dir.filePath(tr("%1-production").arg(base));
    for (int n = 2; QFileInfo::exists(candidate) && !ExportDialog::isUsableFolder(candidate); ++n)
        candidate = dir.filePath(tr("%1-production-%2").arg(base).arg(n));
    return candidate;
}

void MainWindow::exportInteractive(const QString& prefillFolder) {
    if (!m_case)
        return;
    ExportDialog dialog(prefillFolder.isEmpty() ? suggestedProductionFolder() : prefillFolder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportProduction(dialog.options());
}

void MainWindow::about() {
    MessageBoxes::information(
        this, tr("About Tessera"),
        tr("Tessera %1\n\nAn offline, encrypted workstation for human-trafficking investigations: build the case "
           "around the offender's pattern with records that do not depend on the person who was trafficked, and "
           "hand the prosecutor a sealed, Bates-numbered production.")
            .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::showDialogByName(const QString& name, const QString& prefill) {
    if (name == QLatin1String("new-case"))
        newCaseInteractive();
    else if (name == QLatin1String("open-case") && prefill.isEmpty())
        openCaseInteractive();
    else if (name == QLatin1String("open-case"))
        openCaseFile(prefill);
    else if (name == QLatin1String("import"))
        importInteractive(prefill);
    else if (name == QLatin1String("export"))
        exportInteractive(prefill);
    else if (name == QLatin1String("add-person"))
        addPersonInteractive();
    else if (name == QLatin1String("add-identifier"))
        addIdentifierInteractive();
    else if (name == QLatin1String("proof-board") || name == QLatin1String("add-charge") ||
             name == QLatin1String("link-event")) {
        m_proofDock->show();
        m_proofDock->raise();
        m_proof->tree()->setFocus();
        // proof-board with prefill "CHARGE/ELEMENT": choose that element and select its evidence in the timeline.
        const QStringList ref = prefill.split(QLatin1Char('/'));
        if (name == QLatin1String("proof-board") && ref.size() == 2 &&
            m_proof->selectElement(ref[0].toLongLong(), ref[1]))
            m_proof->showChosenInTimeline();
        if (name == QLatin1String("add-charge"))
            m_proof->addChargeInteractive();
        else if (name == QLatin1String("link-event"))
            m_proof->linkEventInteractive();
    }
    else if (name == QLatin1String("timeline-chart")) {
        // prefill "FROM/TO" (ISO dates, in the display zone): zoom the chart to that period, as one navigation step.
        const QStringList range = prefill.split(QLatin1Char('/'));
        const QTimeZone zone(m_displayZone.toUtf8());
        if (range.size() == 2 && zone.isValid()) {
            ChartView v = m_chart->navigation()->view();
            v.fromUtcUs = QDateTime(QDate::fromString(range[0], Qt::ISODate), QTime(0, 0), zone).toMSecsSinceEpoch() * 1000;
            v.toUtcUs = QDateTime(QDate::fromString(range[1], Qt::ISODate), QTime(0, 0), zone).toMSecsSinceEpoch() * 1000;
            m_chart->navigation()->navigate(v, tr("zoom"));
        }
        fitChartPane();
        m_chart->setFocus();
    }
    else if (name == QLatin1String("promote-records"))
        promoteRecordsInteractive();
    else if (name == QLatin1String("rule-proposals"))
        ruleProposalsInteractive();
    else if (name == QLatin1String("change-passphrase"))
        changePassphraseInteractive();
    else if (name == QLatin1String("restore-backup"))
        restoreBackupInteractive();
    else if (name == QLatin1String("audit-log"))
        showAuditLog();
    else if (name == QLatin1String("reports") && m_case) // issue 5 point 5; prefill: a report id to show
        showReports(prefill.toLongLong());
    else if (name == QLatin1String("new-lead") && m_case) // issue 10: casework
        m_casework->newLeadInteractive();
    else if (name == QLatin1String("close-lead") && m_case)
        m_casework->closeLeadInteractive(0);
    else if (name == QLatin1String("legal-process") && m_case)
        m_casework->addProcessInteractive();
    else if (name == QLatin1String("preferences"))
        preferencesInteractive();
    else if (name == QLatin1String("drafts") && m_case)
        showDrafts(true);
    else if (name == QLatin1String("lock-screen") && m_case)
        lockCase(prefill == QLatin1String("idle")     ? LockReason::Idle
                 : prefill == QLatin1String("screen") ? LockReason::ScreenLocked
                                                      : LockReason::ByUser);
    else if (name == QLatin1String("certify-exhibit") && m_case) // prefill: the exhibit id
        m_casework->certifyInteractive(prefill.toLongLong());
    else if (name == QLatin1String("victim-choices") || name == QLatin1String("checkpoint-gate") ||
             name == QLatin1String("interview-mode") || name == QLatin1String("benefit") ||
             name == QLatin1String("photograph") || name == QLatin1String("contact") ||
             name == QLatin1String("media-request"))
        return showVictimChoiceDialog(name, prefill);
    else
        return false;
    return true;
}

bool MainWindow::showVictimChoiceDialog(const QString& name, const QString& prefill) {
    if (!m_case)
        return false;
    // The selected person, else the first victim, else the first person (the walk over every dialog has one).
    qint64 personId = m_people->selectedPersonId();
    if (personId == 0) {
        const QVector<Person> people = PersonRepository::list(m_case->db());
        for (const Person& p : people)
            if (personId == 0 && p.roles.contains(QStringLiteral("victim")))
                personId = p.id;
        if (personId == 0 && !people.isEmpty())
            personId = people.first().id;
    }
    if (personId == 0)
        return false;
    const auto person = PersonRepository::get(m_case->db(), personId);
    if (name == QLatin1String("victim-choices")) {
        VictimChoicesDialog dlg(*m_case, personId, this);
        dlg.exec();
    } else if (name == QLatin1String("checkpoint-gate")) {
        const QString point = prefill.isEmpty() ? QStringLiteral("interview") : prefill;
        if (!CheckpointCatalog::builtIn().find(point))
            return false;
        CheckpointGateDialog dlg(*m_case, personId, person->label(), point, nullptr, this);
        dlg.exec();
    } else if (name == QLatin1String("interview-mode")) {
        InterviewModeDialog dlg(*m_case, personId, nullptr, this);
        dlg.exec();
    } else if (name == QLatin1String("photograph")) {
        PhotographDialog dlg(*m_case, personId, person->label(), this);
        if (!prefill.isEmpty())
            dlg.setFilePath(prefill);
        dlg.exec();
    } else if (name == QLatin1String("contact")) {
        ContactDialog dlg(*m_case, personId, person->label(), this);
        dlg.exec();
    } else if (name == QLatin1String("media-request")) {
        MediaRequestDialog dlg(*m_case, personId, person->label(), this);
        dlg.exec();
    } else {
        BenefitDialog dlg(*m_case, personId, this);
        dlg.exec();
    }
    refreshAfterDataChange();
    return true;
}

QStringList MainWindow::dialogNames() {
    return {QStringLiteral("new-case"),   QStringLiteral("open-case"),      QStringLiteral("import"),
            QStringLiteral("export"),     QStringLiteral("add-person"),     QStringLiteral("add-identifier"),
            QStringLiteral("change-passphrase"), QStringLiteral("victim-choices"), QStringLiteral("checkpoint-gate"),
            QStringLiteral("interview-mode"), QStringLiteral("benefit"), QStringLiteral("add-charge"),
            QStringLiteral("link-event"), QStringLiteral("promote-records"), QStringLiteral("rule-proposals"),
            QStringLiteral("restore-backup"), QStringLiteral("audit-log"), QStringLiteral("new-lead"),
            QStringLiteral("close-lead"), QStringLiteral("legal-process"), QStringLiteral("reports"),
            QStringLiteral("photograph"), QStringLiteral("contact"), QStringLiteral("media-request"),
            QStringLiteral("preferences"), QStringLiteral("drafts"), QStringLiteral("certify-exhibit")};
}

} // namespace tessera
