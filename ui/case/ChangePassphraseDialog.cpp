#include "case/ChangePassphraseDialog.h"

#include "common/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

namespace {
constexpr int kMinimumLength = 8; // the same floor as a new case and the command line
}

ChangePassphraseDialog::ChangePassphraseDialog(QWidget* parent)
    : QDialog(parent), m_note(new QLabel(this)), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("Change passphrase"));
    setObjectName(QStringLiteral("changePassphraseDialog"));
    for (QLineEdit* e : {m_current, m_new, m_repeat}) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_new->setObjectName(QStringLiteral("newPassphrase"));
    m_repeat->setObjectName(QStringLiteral("repeatNewPassphrase"));
    m_note->setObjectName(QStringLiteral("changePassphraseNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto* intro = new QLabel(tr("The new passphrase replaces the old one in the case file at once; the old one stops "
                                "working. Tessera checks the change by reading the file back before it says so. "
                                "Tessera cannot recover a lost passphrase: keep it safe."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Current passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_new);
    form->addRow(tr("&Repeat new passphrase:"), m_repeat);
    styleProblemLabel(m_problem, QStringLiteral("changePassphraseProblem"));
    auto* buttons = okCancelButtons(this, tr("&Change passphrase"), QStringLiteral("changePassphraseOk"), &m_ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit* e : {m_current, m_new, m_repeat})
        connect(e, &QLineEdit::textChanged, this, &ChangePassphraseDialog::validate);
    validate();
    resize(480, sizeHint().height());
}

ChangePassphraseDialog::~ChangePassphraseDialog() {
    // Passphrases should not linger in widget memory longer than needed.
    for (QLineEdit* e : {m_current, m_new, m_repeat})
        e->clear();
}

QString ChangePassphraseDialog::currentPassphrase() const { return m_current->text(); }
QString ChangePassphraseDialog::newPassphrase() const { return m_new->text(); }

void ChangePassphraseDialog::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChangePassphraseDialog::validate() {
    QString problem;
    if (m_current->text().isEmpty())
        problem = tr("Enter the current passphrase.");
    else if (m_new->text().size() < kMinimumLength)
        problem = tr("Use at least %1 characters for the new passphrase.").arg(kMinimumLength);
    else if (m_new->text() != m_repeat->text())
        problem = tr("The two new passphrases differ.");
    else if (m_new->text() == m_current->text())
        problem = tr("The new passphrase is the same as the current one.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace tessera
