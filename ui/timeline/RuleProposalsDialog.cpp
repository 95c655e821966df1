#include "timeline/RuleProposalsDialog.h"

#include "common/DialogParts.h"
#include "people/VocabularyText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

RuleProposalsDialog::RuleProposalsDialog(const QVector<EventProposal>& proposals, QWidget* parent)
    : QDialog(parent), m_proposals(proposals), m_list(new QListWidget(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("ruleProposalsDialog"));
    setWindowTitle(tr("Events proposed by rules"));
    setMinimumSize(720, 380);

    auto* intro = new QLabel(tr("Rule buyer-contact: calls and texts between an offender's number and a sex buyer's "
                                "number on one day make one communication event, supported by those records. Check "
                                "the ones to record; nothing is written until you accept."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("ruleProposalList"));
    m_list->setAccessibleName(tr("Proposed events (Space checks one)"));
    for (const EventProposal& p : m_proposals) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(p.when, VocabularyText::category(p.category), p.summary), m_list);
        item->setToolTip(tr("%n record(s) support it", nullptr, static_cast<int>(p.records.size())));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_proposals.isEmpty())
        new QListWidgetItem(tr("No rule proposes an event: attribute the offender's and sex buyers' numbers "
                               "(Add identifier) and import their call records."),
                            m_list);
    auto* all = new QPushButton(tr("Check &all"), this);
    all->setObjectName(QStringLiteral("ruleProposalsCheckAll"));
    all->setEnabled(!m_proposals.isEmpty());
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    styleProblemLabel(m_problem, QStringLiteral("ruleProposalsProblem"));
    auto* buttons = okCancelButtons(this, tr("&Record checked events"), QStringLiteral("ruleProposalsOk"), &m_ok);

    auto* row = new QHBoxLayout;
    row->addWidget(all);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &RuleProposalsDialog::validate);
    validate();
}

QVector<EventProposal> RuleProposalsDialog::accepted() const {
    QVector<EventProposal> out;
    for (int i = 0; i < m_proposals.size() && i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_proposals[i];
    return out;
}

void RuleProposalsDialog::setAllChecked(bool on) {
    for (int i = 0; i < m_proposals.size() && i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void RuleProposalsDialog::validate() {
    m_problem->setText(accepted().isEmpty() && !m_proposals.isEmpty() ? tr("Check at least one proposed event.")
                                                                      : QString());
    m_ok->setEnabled(!accepted().isEmpty());
}

} // namespace tessera
