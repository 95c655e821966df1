#include "common/DialogParts.h"

#include "common/PaletteColors.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace tessera {

void styleProblemLabel(QLabel* label, const QString& objectName) {
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(toneStyleSheet(TextTone::Caution, label->palette()));
}

QDialogButtonBox* okCancelButtons(QDialog* dialog, const QString& okText, const QString& okObjectName, QPushButton** ok) {
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* button = buttons->button(QDialogButtonBox::Ok);
    button->setText(okText);
    button->setObjectName(okObjectName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (ok)
        *ok = button;
    return buttons;
}

} // namespace tessera
