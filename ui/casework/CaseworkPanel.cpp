#include "casework/CaseworkPanel.h"
#include "model/CoreWording.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/ActivityView.h"
#include "casework/AddCaseworkEntryCommand.h"
#include "casework/CertifyExhibitCommand.h"
#include "casework/CertifyExhibitDialog.h"
#include "casework/CloseLeadDialog.h"
#include "casework/DueView.h"
#include "casework/ExhibitsPanel.h"
#include "casework/LeadRepository.h"
#include "casework/LeadsPanel.h"
#include "casework/LegalProcessDialog.h"
#include "casework/LegalProcessRepository.h"
#include "casework/NewLeadDialog.h"
#include "casework/NotesPanel.h"
#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/MessageBoxes.h"
#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"
#include "model/IdentifierRepository.h"
#include "model/PersonRepository.h"
#include "people/VocabularyText.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tessera {

CaseworkPanel::CaseworkPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("caseworkPanel"));
    setMinimumWidth(380);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseworkTabs"));
    m_tabs->setAccessibleName(tr("Casework views"));
    m_tabs->tabBar()->setAccessibleName(tr("Casework views"));
    m_undo = new QUndoStack(this);
    m_due = new DueView(m_tabs);
    m_leads = new LeadsPanel(m_tabs);
    m_notes = new NotesPanel(m_undo, m_tabs);
    m_activity = new ActivityView(m_tabs);
    m_exhibits = new ExhibitsPanel(m_tabs);
    m_tabs->addTab(m_due, tr("Due and expiring"));
    m_tabs->addTab(m_leads, tr("Leads"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_exhibits, tr("Exhibits"));
    m_tabs->addTab(m_activity, tr("Activity"));
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionCaseworkUndo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionCaseworkRedo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    auto* undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("caseworkUndoButton"));
    undoButton->setDefaultAction(undo);
    undoButton->setAccessibleName(tr("Undo the last casework edit"));
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("caseworkRedoButton"));
    redoButton->setDefaultAction(redo);
    redoButton->setAccessibleName(tr("Redo the casework edit"));
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(undoButton);
    undoRow->addWidget(redoButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(undoRow);
    layout->addWidget(m_tabs);
    connect(m_exhibits, &ExhibitsPanel::certifyRequested, this, &CaseworkPanel::certifyInteractive);
    connect(m_due, &DueView::addProcessRequested, this, &CaseworkPanel::addProcessInteractive);
    connect(m_due, &DueView::renewRequested, this, &CaseworkPanel::renewInteractive);
    connect(m_due, &DueView::letterRequested, this, &CaseworkPanel::letterInteractive);
    connect(m_leads, &LeadsPanel::newLeadRequested, this, [this] { newLeadInteractive(); });
    connect(m_leads, &LeadsPanel::closeLeadRequested, this, &CaseworkPanel::closeLeadInteractive);
    connect(m_notes, &NotesPanel::changed, this, [this] { m_activity->refresh(m_case); });
    connect(m_notes, &NotesPanel::failed, this, &CaseworkPanel::report);
    // The activity log grows with everything done anywhere in the window (an export, a person added): read it again
    // whenever its tab is brought to the front, so it is never stale when looked at.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) != m_activity)
            return;
        try {
            m_activity->refresh(m_case);
        } catch (const CaseError& e) {
            report(tr("read the activity log"), e.message());
        }
    });
}

void CaseworkPanel::setCase(Case* c) {
    m_case = c;
    m_undo->clear(); // commands hold the case they were made on
    refresh();
}

void CaseworkPanel::refresh() {
    try {
        m_due->refresh(m_case);
        m_leads->refresh(m_case);
        m_notes->refresh(m_case);
        m_activity->refresh(m_case);
        m_exhibits->refresh(m_case);
    } catch (const CaseError& e) {
        report(tr("read the casework"), e.message());
    }
}

void CaseworkPanel::report(const QString& action, const QString& message) {
    MessageBoxes::warning(this, tr("Casework"), tr("Could not %1.").arg(action), message);
}

