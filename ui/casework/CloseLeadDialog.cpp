#include "casework/CloseLeadDialog.h"
#include "model/CoreWording.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

CloseLeadDialog::CloseLeadDialog(const QString& leadTitle, const QVector<Exhibit>& exhibits, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("closeLeadDialog"));
    setWindowTitle(tr("Close lead"));
    auto* heading = new QLabel(leadTitle, this);
    heading->setWordWrap(true);
    m_outcome = new LintedTextEdit(this); // prose: the writing prompts apply
    m_outcome->setObjectName(QStringLiteral("leadOutcomeEdit"));
    m_outcome->setPlaceholderText(tr("What the lead found"));
    m_outcome->setMaximumHeight(90);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_exhibits = new QListWidget(this);
    m_exhibits->setObjectName(QStringLiteral("leadExhibitList"));
    m_exhibits->setAccessibleName(tr("Exhibits it produced"));
    for (const Exhibit& e : exhibits) {
        auto* item = new QListWidgetItem(tr("%1 — %2 (%3)").arg(e.id).arg(e.title.isEmpty() ? e.originalFileName : e.title, CoreWording::kind(e.kind)),
                                         m_exhibits);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Outcome:"), this));
    layout->addWidget(m_outcome);
    layout->addWidget(new QLabel(tr("Exhibits it produced (linked to the lead's element events):"), this));
    layout->addWidget(m_exhibits, 1);
    layout->addWidget(okCancelButtons(this, tr("Close lead"), QStringLiteral("closeLeadButton"), &m_ok));
    m_ok->setEnabled(false);
    connect(m_outcome, &QPlainTextEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_outcome->toPlainText().trimmed().isEmpty()); });
    resize(560, 420);
}

QString CloseLeadDialog::outcome() const { return m_outcome->toPlainText().trimmed(); }

QVector<qint64> CloseLeadDialog::exhibits() const {
    QVector<qint64> out;
    for (int i = 0; i < m_exhibits->count(); ++i)
        if (m_exhibits->item(i)->checkState() == Qt::Checked)
            out << m_exhibits->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

} // namespace tessera
