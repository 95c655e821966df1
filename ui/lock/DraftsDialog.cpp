#include "lock/DraftsDialog.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "common/MessageBoxes.h"
#include "common/SecretClipboard.h"
#include "lock/AutoLock.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

DraftsDialog::DraftsDialog(Case& c, QWidget* parent) : QDialog(parent), m_case(c) {
    setObjectName(QStringLiteral("draftsDialog"));
    setWindowTitle(tr("Drafts kept when the case locked or closed"));
    auto* intro =
        new QLabel(tr("This text was being typed when the case locked or was closed. It was kept encrypted inside the case; "
                      "it is not evidence and never goes into a production. Open the same window again and "
                      "the text comes back into its field by itself; or copy it, or discard it here."),
                   this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("draftsList"));
    m_list->setAccessibleName(tr("Drafts"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("draftText"));
    m_text->setAccessibleName(tr("Text of the chosen draft"));
    m_text->setReadOnly(true);
    SecretClipboard::protectField(m_text); // a draft may hold anything, a victim's name included
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("draftCopyButton"));
    m_copy->setToolTip(tr("Copy the text; the clipboard is cleared after 30 seconds"));
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setObjectName(QStringLiteral("draftDiscardButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("draftsCloseButtons"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &DraftsDialog::showCurrent);
    connect(m_copy, &QPushButton::clicked, this, &DraftsDialog::copyCurrent);
    connect(m_discard, &QPushButton::clicked, this, &DraftsDialog::discardCurrent);

    auto* row = new QHBoxLayout;
    row->addWidget(m_copy);
    row->addWidget(m_discard);
    row->addStretch(1);
    row->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_text, 2);
    layout->addLayout(row);
    resize(640, 480);
    reload();
}

int DraftsDialog::count() const {
    return static_cast<int>(m_drafts.size());
}

void DraftsDialog::reload() {
    m_drafts = !ClosedCases::isClosed(&m_case) ? DraftStore::list(m_case.db()) : QVector<Draft>{};
    m_list->clear();
    for (const Draft& d : m_drafts) {
        const QString where = d.context.isEmpty() ? tr("Main window") : d.context;
        const QString when = QDateTime::fromMSecsSinceEpoch(d.keptUtcUs / 1000, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_list->addItem(tr("%1 — %2 (kept %3)").arg(where, d.label.isEmpty() ? d.field : d.label, when));
    }
    if (!m_drafts.isEmpty())
        m_list->setCurrentRow(0);
    showCurrent();
}

void DraftsDialog::showCurrent() {
    const int r = m_list->currentRow();
    const bool has = r >= 0 && r < m_drafts.size();
    m_text->setPlainText(has ? m_drafts[r].text : QString());
    m_copy->setEnabled(has);
    m_discard->setEnabled(has);
}

void DraftsDialog::copyCurrent() {
    const int r = m_list->currentRow();
    if (r >= 0 && r < m_drafts.size())
        SecretClipboard::copy(m_drafts[r].text);
}

void DraftsDialog::discardCurrent() {
    const int r = m_list->currentRow();
    if (r < 0 || r >= m_drafts.size() || ClosedCases::isClosed(&m_case))
        return;
    try {
        DraftStore::remove(m_case, {m_drafts[r].id}, false);
    } catch (const CaseError& e) {
        MessageBoxes::warning(this, windowTitle(),
                              tr("The draft could not be discarded.") + QStringLiteral("\n\n") + e.message());
        return;
    }
    reload();
    emit draftsChanged();
}

} // namespace tessera