QString CaseworkPanel::dueSoonText(Case& c, QDate today, int days) {
    QStringList lines;
    for (const DueProcess& d : LegalProcessRepository::due(c.db(), today, days))
        for (const ProcessDeadline& dl : d.deadlines)
            lines << (dl.daysLeft < 0 ? tr("• %1 — %2 %3 (%4): %5 — %n day(s) overdue", nullptr, static_cast<int>(-dl.daysLeft))
                                      : tr("• %1 — %2 %3 (%4): %5 — in %n day(s)", nullptr, static_cast<int>(dl.daysLeft)))
                         .arg(dl.date.toString(Qt::ISODate))
                         .arg(CoreWording::translate(LegalProcessRepository::kindWords(d.process.kind)))
                         .arg(d.process.id)
                         .arg(d.process.provider, CoreWording::translate(dl.action));
    return lines.join(QLatin1Char('\n'));
}

bool CaseworkPanel::remindIfDue(QDate today) {
    if (!m_case)
        return false;
    QString text;
    try {
        text = dueSoonText(*m_case, today);
    } catch (const CaseError& e) {
        report(tr("read the legal process deadlines"), e.message());
        return false;
    }
    if (text.isEmpty())
        return false;
    m_tabs->setCurrentWidget(m_due);
    MessageBoxes::show(this, QMessageBox::Information, tr("Due within a week"),
                       tr("Legal process in this case needs action within 7 days:\n\n%1").arg(text));
    return true;
}

