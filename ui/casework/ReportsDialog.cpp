#include "casework/ReportsDialog.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ReportRepository.h"
#include "casework/SaveReportDraftCommand.h"
#include "common/CaseErrorText.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "time/TimeFormat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tessera {
namespace {

constexpr int kReportRole = Qt::UserRole;
constexpr int kVersionRole = Qt::UserRole + 1;

} // namespace

ReportsDialog::ReportsDialog(Case& c, QWidget* parent) : QDialog(parent), m_case(c) {
    setObjectName(QStringLiteral("reportsDialog"));
    setWindowTitle(tr("Reports"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("reportsTree"));
    m_tree->setHeaderLabels({tr("Report"), tr("Version"), tr("Status"), tr("Signed or saved")});
    m_tree->setAccessibleName(tr("Reports and their versions"));
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumWidth(440);

    m_title = new LintedLineEdit(this);
    m_title->setObjectName(QStringLiteral("reportTitleEdit"));
    m_title->setAccessibleName(tr("Report title"));
    m_title->setPlaceholderText(tr("e.g. Investigative report, Supplemental report #2"));
    m_text = new LintedTextEdit(this); // a narrative: the writing prompts apply, and are never saved
    m_text->setObjectName(QStringLiteral("reportTextEdit"));
    m_text->setAccessibleName(tr("Report text"));
    m_text->setPlaceholderText(tr("Write the report. The writing prompts underline words to reconsider; they are "
                                  "drafting help only and are never saved or produced."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prompts = new QLabel(this);
    m_prompts->setObjectName(QStringLiteral("reportPromptsLabel"));
    connect(m_text, &LintedTextEdit::findingsChanged, this, &ReportsDialog::updatePrompts);

    m_new = new QPushButton(tr("&New report"), this);
    m_new->setObjectName(QStringLiteral("newReportButton"));
    m_save = new QPushButton(tr("&Save draft"), this);
    m_save->setObjectName(QStringLiteral("saveReportDraftButton"));
    m_sign = new QPushButton(tr("S&ign…"), this);
    m_sign->setObjectName(QStringLiteral("signReportButton"));
    m_sign->setToolTip(tr("Records you as the signer, the time and the SHA-256 of the text, and freezes this version"));
    m_change = new QPushButton(tr("&Change (new version)"), this);
    m_change->setObjectName(QStringLiteral("newReportVersionButton"));
    m_change->setToolTip(tr("A signed version stays as signed; your changes become the next version, a draft"));
    m_undo = new QUndoStack(this);
    m_undoButton = new QPushButton(tr("&Undo save"), this);
    m_undoButton->setObjectName(QStringLiteral("undoReportButton"));
    m_redoButton = new QPushButton(tr("&Redo save"), this);
    m_redoButton->setObjectName(QStringLiteral("redoReportButton"));
    connect(m_undo, &QUndoStack::canUndoChanged, this, [this] { updateButtons(); });
    connect(m_undo, &QUndoStack::canRedoChanged, this, [this] { updateButtons(); });
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (keepOrSaveChanges())
            newReport();
    });
    connect(m_save, &QPushButton::clicked, this, &ReportsDialog::saveDraft);
    connect(m_sign, &QPushButton::clicked, this, &ReportsDialog::signDraft);
    connect(m_change, &QPushButton::clicked, this, &ReportsDialog::startNewVersion);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const qint64 report = item->data(0, kReportRole).toLongLong();
        const int version = item->data(0, kVersionRole).toInt();
        if (keepOrSaveChanges())
            showVersion(report, version);
        else if (m_reportId)
            showVersionSelection(); // stay with the text being written
    });

    auto* editorSide = new QWidget(this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sign);
    buttons->addWidget(m_change);
    buttons->addStretch(1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    auto* editorLayout = new QVBoxLayout(editorSide);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_status);
    editorLayout->addWidget(m_text, 1);
    editorLayout->addWidget(m_prompts);
    editorLayout->addLayout(buttons);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(editorSide);
    split->setStretchFactor(1, 2);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(close);
    resize(1100, 640);

    refreshTree();
    if (m_tree->topLevelItemCount() > 0)
        showVersion(m_tree->topLevelItem(0)->data(0, kReportRole).toLongLong());
    else
        newReport();
}

bool ReportsDialog::hasUnsavedText() const {
    if (m_signedShown)
        return false;
    const QString text = m_text->toPlainText();
    return m_reportId ? text != m_savedText : !text.trimmed().isEmpty();
}

