#include "checkpoints/BenefitDialog.h"

#include "case/Case.h"
#include "case/CaseError.h"
#include "checkpoints/BenefitLedger.h"
#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

QString BenefitDialog::kindText(const QString& k) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("lodging"), QT_TRANSLATE_NOOP("BenefitDialog", "Lodging")},
        {QStringLiteral("transport"), QT_TRANSLATE_NOOP("BenefitDialog", "Transport")},
        {QStringLiteral("money"), QT_TRANSLATE_NOOP("BenefitDialog", "Money")},
        {QStringLiteral("services"), QT_TRANSLATE_NOOP("BenefitDialog", "Services")},
        {QStringLiteral("continued-presence"), QT_TRANSLATE_NOOP("BenefitDialog", "Continued Presence request")},
        {QStringLiteral("t-visa"), QT_TRANSLATE_NOOP("BenefitDialog", "T visa declaration (I-914 Supplement B)")},
        {QStringLiteral("u-visa"), QT_TRANSLATE_NOOP("BenefitDialog", "U visa certification (I-918 Supplement B)")},
        {QStringLiteral("promise"), QT_TRANSLATE_NOOP("BenefitDialog", "Promise")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("BenefitDialog", "Other")}};
    return tr(names.value(k, "Other"));
}

BenefitDialog::BenefitDialog(Case& c, qint64 personId, QWidget* parent)
    : QDialog(parent), m_case(c), m_personId(personId), m_kind(new QComboBox(this)), m_date(new QDateEdit(this)),
      m_amount(new QLineEdit(this)), m_note(new LintedTextEdit(this)), m_cpNote(new QLabel(this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("benefitDialog"));
    setWindowTitle(tr("Record a benefit"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Anything given or promised to a victim or witness — lodging, transport, money, "
                                "services, immigration help, promises. It is disclosed to the prosecutor as potential "
                                "Giglio material."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_kind->setObjectName(QStringLiteral("benefitKind"));
    for (const QString& k : BenefitLedger::kinds())
        m_kind->addItem(kindText(k), k);
    m_date->setObjectName(QStringLiteral("benefitDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_amount->setObjectName(QStringLiteral("benefitAmount"));
    markNotProse(m_amount); // an exact decimal
    m_amount->setPlaceholderText(tr("e.g. 125.50 — leave empty when it has no money value"));
    m_note->setObjectName(QStringLiteral("benefitNote"));
    m_note->setPlaceholderText(tr("What was given or promised, and by whom"));
    m_note->setMaximumHeight(80);
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_cpNote->setObjectName(QStringLiteral("continuedPresenceNote"));
    m_cpNote->setText(tr("Continued Presence is never conditioned on cooperation. It is requested because the person "
                         "is a victim and a potential witness, never offered or withheld as leverage."));
    m_cpNote->setWordWrap(true);
    QFont bold = m_cpNote->font();
    bold.setBold(true);
    m_cpNote->setFont(bold);
    layout->addWidget(m_cpNote);
    styleProblemLabel(m_problem, QStringLiteral("benefitProblem"));
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, tr("&Record"), QStringLiteral("recordBenefitButton"), &m_ok));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BenefitDialog::updateState);
    connect(m_amount, &QLineEdit::textChanged, this, &BenefitDialog::updateState);
    updateState();
}

void BenefitDialog::updateState() {
    m_cpNote->setVisible(m_kind->currentData().toString() == QLatin1String("continued-presence"));
    const QString amount = m_amount->text().trimmed();
    const bool ok = amount.isEmpty() || BenefitLedger::isDecimal(amount);
    m_problem->setText(ok ? QString() : tr("Write the amount as digits with an optional decimal point, e.g. 125.50."));
    m_problem->setVisible(!ok);
    if (m_ok)
        m_ok->setEnabled(ok);
}

void BenefitDialog::accept() {
    try {
        m_recordedId = BenefitLedger::add(m_case, m_personId, m_kind->currentData().toString(),
                                          m_date->date().toString(Qt::ISODate), m_amount->text().trimmed(),
                                          m_note->toPlainText().trimmed());
    } catch (const CaseError& e) {
        m_problem->setText(e.message());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace tessera
