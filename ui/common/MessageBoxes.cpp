#include "common/MessageBoxes.h"

#include <QPushButton>

namespace tessera {
namespace {

MessageBoxes::Hook& hook() {
    static MessageBoxes::Hook h;
    return h;
}

} // namespace

void MessageBoxes::setTestHook(Hook h) {
    hook() = std::move(h);
}

QMessageBox::StandardButton MessageBoxes::show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                               const QString& text, const QString& details,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               const QList<QPair<QMessageBox::StandardButton, QString>>& buttonTexts) {
    if (hook())
        return hook()({icon, title, text, details});
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    box.setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box.setDetailedText(details);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    for (const auto& [button, label] : buttonTexts)
        if (QAbstractButton* b = box.button(button))
            b->setText(label);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace tessera