bool ReportsDialog::keepOrSaveChanges() {
    if (!hasUnsavedText())
        return true;
    const auto answer = MessageBoxes::show(
        this, QMessageBox::Question, tr("Reports"),
        tr("The text you are writing is not saved. Save it as the draft first?"), {},
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveDraft() != 0;
    return answer == QMessageBox::Discard;
}

void ReportsDialog::showVersionSelection() {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, kReportRole).toLongLong() == m_reportId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void ReportsDialog::reject() {
    if (keepOrSaveChanges())
        QDialog::reject();
}

void ReportsDialog::showError(const CaseError& e, const QString& action) {
    MessageBoxes::warning(this, tr("Reports"), CaseErrorText::describe(e, action), e.message());
}

void ReportsDialog::refreshTree() {
    m_tree->clear();
    const QString zone = m_case.settings().value(CaseSettings::Key::DisplayZone);
    for (const Report& r : ReportRepository::list(m_case.db())) {
        auto* top = new QTreeWidgetItem(m_tree);
        const ReportVersion& cur = r.current();
        top->setText(0, r.title);
        top->setText(1, tr("v%1").arg(cur.version));
        top->setText(2, cur.isSigned() ? tr("signed") : tr("draft"));
        top->setText(3, formatLocal(cur.isSigned() ? cur.signedUtcUs : cur.savedUtcUs, zone, TimePrecision::Minute));
        top->setData(0, kReportRole, r.id);
        top->setData(0, kVersionRole, 0);
        for (int i = r.versions.size() - 1; i >= 0; --i) {
            const ReportVersion& v = r.versions[i];
            auto* child = new QTreeWidgetItem(top);
            child->setText(0, v.isSigned() ? tr("signed by %1").arg(v.signedBy) : tr("draft by %1").arg(v.author));
            child->setText(1, tr("v%1").arg(v.version));
            child->setText(2, v.isSigned() ? tr("signed") : tr("draft"));
            child->setText(3, formatLocal(v.isSigned() ? v.signedUtcUs : v.savedUtcUs, zone, TimePrecision::Minute));
            if (v.isSigned())
                child->setToolTip(0, tr("SHA-256 %1").arg(v.sha256));
            child->setData(0, kReportRole, r.id);
            child->setData(0, kVersionRole, v.version);
        }
        top->setExpanded(true);
    }
    for (int col = 0; col < 4; ++col)
        m_tree->resizeColumnToContents(col);
}

void ReportsDialog::newReport() {
    m_reportId = 0;
    m_version = 0;
    m_signedShown = false;
    m_savedText.clear();
    m_title->clear();
    m_title->setReadOnly(false);
    m_text->setReadOnly(false);
    m_text->clear();
    m_status->setText(tr("New report — not saved yet. Give it a title, write it, save the draft, then sign it."));
    m_tree->clearSelection();
    updateButtons();
    m_title->setFocus();
}

bool ReportsDialog::showVersion(qint64 reportId, int version) {
    Report r;
    try {
        r = ReportRepository::get(m_case.db(), reportId);
    } catch (const CaseError&) {
        return false;
    }
    const ReportVersion* v = version ? nullptr : &r.current();
    for (const ReportVersion& x : r.versions)
        if (x.version == version)
            v = &x;
    if (!v)
        return false;
    m_reportId = r.id;
    m_version = v->version;
    m_signedShown = v->isSigned();
    m_savedText = v->text;
    m_title->setText(r.title);
    m_title->setReadOnly(true); // a report's title is fixed when it is started
    m_text->setPlainText(v->text);
    m_text->setReadOnly(v->isSigned());
    m_text->relintNow();
    updatePrompts();
    const QString zone = m_case.settings().value(CaseSettings::Key::DisplayZone);
    if (v->isSigned())
        m_status->setText(tr("Version %1 — signed by %2 on %3 (%4 UTC). SHA-256 %5. Frozen: this version can never "
                             "change; it goes into every production.")
                              .arg(v->version)
                              .arg(v->signedBy, formatLocal(v->signedUtcUs, zone, TimePrecision::Second),
                                   formatIsoUtc(v->signedUtcUs).left(19), v->sha256));
    else
        m_status->setText(tr("Version %1 — draft, not signed. Last saved by %2 on %3. Saving overwrites this draft; "
                             "signing freezes it.")
                              .arg(v->version)
                              .arg(v->author, formatLocal(v->savedUtcUs, zone, TimePrecision::Minute)));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        if (top->data(0, kReportRole).toLongLong() != r.id)
            continue;
        QTreeWidgetItem* pick = top;
        for (int j = 0; version && j < top->childCount(); ++j)
            if (top->child(j)->data(0, kVersionRole).toInt() == version)
                pick = top->child(j);
        m_tree->setCurrentItem(pick);
    }
    updateButtons();
    return true;
}

