#include "casework/NewLeadDialog.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/OptionalDateEdit.h"
#include "proof/ProofStatusStyle.h"

#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

NewLeadDialog::NewLeadDialog(const QVector<ProofGap>& gaps, int preselect, QWidget* parent)
    : QDialog(parent), m_gaps(gaps) {
    setObjectName(QStringLiteral("newLeadDialog"));
    setWindowTitle(tr("New lead"));
    m_gap = new QComboBox(this);
    m_gap->setObjectName(QStringLiteral("leadGapCombo"));
    for (const ProofGap& g : gaps)
        m_gap->addItem(tr("Charge %1 (%2) — %3: %4")
                           .arg(g.chargeId)
                           .arg(g.citation, g.elementId, ProofStatusStyle::text(g.status)));
    m_gap->addItem(tr("No element (a lead of its own)"));
    m_title = new LintedLineEdit(this); // a title a person writes: the writing prompts apply
    m_title->setObjectName(QStringLiteral("leadTitleEdit"));
    m_title->setMinimumWidth(520);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("leadOwnerEdit"));
    markNotProse(m_owner); // a name
    m_due = new OptionalDateEdit(tr("Due"), this);
    m_due->setObjectName(QStringLiteral("leadDueEdit"));
    auto* form = new QFormLayout;
    form->addRow(tr("Gap on the proof board:"), m_gap);
    form->addRow(tr("What to do:"), m_title);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Due:"), m_due);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancelButtons(this, tr("Add lead"), QStringLiteral("addLeadButton"), &m_ok));
    connect(m_gap, &QComboBox::currentIndexChanged, this, &NewLeadDialog::onGapChanged);
    connect(m_title, &QLineEdit::textChanged, this, &NewLeadDialog::validate);
    m_gap->setCurrentIndex(preselect >= 0 && preselect < gaps.size() ? preselect : 0);
    onGapChanged();
}

void NewLeadDialog::onGapChanged() {
    if (const ProofGap* g = gap())
        m_title->setText(LeadRepository::titleForGap(*g));
    validate();
}

void NewLeadDialog::validate() { m_ok->setEnabled(!m_title->text().trimmed().isEmpty()); }

const ProofGap* NewLeadDialog::gap() const {
    const int i = m_gap->currentIndex();
    return i >= 0 && i < m_gaps.size() ? &m_gaps[i] : nullptr;
}

QString NewLeadDialog::title() const { return m_title->text().trimmed(); }
QString NewLeadDialog::owner() const { return m_owner->text().trimmed(); }
QString NewLeadDialog::due() const { return m_due->text(); }

} // namespace tessera
