#include "casework/LegalProcessDialog.h"
#include "model/CoreWording.h"

#include "common/DialogParts.h"
#include "common/LintedTextEdit.h"
#include "common/OptionalDateEdit.h"

#include <QDialogButtonBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

LegalProcessDialog::LegalProcessDialog(const QVector<QPair<Identifier, QString>>& identifiers,
                                       const QVector<QPair<qint64, QString>>& leads, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("legalProcessDialog"));
    setWindowTitle(tr("Add legal process"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("processKindCombo"));
    for (const QString& k : LegalProcessRepository::kinds())
        m_kind->addItem(tr("%1 (%2)").arg(CoreWording::translate(LegalProcessRepository::kindWords(k)), LegalProcessRepository::citation(k)), k);
    m_provider = new QLineEdit(this);
    m_provider->setObjectName(QStringLiteral("processProviderEdit"));
    markNotProse(m_provider); // a company name
    m_served = new OptionalDateEdit(tr("Served"), this);
    m_served->setObjectName(QStringLiteral("processServedEdit"));
    m_due = new OptionalDateEdit(tr("Due"), this);
    m_due->setObjectName(QStringLiteral("processDueEdit"));
    m_expires = new OptionalDateEdit(tr("Ends"), this);
    m_expires->setObjectName(QStringLiteral("processExpiresEdit"));
    m_identifiers = new QListWidget(this);
    m_identifiers->setObjectName(QStringLiteral("processIdentifierList"));
    m_identifiers->setMaximumHeight(110);
    m_identifiers->setAccessibleName(tr("Identifiers in scope"));
    for (const auto& [identifier, label] : identifiers) {
        auto* item = new QListWidgetItem(label, m_identifiers);
        item->setData(Qt::UserRole, identifier.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_from = new OptionalDateEdit(tr("From"), this);
    m_from->setObjectName(QStringLiteral("processFromEdit"));
    m_to = new OptionalDateEdit(tr("Through"), this);
    m_to->setObjectName(QStringLiteral("processToEdit"));
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("processLeadCombo"));
    m_lead->addItem(tr("(none)"), 0);
    for (const auto& [id, title] : leads)
        m_lead->addItem(tr("%1 — %2").arg(id).arg(title), id);
    m_problem = new QLabel(this);
    styleProblemLabel(m_problem, QStringLiteral("processProblemLabel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Served on (provider):"), m_provider);
    form->addRow(tr("Date served:"), m_served);
    form->addRow(tr("Return due:"), m_due);
    form->addRow(tr("Ends:"), m_expires);
    form->addRow(tr("Scope — identifiers:"), m_identifiers);
    form->addRow(tr("Scope — first day:"), m_from);
    form->addRow(tr("Scope — last day:"), m_to);
    form->addRow(tr("For lead:"), m_lead);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(okCancelButtons(this, tr("Add"), QStringLiteral("addProcessOkButton"), &m_ok));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LegalProcessDialog::validate);
    connect(m_provider, &QLineEdit::textChanged, this, &LegalProcessDialog::validate);
    for (OptionalDateEdit* d : {m_served, m_expires})
        connect(d, &OptionalDateEdit::changed, this, &LegalProcessDialog::validate);
    validate();
}

void LegalProcessDialog::validate() {
    const QString kind = m_kind->currentData().toString();
    QString problem;
    if (m_provider->text().trimmed().isEmpty())
        problem = tr("Name the provider it is served on.");
    else if (kind == QLatin1String("delayed-notice") && !m_expires->hasDate())
        problem = tr("A delayed-notice order needs the date it ends.");
    else if (kind == QLatin1String("preservation") && !m_expires->hasDate() && m_served->hasDate())
        problem = tr("Preserved until %1: 90 days from service (18 U.S.C. 2703(f)(2)); renewable once.")
                      .arg(LegalProcessRepository::preservationExpiry(QDate::fromString(m_served->text(), Qt::ISODate))
                               .toString(Qt::ISODate));
    m_problem->setText(problem);
    m_ok->setEnabled(!m_provider->text().trimmed().isEmpty() &&
                     (kind != QLatin1String("delayed-notice") || m_expires->hasDate()));
}

NewLegalProcess LegalProcessDialog::answers() const {
    NewLegalProcess p;
    p.kind = m_kind->currentData().toString();
    p.provider = m_provider->text().trimmed();
    p.served = m_served->text();
    p.due = m_due->text();
    p.expires = m_expires->text();
    for (int i = 0; i < m_identifiers->count(); ++i)
        if (m_identifiers->item(i)->checkState() == Qt::Checked)
            p.identifierIds << m_identifiers->item(i)->data(Qt::UserRole).toLongLong();
    p.scopeFrom = m_from->text();
    p.scopeTo = m_to->text();
    p.leadId = m_lead->currentData().toLongLong();
    return p;
}

} // namespace tessera
