#include "casework/ExhibitsPanel.h"
#include "model/CoreWording.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "casework/LegalProcessRepository.h"
#include "model/ExhibitRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace tessera {

ExhibitsPanel::ExhibitsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("exhibitsPanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("exhibitsTree"));
    m_tree->setAccessibleName(tr("Exhibits"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("#"), tr("Kind"), tr("Title"), tr("Admitted as"), tr("Return of"), tr("SHA-256")});
    m_custody = new QLabel(this);
    m_custody->setObjectName(QStringLiteral("exhibitCustody"));
    m_custody->setWordWrap(true);
    m_custody->setTextFormat(Qt::PlainText);
    m_custody->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certify = new QPushButton(tr("Record &authentication…"), this);
    m_certify->setObjectName(QStringLiteral("certifyExhibitButton"));
    m_certify->setToolTip(tr("How this exhibit can be admitted: certified business record or hash certificate (with the "
                             "certificate and the notice date), custodian or officer"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_certify);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_custody);
    layout->addLayout(buttons);
    connect(m_certify, &QPushButton::clicked, this, [this] { emit certifyRequested(selectedExhibitId()); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ExhibitsPanel::showCustody);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedExhibitId())
            emit certifyRequested(id);
    });
    refresh(nullptr);
}

void ExhibitsPanel::refresh(Case* c) {
    const qint64 keep = selectedExhibitId();
    m_case = c;
    m_tree->clear();
    m_certify->setEnabled(false);
    m_custody->clear();
    if (!c)
        return;
    QHash<qint64, QString> returnOf;
    for (const LegalProcess& p : LegalProcessRepository::list(c->db()))
        for (qint64 x : p.returns)
            returnOf.insert(x, tr("%1 %2 to %3").arg(CoreWording::translate(LegalProcessRepository::kindWords(p.kind))).arg(p.id).arg(p.provider));
    for (const Exhibit& x : ExhibitRepository::list(c->db())) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QString::number(x.id));
        item->setData(0, Qt::UserRole, x.id);
        item->setText(1, CoreWording::kind(x.kind));
        item->setText(2, x.title.isEmpty() ? x.originalFileName : x.title);
        QString how = x.authenticationMethod.isEmpty() ? tr("not recorded") : x.authenticationMethod;
        if (!x.authenticationDetail.isEmpty()) {
            const QJsonObject d = QJsonDocument::fromJson(x.authenticationDetail.toUtf8()).object();
            if (d.contains(QStringLiteral("certificate_exhibit")))
                how += tr(", certificate exhibit %1").arg(d.value(QStringLiteral("certificate_exhibit")).toInteger());
            if (d.value(QStringLiteral("notice_served")).isString())
                how += tr(", notice served %1").arg(d.value(QStringLiteral("notice_served")).toString());
            else if (d.contains(QStringLiteral("notice_served")))
                how += tr(", notice not yet served");
        }
        if (x.authenticationVictimDependent)
            how += tr(" (through the victim)");
        item->setText(3, how);
        item->setToolTip(3, how);
        item->setText(4, returnOf.value(x.id));
        item->setText(5, x.sha256);
    }
    for (int col = 0; col < 6; ++col)
        m_tree->resizeColumnToContents(col);
    m_tree->setColumnWidth(2, std::min(m_tree->columnWidth(2), 220));
    m_tree->setColumnWidth(3, std::min(m_tree->columnWidth(3), 300));
    if (!selectExhibit(keep) && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

bool ExhibitsPanel::selectExhibit(qint64 exhibitId) {
    if (!exhibitId)
        return false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == exhibitId) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
            return true;
        }
    return false;
}

qint64 ExhibitsPanel::selectedExhibitId() const {
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ExhibitsPanel::showCustody() {
    const qint64 id = selectedExhibitId();
    m_certify->setEnabled(m_case && id);
    if (!m_case || !id) {
        m_custody->clear();
        return;
    }
    try {
        m_custody->setText(tr("Chain of custody of exhibit %1:\n%2")
                               .arg(id)
                               .arg(ExhibitRepository::custody(m_case->db(), id).join(QLatin1Char('\n'))));
    } catch (const CaseError& e) {
        m_custody->setText(e.message());
    }
}

} // namespace tessera