void ReportsDialog::startNewVersion() {
    if (!m_reportId || !m_signedShown)
        return;
    const Report r = ReportRepository::get(m_case.db(), m_reportId);
    if (r.current().version != m_version)
        showVersion(m_reportId); // a change starts from the current version
    if (!m_signedShown) // the current version is a draft already: edit it
        return;
    m_text->setReadOnly(false);
    m_signedShown = false;
    m_text->relintAll(); // drafting again: the prompts count again
    updatePrompts();
    m_status->setText(tr("Changing signed version %1: your changes become version %2, a draft, when you save. Version "
                         "%1 stays as signed.")
                          .arg(m_version)
                          .arg(m_version + 1));
    m_text->setFocus();
    updateButtons();
}

qint64 ReportsDialog::saveDraft() {
    const QString text = m_text->toPlainText();
    if (m_reportId == 0) {
        try {
            const qint64 id = ReportRepository::add(m_case, m_title->text(), text);
            refreshTree();
            showVersion(id);
            return id;
        } catch (const CaseError& e) {
            showError(e, tr("start the report"));
            return 0;
        }
    }
    if (text == m_savedText)
        return m_reportId; // nothing changed
    const Report before = ReportRepository::get(m_case.db(), m_reportId);
    const QString previousDraft = before.current().isSigned() ? QString() : before.current().text;
    try {
        ReportRepository::saveDraft(m_case, m_reportId, text);
    } catch (const CaseError& e) {
        showError(e, tr("save the report's draft"));
        return 0;
    }
    const qint64 id = m_reportId;
    auto refresh = [this, id] {
        refreshTree();
        showVersion(id);
    };
    m_undo->push(new SaveReportDraftCommand(&m_case, id, text, previousDraft, refresh,
                                            [this](const CaseError& e) { showError(e, tr("undo or redo the save")); }));
    refresh();
    return id;
}

bool ReportsDialog::signDraft() {
    if (m_signedShown)
        return false;
    if ((m_reportId == 0 || m_text->toPlainText() != m_savedText) && saveDraft() == 0)
        return false;
    const Report r = ReportRepository::get(m_case.db(), m_reportId);
    const ReportVersion& v = r.current();
    if (v.isSigned())
        return false;
    const auto answer = MessageBoxes::show(
        this, QMessageBox::Question, tr("Sign the report"),
        tr("Sign version %1 of “%2” as %3?\n\nSigning records you as the signer, the time now and the SHA-256 "
           "fingerprint of this exact text, and freezes this version: it can never be changed or deleted, and it goes "
           "into every production for the prosecutor. A later change makes version %4, a new draft that you sign "
           "again; version %1 stays. Signing cannot be undone.")
            .arg(v.version)
            .arg(r.title, m_case.actor())
            .arg(v.version + 1),
        {}, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Sign version %1").arg(v.version)}});
    if (answer != QMessageBox::Yes)
        return false;
    try {
        ReportRepository::sign(m_case, m_reportId, ReportRepository::textSha256(m_text->toPlainText()));
    } catch (const CaseError& e) {
        showError(e, tr("sign the report"));
        return false;
    }
    m_undo->clear(); // a signed version is frozen: the saves before it can no longer be undone
    refreshTree();
    showVersion(m_reportId);
    return true;
}

void ReportsDialog::updatePrompts() {
    // Prompts help while drafting; on a signed, frozen version there is nothing left to draft.
    const int n = int(m_text->findings().size());
    m_prompts->setText(n && !m_text->isReadOnly() ? tr("%n writing prompt(s) — hover the underlined words", nullptr, n)
                                                  : QString());
}

void ReportsDialog::updateButtons() {
    const bool dirty = m_text->toPlainText() != m_savedText;
    m_save->setEnabled(!m_signedShown && (m_reportId == 0 || dirty));
    m_sign->setEnabled(!m_signedShown && !m_text->toPlainText().trimmed().isEmpty());
    m_change->setEnabled(m_signedShown);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_redoButton->setEnabled(m_undo->canRedo());
}

} // namespace tessera
