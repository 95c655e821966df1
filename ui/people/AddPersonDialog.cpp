#include "people/AddPersonDialog.h"

#include "common/SecretClipboard.h"

#include "common/LintedTextEdit.h"

#include "common/DialogParts.h"
#include "common/OptionalDateEdit.h"
#include "model/Roles.h"
#include "people/VocabularyText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

AddPersonDialog::AddPersonDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_dob(new OptionalDateEdit(tr("Known"), this)),
      m_problem(new QLabel(this)) {
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add person"));
    setMinimumWidth(480);

    auto* rolesBox = new QGroupBox(tr("Roles in this case"), this);
    auto* grid = new QGridLayout(rolesBox);
    int i = 0;
    for (const QString& role : Vocabulary::personRoles()) {
        QString text = VocabularyText::role(role);
        text[0] = text[0].toUpper();
        auto* box = new QCheckBox(text, rolesBox);
        box->setObjectName(QStringLiteral("role-%1").arg(role));
        m_roles.insert(role, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
        connect(box, &QCheckBox::toggled, this, &AddPersonDialog::validate);
    }

    markNotProse(m_name); // a name
    SecretClipboard::protectField(m_name); // a victim's legal name: copied with the secret hint, cleared after 30 s
    m_name->setObjectName(QStringLiteral("personName"));
    m_dob->setObjectName(QStringLiteral("personDateOfBirth"));
    m_dob->setAccessibleFieldName(tr("Date of birth"));
    m_dob->setDateRange(QDate(1900, 1, 1), QDate::currentDate());

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Date of &birth:"), m_dob);

    auto* note = new QLabel(tr("A person who was trafficked gets a pseudonym (V-1, V-2…) and appears by it everywhere "
                               "in Tessera and in every production; their name is kept protected inside the case. "
                               "Minors and people of unknown age who are witnesses are protected the same way."),
                            this);
    note->setWordWrap(true);

    styleProblemLabel(m_problem, QStringLiteral("addPersonProblem"));

    auto* buttons = okCancelButtons(this, tr("&Add person"), QStringLiteral("addPersonOk"), &m_ok);
    connect(m_name, &QLineEdit::textChanged, this, &AddPersonDialog::validate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(rolesBox);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

QStringList AddPersonDialog::roles() const {
    QStringList out;
    for (const QString& role : Vocabulary::personRoles())
        if (m_roles.value(role)->isChecked())
            out << role;
    return out;
}

QString AddPersonDialog::name() const {
    return m_name->text().trimmed();
}

QString AddPersonDialog::dateOfBirth() const {
    return m_dob->text();
}

void AddPersonDialog::setRole(const QString& role, bool on) {
    if (QCheckBox* box = m_roles.value(role))
        box->setChecked(on);
}

void AddPersonDialog::setName(const QString& name) {
    m_name->setText(name);
}

void AddPersonDialog::validate() {
    QString problem;
    if (roles().isEmpty())
        problem = tr("Tick at least one role.");
    else if (name().isEmpty())
        problem = tr("Enter the person's name (it stays protected for people who were trafficked).");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