void CaseworkPanel::newLeadInteractive(int gapIndex) {
    if (!m_case)
        return;
    try {
        const QVector<ProofGap> gaps = LeadRepository::gaps(*m_case);
        NewLeadDialog dialog(gaps, gapIndex, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        NewLead lead{dialog.title(), 0, {}, dialog.owner(), dialog.due()};
        if (const ProofGap* g = dialog.gap()) {
            lead.chargeId = g->chargeId;
            lead.elementId = g->elementId;
        }
        const qint64 id = LeadRepository::add(*m_case, lead);
        m_undo->push(new AddCaseworkEntryCommand(
            m_case, QStringLiteral("lead"), id, [this] { refresh(); emit caseChanged(); },
            [this](const CaseError& e) { report(tr("change the leads"), e.message()); }));
    } catch (const CaseError& e) {
        report(tr("add the lead"), e.message());
    }
    refresh();
    m_tabs->setCurrentWidget(m_leads);
}

void CaseworkPanel::newLeadForElement(qint64 chargeId, const QString& elementId) {
    if (!m_case)
        return;
    int index = -1;
    try {
        const QVector<ProofGap> gaps = LeadRepository::gaps(*m_case);
        for (int i = 0; i < gaps.size() && index < 0; ++i)
            if (gaps[i].chargeId == chargeId && gaps[i].elementId == elementId)
                index = i;
    } catch (const CaseError& e) {
        report(tr("read the proof board's gaps"), e.message());
        return;
    }
    newLeadInteractive(index);
}

void CaseworkPanel::closeLeadInteractive(qint64 leadId) {
    if (!m_case)
        return;
    try {
        QString title;
        for (const Lead& l : LeadRepository::list(m_case->db())) {
            if (l.withdrawn)
                continue;
            const bool pick = leadId ? l.id == leadId : l.status != QLatin1String("closed"); // 0: the first open lead
            if (pick && title.isEmpty()) {
                leadId = l.id;
                title = l.title;
            }
        }
        if (!leadId) // nothing to close: the dialog is still shown (documentation and the window walk), nothing written
            title = tr("No open lead");
        CloseLeadDialog dialog(title, ExhibitRepository::list(m_case->db()), this);
        if (dialog.exec() != QDialog::Accepted || !leadId)
            return;
        LeadRepository::close(*m_case, leadId, dialog.outcome(), dialog.exhibits());
        emit caseChanged();
    } catch (const CaseError& e) {
        report(tr("close the lead"), e.message());
    }
    refresh();
}

void CaseworkPanel::addProcessInteractive() {
    if (!m_case)
        return;
    try {
        QVector<QPair<Identifier, QString>> identifiers;
        for (const Person& p : PersonRepository::list(m_case->db()))
            for (const Identifier& i : IdentifierRepository::forPerson(m_case->db(), p.id))
                identifiers.append({i, p.isProtected ? tr("%1 — %2 (protected)").arg(p.label(), VocabularyText::identifierKind(i.kind))
                                                     : tr("%1 — %2 %3").arg(p.label(), VocabularyText::identifierKind(i.kind), i.value)});
        QVector<QPair<qint64, QString>> leads;
        for (const Lead& l : LeadRepository::list(m_case->db()))
            if (l.status != QLatin1String("closed") && !l.withdrawn)
                leads.append({l.id, l.title});
        LegalProcessDialog dialog(identifiers, leads, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const qint64 id = LegalProcessRepository::add(*m_case, dialog.answers());
        m_undo->push(new AddCaseworkEntryCommand(
            m_case, QStringLiteral("process"), id, [this] { refresh(); emit caseChanged(); },
            [this](const CaseError& e) { report(tr("change the legal process"), e.message()); }));
    } catch (const CaseError& e) {
        report(tr("add the legal process"), e.message());
    }
    refresh();
}

void CaseworkPanel::renewInteractive(qint64 processId) {
    if (!m_case)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("renewProcessDialog"));
    dialog.setWindowTitle(tr("Renew preservation request"));
    auto* date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setObjectName(QStringLiteral("renewServedEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("18 U.S.C. 2703(f)(2) allows one renewal, for 90 more days from the current end."), &dialog));
    form->addRow(tr("Renewal served on:"), date);
    form->addRow(okCancelButtons(&dialog, tr("Renew"), QStringLiteral("renewOkButton"), nullptr));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const QDate end = LegalProcessRepository::renew(*m_case, processId, date->date());
        MessageBoxes::information(this, tr("Renewed"), tr("Preserved until %1.").arg(end.toString(Qt::ISODate)));
    } catch (const CaseError& e) {
        report(tr("renew the preservation request"), e.message());
    }
    refresh();
}

void CaseworkPanel::certifyInteractive(qint64 exhibitId) {
    if (!m_case)
        return;
    QVector<Exhibit> exhibits;
    try {
        exhibits = ExhibitRepository::list(m_case->db());
    } catch (const CaseError& e) {
        report(tr("list the exhibits"), e.message());
        return;
    }
    CertifyExhibitDialog dialog(exhibits, exhibitId, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.exhibitId())
        return;
    certify(dialog.exhibitId(), dialog.certification());
}

bool CaseworkPanel::certify(qint64 exhibitId, const Certification& cert) {
    if (!m_case)
        return false;
    try {
        const AuthenticationState before = EvidenceLinks::authentication(*m_case, exhibitId);
        EvidenceLinks::certify(*m_case, exhibitId, cert);
        const AuthenticationState after = EvidenceLinks::authentication(*m_case, exhibitId);
        m_undo->push(new CertifyExhibitCommand(
            m_case, exhibitId, before, after, [this] { refresh(); emit caseChanged(); },
            [this](const CaseError& e) { report(tr("change the exhibit's authentication"), e.message()); }));
    } catch (const CaseError& e) {
        report(tr("record the authentication"), e.message());
        return false;
    }
    refresh();
    m_tabs->setCurrentWidget(m_exhibits);
    m_exhibits->selectExhibit(exhibitId);
    emit caseChanged();
    return true;
}

void CaseworkPanel::letterInteractive(qint64 processId) {
    if (!m_case)
        return;
    QString text;
    try {
        text = LegalProcessRepository::letterDraft(*m_case, processId);
    } catch (const CaseError& e) {
        report(tr("draft the letter"), e.message());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("letterDialog"));
    dialog.setWindowTitle(tr("Request letter draft"));
    auto* note = new QLabel(tr("A draft to edit and have reviewed. Tessera never sends anything."), &dialog);
    auto* edit = new LintedTextEdit(&dialog); // the detective edits it: the writing prompts apply
    edit->setPlainText(text);
    edit->setAccessibleName(tr("Letter text"));
    edit->setObjectName(QStringLiteral("letterTextEdit"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, &dialog, [&] {
        const QString path = QFileDialog::getSaveFileName(&dialog, tr("Save the letter draft"),
                                                          tr("request-letter-%1.txt").arg(processId),
                                                          tr("Text (*.txt)"), nullptr,
                                                          QFileDialog::DontUseNativeDialog); // a lock can close it
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        const QByteArray bytes = edit->toPlainText().toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            report(tr("save the letter draft"), tr("%1: %2").arg(path, f.errorString()));
        else
            dialog.accept();
    });
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(note);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    dialog.exec();
}

} // namespace tessera
