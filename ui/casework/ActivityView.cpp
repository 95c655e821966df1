#include "casework/ActivityView.h"
#include "model/CoreWording.h"

#include "case/Case.h"
#include "casework/ActivityLog.h"
#include "time/TimeFormat.h"

#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

ActivityView::ActivityView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("activityView"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("activityTree"));
    m_tree->setAccessibleName(tr("Activity log, newest first"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
}

void ActivityView::refresh(Case* c) {
    m_tree->clear();
    if (!c)
        return;
    const QString zone = c->settings().value(CaseSettings::Key::DisplayZone);
    for (const Activity& a : ActivityLog::recent(c->db(), 500)) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, formatLocal(a.utcUs, zone, TimePrecision::Second));
        item->setText(1, a.actor);
        item->setText(2, CoreWording::activity(a.text, a.action, a.subject));
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}

} // namespace tessera
