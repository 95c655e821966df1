#include "timeline/PromoteRecordsDialog.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "model/Roles.h"
#include "people/VocabularyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

PromoteRecordsDialog::PromoteRecordsDialog(const EventProposal& proposal, const QString& peopleText, QWidget* parent)
    : QDialog(parent), m_proposal(proposal), m_when(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_summary(new LintedLineEdit(this)), m_place(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("promoteRecordsDialog"));
    setWindowTitle(tr("Promote records to an event"));
    setMinimumWidth(560);

    m_when->setObjectName(QStringLiteral("promoteWhen"));
    m_when->setAccessibleName(tr("When (EDTF)"));
    m_when->setText(proposal.when);
    m_when->setToolTip(tr("EDTF: 2014-03-02, 2014-03-02/2014-03-05, 2014-03~, 2014-03-02T07:13:30 (in %1)")
                           .arg(proposal.timeBasis));
    markNotProse(m_when);
    m_category->setObjectName(QStringLiteral("promoteCategory"));
    m_category->setAccessibleName(tr("Category"));
    for (const QString& c : Vocabulary::eventCategories())
        m_category->addItem(VocabularyText::category(c), c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(proposal.category)));
    m_summary->setObjectName(QStringLiteral("promoteSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setText(proposal.summary);
    m_place->setObjectName(QStringLiteral("promotePlace"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setPlaceholderText(tr("City, ST (suggests the federal district)"));
    markNotProse(m_place);
    auto* people = new QLabel(peopleText.isEmpty() ? tr("No person is attributed to these records' parties yet.")
                                                   : peopleText,
                              this);
    people->setObjectName(QStringLiteral("promotePeople"));
    people->setWordWrap(true);
    auto* records = new QLabel(tr("%n record(s): their exhibits will support the event.", nullptr,
                                  static_cast<int>(proposal.records.size())),
                               this);
    records->setObjectName(QStringLiteral("promoteRecordCount"));

    auto* form = new QFormLayout;
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("People:"), people);
    styleProblemLabel(m_problem, QStringLiteral("promoteProblem"));
    auto* buttons = okCancelButtons(this, tr("&Promote"), QStringLiteral("promoteOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(records);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_when, &QLineEdit::textChanged, this, &PromoteRecordsDialog::validate);
    connect(m_summary, &QLineEdit::textChanged, this, &PromoteRecordsDialog::validate);
    validate();
}

EventProposal PromoteRecordsDialog::proposal() const {
    EventProposal p = m_proposal;
    p.when = m_when->text().trimmed();
    p.category = m_category->currentData().toString();
    p.summary = m_summary->text().trimmed();
    return p;
}

QString PromoteRecordsDialog::place() const {
    return m_place->text().trimmed();
}

void PromoteRecordsDialog::setSummary(const QString& text) {
    m_summary->setText(text);
}

void PromoteRecordsDialog::validate() {
    QString problem;
    if (m_proposal.records.isEmpty())
        problem = tr("Choose one or more records in the timeline first.");
    else if (m_when->text().trimmed().isEmpty())
        problem = tr("Enter when it happened (EDTF).");
    else if (m_summary->text().trimmed().isEmpty())
        problem = tr("Enter a one-line summary.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
