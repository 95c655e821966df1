#include "case/AuditLogDialog.h"
#include "model/CoreWording.h"

#include "common/PaletteColors.h"
#include "audit/AuditLog.h"
#include "casework/ActivityLog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tessera {

AuditLogDialog::AuditLogDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_status(new QLabel(this)), m_list(new QTreeWidget(this)) {
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    m_status->setObjectName(QStringLiteral("auditChainStatus"));
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("auditLogList"));
    m_list->setAccessibleName(tr("Audit log entries"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Entry"), tr("Time (UTC)"), tr("By"), tr("What")});

    const AuditLog::Verification v = AuditLog::verify(db);
    const QVector<Activity> entries = ActivityLog::recent(db, 0);
    for (const Activity& a : entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, QString::number(a.auditId));
        item->setText(1, QDateTime::fromMSecsSinceEpoch(a.utcUs / 1000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(2, a.actor);
        item->setText(3, CoreWording::activity(a.text, a.action, a.subject));
        item->setData(0, Qt::UserRole, a.auditId);
        if (v.firstBadId && a.auditId >= v.firstBadId) {
            for (int col = 0; col < 4; ++col)
                item->setForeground(col, palette().color(QPalette::Disabled, QPalette::Text));
            if (a.auditId == v.firstBadId) {
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int col = 0; col < 4; ++col) {
                    item->setFont(col, bold);
                    item->setForeground(col, toneColor(TextTone::Danger, palette()));
                }
                item->setToolTip(3, tr("This entry does not match the chain: it or an earlier link was altered."));
            }
        }
    }
    if (v.firstBadId)
        m_status->setText(tr("<b>The audit chain is broken at entry %1.</b> That entry does not hold: the log was "
                             "altered there, so it and everything after it cannot be relied on. Keep this file as it is "
                             "and tell your supervisor; a backup may hold the log before the change.")
                              .arg(v.firstBadId));
    else
        m_status->setText(tr("The audit chain is intact: %n entries, each sealed to the one before it. Every change, "
                             "reveal of protected names and export is recorded here; nothing can be edited.",
                             nullptr, static_cast<int>(v.entries)));
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

} // namespace tessera
