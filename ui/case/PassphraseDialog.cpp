#include "case/PassphraseDialog.h"

#include "common/PaletteColors.h"
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tessera {

PassphraseDialog::PassphraseDialog(const QString& casePath, QWidget* parent)
    : QDialog(parent), m_note(new QLabel(this)), m_passphrase(new QLineEdit(this)) {
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Unlock case"));
    setMinimumWidth(460);

    auto* intro = new QLabel(tr("Enter the passphrase of this case:"), this);
    auto* file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(casePath).fileName().toHtmlEscaped()), this);
    file->setObjectName(QStringLiteral("passphraseCaseFile"));
    file->setToolTip(QFileInfo(casePath).absoluteFilePath());
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_note->setObjectName(QStringLiteral("passphraseNote"));
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_note->setStyleSheet(toneBannerStyleSheet(TextTone::Caution, palette()));

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->setAccessibleName(tr("Passphrase"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_unlock = buttons->button(QDialogButtonBox::Ok);
    m_unlock->setText(tr("&Unlock"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_unlock->setEnabled(!t.isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(file);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

PassphraseDialog::~PassphraseDialog() {
    m_passphrase->clear(); // best effort: do not leave the text in the widget longer than needed
}

QString PassphraseDialog::passphrase() const {
    return m_passphrase->text();
}

void PassphraseDialog::setNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_passphrase->clear();
    m_passphrase->setFocus();
}

} // namespace tessera
