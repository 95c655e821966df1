#include "casework/LeadsPanel.h"

#include "common/CaseErrorText.h"
#include "case/Case.h"
#include "casework/LeadRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QLabel>
#include <algorithm>

namespace tessera {

LeadsPanel::LeadsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("leadsPanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("leadsTree"));
    m_tree->setAccessibleName(tr("Leads"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("#"), tr("Status"), tr("Lead"), tr("Due"), tr("Element"), tr("Owner"), tr("Outcome")});
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("leadDetails"));
    m_details->setWordWrap(true);
    m_new = new QPushButton(tr("New lead from gap…"), this);
    m_new->setObjectName(QStringLiteral("newLeadFromGapButton"));
    m_close = new QPushButton(tr("Close lead…"), this);
    m_close->setObjectName(QStringLiteral("closeLeadPanelButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_close);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, &LeadsPanel::newLeadRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedLeadId())
            emit closeLeadRequested(id);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem* item = m_tree->currentItem();
        m_close->setEnabled(caseIsWritable(m_case) && item && item->text(1) != tr("closed"));
        if (!item) {
            m_details->clear();
            return;
        }
        QString details = tr("Lead %1 (%2): %3").arg(item->text(0), item->text(1), item->text(2));
        if (!item->text(4).isEmpty())
            details += QLatin1Char('\n') + tr("Would prove element %1 of charge %2.").arg(item->text(4).section(QLatin1Char('/'), 1),
                                                                                    item->text(4).section(QLatin1Char('/'), 0, 0));
        if (!item->text(6).isEmpty())
            details += QLatin1Char('\n') + tr("Outcome: %1").arg(item->text(6));
        m_details->setText(details);
    });
    refresh(nullptr);
}

void LeadsPanel::refresh(Case* c) {
    m_case = c;
    m_tree->clear();
    m_new->setEnabled(caseIsWritable(c));
    m_close->setEnabled(false);
    if (!c)
        return;
    for (const Lead& l : LeadRepository::list(c->db())) {
        if (l.withdrawn) // an undone "add": kept in the case, not a task any more
            continue;
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QString::number(l.id));
        item->setData(0, Qt::UserRole, l.id);
        item->setText(1, l.status == QLatin1String("closed") ? tr("closed") : tr("open"));
        item->setText(2, l.title);
        item->setToolTip(2, l.title);
        item->setText(3, l.due.isValid() ? l.due.toString(Qt::ISODate) : QString());
        item->setText(4, l.chargeId ? tr("%1/%2").arg(l.chargeId).arg(l.elementId) : QString());
        item->setText(5, l.owner);
        item->setText(6, l.exhibits.isEmpty() ? l.outcome
                                              : tr("%1 (exhibits %2)").arg(l.outcome, [&] {
                                                    QStringList ids;
                                                    for (qint64 x : l.exhibits)
                                                        ids << QString::number(x);
                                                    return ids.join(QStringLiteral(", "));
                                                }()));
    }
    for (int col = 0; col < 7; ++col)
        m_tree->resizeColumnToContents(col);
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 300));
    m_details->clear();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1)); // the newest, in full below
}

qint64 LeadsPanel::selectedLeadId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

} // namespace tessera
