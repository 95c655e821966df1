#include "casework/DueView.h"
#include "model/CoreWording.h"

#include "common/PaletteColors.h"
#include "case/Case.h"
#include "casework/LegalProcessRepository.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tessera {

DueView::DueView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("dueView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummary"));
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dueTree"));
    m_tree->setAccessibleName(tr("Deadlines of legal process, soonest first"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("Date"), tr("Days"), tr("Action needed"), tr("Process"), tr("Provider")});
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("dueDetails"));
    m_details->setWordWrap(true);
    m_add = new QPushButton(tr("Add legal process…"), this);
    m_add->setObjectName(QStringLiteral("addProcessButton"));
    m_renew = new QPushButton(tr("Renew preservation…"), this);
    m_renew->setObjectName(QStringLiteral("renewProcessButton"));
    m_letter = new QPushButton(tr("Draft request letter…"), this);
    m_letter->setObjectName(QStringLiteral("letterButton"));
    // Two rows: three buttons side by side would set the Casework dock's minimum width beyond a laptop's share.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_renew, 0, 1);
    buttons->addWidget(m_letter, 1, 0);
    buttons->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &DueView::addProcessRequested);
    connect(m_renew, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedProcessId())
            emit renewRequested(id);
    });
    connect(m_letter, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedProcessId())
            emit letterRequested(id);
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        const QTreeWidgetItem* item = m_tree->currentItem();
        m_renew->setEnabled(item && item->data(2, Qt::UserRole + 1).toString() == QLatin1String("preservation") &&
                            !item->data(2, Qt::UserRole + 2).toBool());
        m_letter->setEnabled(item != nullptr);
        m_details->setText(item ? tr("%1 — %2, %3: %4").arg(item->text(0), item->text(3), item->text(4), item->text(2))
                                : QString());
    });
    refresh(nullptr);
}

void DueView::refresh(Case* c, QDate today) {
    m_tree->clear();
    m_add->setEnabled(c != nullptr);
    m_renew->setEnabled(false);
    m_letter->setEnabled(false);
    if (!c) {
        m_summary->clear();
        return;
    }
    int soon = 0;
    int overdue = 0;
    for (const DueProcess& d : LegalProcessRepository::due(c->db(), today)) {
        for (const ProcessDeadline& dl : d.deadlines) {
            auto* item = new QTreeWidgetItem(m_tree);
            item->setText(0, dl.date.toString(Qt::ISODate));
            item->setText(1, dl.daysLeft < 0 ? tr("%n day(s) overdue", nullptr, static_cast<int>(-dl.daysLeft))
                                             : QString::number(dl.daysLeft));
            item->setText(2, CoreWording::translate(dl.action));
            item->setToolTip(2, CoreWording::translate(dl.action));
            item->setText(3, tr("%1 %2 (%3)").arg(d.process.id).arg(CoreWording::translate(LegalProcessRepository::kindWords(d.process.kind)),
                                                                    LegalProcessRepository::citation(d.process.kind)));
            item->setText(4, d.process.provider);
            item->setData(2, Qt::UserRole, d.process.id);
            item->setData(2, Qt::UserRole + 1, d.process.kind);
            item->setData(2, Qt::UserRole + 2, d.process.renewed());
            if (dl.daysLeft < 0) {
                ++overdue;
                for (int col = 0; col < 5; ++col)
                    item->setForeground(col, toneColor(TextTone::Danger, palette()));
            } else if (dl.daysLeft <= 7) {
                ++soon;
                for (int col = 0; col < 2; ++col)
                    item->setForeground(col, toneColor(TextTone::Caution, palette()));
            }
        }
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    for (int col = 0; col < 5; ++col)
        m_tree->resizeColumnToContents(col);
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 340));
    m_details->clear();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)); // the soonest, with its full text below
    m_summary->setText(m_tree->topLevelItemCount() == 0
                           ? tr("Nothing is due or expiring.")
                           : tr("%1 deadline(s): %2 overdue, %3 within 7 days. Soonest first.")
                                 .arg(m_tree->topLevelItemCount())
                                 .arg(overdue)
                                 .arg(soon));
}

qint64 DueView::selectedProcessId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(2, Qt::UserRole).toLongLong() : 0;
}

} // namespace tessera
