#include "people/AddIdentifierDialog.h"

#include "common/SecretClipboard.h"

#include "common/LintedTextEdit.h"

#include "common/DialogParts.h"
#include "common/OptionalDateEdit.h"
#include "model/Roles.h"
#include "people/VocabularyText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tessera {

AddIdentifierDialog::AddIdentifierDialog(const QVector<PersonChoice>& people, qint64 selectedPersonId,
                                         const QString& defaultRegion, QWidget* parent)
    : QDialog(parent), m_person(new QComboBox(this)), m_kind(new QComboBox(this)), m_value(new QLineEdit(this)),
      m_region(new QLineEdit(this)), m_from(new OptionalDateEdit(tr("Known"), this)),
      m_to(new OptionalDateEdit(tr("Known"), this)), m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("addIdentifierDialog"));
    setWindowTitle(tr("Add identifier"));
    setMinimumWidth(500);

    m_person->setObjectName(QStringLiteral("identifierPerson"));
    for (const PersonChoice& p : people) {
        m_person->addItem(p.label, p.id);
        if (p.id == selectedPersonId)
            m_person->setCurrentIndex(m_person->count() - 1);
    }
    m_kind->setObjectName(QStringLiteral("identifierKind"));
    for (const QString& k : Vocabulary::identifierKinds()) {
        QString text = VocabularyText::identifierKind(k);
        text[0] = text[0].toUpper();
        m_kind->addItem(text, k);
    }
    markNotProse(m_value); // a phone number, handle, plate…
    SecretClipboard::protectField(m_value); // may be a protected person's phone or address
    markNotProse(m_region);
    m_value->setObjectName(QStringLiteral("identifierValue"));
    m_value->setPlaceholderText(tr("as written in the source, e.g. (617) 555-0101"));
    m_region->setObjectName(QStringLiteral("identifierRegion"));
    m_region->setText(defaultRegion);
    m_region->setMaxLength(2);
    m_region->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_region));
    m_from->setObjectName(QStringLiteral("identifierFrom"));
    m_from->setAccessibleFieldName(tr("Used from"));
    m_to->setAccessibleFieldName(tr("Used until"));
    m_to->setObjectName(QStringLiteral("identifierTo"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("Phone &region:"), m_region);
    form->addRow(tr("Used from:"), m_from);
    form->addRow(tr("Used until:"), m_to);

    auto* note = new QLabel(tr("Phone numbers are stored in international form (E.164); the text as written is kept. "
                               "Leave the dates off when the period is not known. Records already in the case that "
                               "carry this value link to the person at once."),
                            this);
    note->setWordWrap(true);

    styleProblemLabel(m_problem, QStringLiteral("addIdentifierProblem"));

    auto* buttons = okCancelButtons(this, tr("&Add identifier"), QStringLiteral("addIdentifierOk"), &m_ok);
    connect(m_value, &QLineEdit::textChanged, this, &AddIdentifierDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &AddIdentifierDialog::validate);
    connect(m_from, &OptionalDateEdit::changed, this, &AddIdentifierDialog::validate);
    connect(m_to, &OptionalDateEdit::changed, this, &AddIdentifierDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_region->setEnabled(kind() == QLatin1String("phone") || kind() == QLatin1String("payment-handle"));
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

qint64 AddIdentifierDialog::personId() const {
    return m_person->currentData().toLongLong();
}

QString AddIdentifierDialog::kind() const {
    return m_kind->currentData().toString();
}

QString AddIdentifierDialog::value() const {
    return m_value->text().trimmed();
}

QString AddIdentifierDialog::region() const {
    return m_region->text().toUpper();
}

QString AddIdentifierDialog::validFrom() const {
    return m_from->text();
}

QString AddIdentifierDialog::validTo() const {
    return m_to->text();
}

void AddIdentifierDialog::validate() {
    QString problem;
    if (m_person->count() == 0)
        problem = tr("Add a person first.");
    else if (value().isEmpty())
        problem = tr("Enter the identifier's value.");
    else if (!m_region->text().isEmpty() && m_region->text().size() != 2)
        problem = tr("Enter a two-letter phone region, e.g. US.");
    else if (!validFrom().isEmpty() && !validTo().isEmpty() && validTo() < validFrom())
        problem = tr("The period ends before it starts.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
